import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    // Vitest 4 has no environmentMatchGlobs: one project per environment instead. `extends: true`
    // inherits the root config, and arrays merge by concatenation, so `include` lives only here.
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['test/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/setup-dom.ts'] },
      },
    ],
  },
});

// The yardstick's own build: React and nothing else, as `npm create vite` sets it up.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: '../../../bench-results/yardstick-dist', emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
});

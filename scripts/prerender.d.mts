// Types for prerender.mjs (plain JavaScript, like the other build scripts).
import type { Plugin } from 'vite';

export declare function prerenderStartPage(options: { configFile: string; entry?: string }): Plugin;

// Types for prerender.mjs (plain JavaScript, like the other build scripts).
import type { Plugin } from 'vite';

export declare const START_STATUS_ID: string;
export declare function prerenderStartPage(options: { configFile: string; entry?: string }): Plugin;

// Types for region-search.mjs (plain JavaScript, like the other build scripts).
import type { Plugin } from 'vite';

export declare const REGION_SEARCH_ID: string;
export declare function regionSearch(rulesDir: string): Plugin;

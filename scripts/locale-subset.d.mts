// Types for locale-subset.mjs (plain JavaScript, like the other build scripts).
import type { Plugin } from 'vite';

export declare function pickKeys(tree: object, paths: readonly string[]): object;
export declare function localeSubset(paths: readonly string[]): Plugin;

// Types for precache-integrity.mjs (plain JavaScript so vite.config.ts and the e2e tests can import it).
export declare const INTEGRITY_CHECKED: RegExp;
export declare function integrityOf(bytes: Uint8Array | string): string;
export declare function precacheIntegrity(buildDir: string): (entries: { url: string; revision: string | null; size: number; integrity?: string }[]) => {
  manifest: { url: string; revision: string | null; size: number; integrity?: string }[];
  warnings: string[];
};

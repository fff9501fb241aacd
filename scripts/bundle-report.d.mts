// Types for bundle-report.mjs (plain JavaScript, so the size check runs without a compiler).
export declare const KIB: number;
export declare const START_UP_IMPORTS: Record<string, string[]>;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
export interface SizeSum extends Sizes {
  files: number;
}
export interface FileSet {
  js: SizeSum & { list: string[] };
  css: SizeSum & { list: string[] };
}
export interface PageReport {
  html: Sizes;
  /** The HTML's own scripts, modulepreloads and stylesheets plus the start-up imports: the budget. */
  firstScreen: FileSet;
  /** The HTML's own scripts, modulepreloads and stylesheets: what the static start page runs. */
  untilFirstPress: FileSet;
}
export interface BundleReport {
  pages: Record<string, PageReport>;
  total: { js: SizeSum; css: SizeSum };
}

export declare function firstScreenFiles(html: string): { js: string[]; css: string[] };
export declare function bundleReport(distDir: string, pages?: string[], startUpImports?: Record<string, string[]>): BundleReport & { pages: Record<'index.html' | 'embed.html' | 'embed-help.html', PageReport> };
export declare function formatBundleReport(report: BundleReport): string;

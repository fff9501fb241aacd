// Types for security-headers.mjs (plain JavaScript so the e2e servers can import it).
export declare const CONTENT_SECURITY_POLICY: string;
export declare const FRAMEABLE_PAGES: readonly string[];
export declare const FILE_FOLDERS: readonly string[];
export declare function headersFor(pathname: string): Record<string, string>;
export declare function isFilePath(pathname: string): boolean;
export declare function headersFile(): string;
export declare function notFoundPages(): Record<string, string>;

/** Types of testEnv.mjs for the TypeScript tests that import it. */
export declare const CODE_SERVER_VERSION: string;
export declare const NODE_MAJOR: string;
export declare const REPO: string;
export declare const CACHE_DIR: string;
export declare const MARKER: string;
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function installedTools(): { node: string; entry: string; chromium: string; codeServerVersion: string };
export declare function freePort(): Promise<number>;
export declare function ensureInstalled(): { node: string; entry: string; chromium: string; codeServerVersion: string };

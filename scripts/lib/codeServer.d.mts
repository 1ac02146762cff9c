/** Types of codeServer.mjs for the TypeScript tests that import it. */
export declare const QUIET_SETTINGS: Record<string, unknown>;
export interface CodeServerOptions {
  userDataDir?: string;
  extensionsDir?: string;
  settings?: Record<string, unknown>;
  smokeTestDriver?: boolean;
  port?: number;
  startTimeoutMs?: number;
  log?: (text: string) => void;
  /** The display language (code-server `--locale`), e.g. `ru`, with a language pack record declared for it. */
  locale?: string;
}
export interface CodeServer {
  port: number;
  url: string;
  root: string;
  userDataDir: string;
  extensionsDir: string;
  stop(): void;
}
export declare function startCodeServer(options?: CodeServerOptions): Promise<CodeServer>;

/** The module that scripts/build.mjs generates: every test file of the suite, found by glob at build time. */
declare module 'virtual:test-files' {
  /** Absolute paths of the bundled test files. */
  export const testFiles: string[];
  /** Evaluates every test file (mocha's globals must exist first). */
  export function loadTests(): void;
}

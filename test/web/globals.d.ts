/** The browser build of mocha defines the global `mocha` (typed by @types/mocha) when imported. */
declare module 'mocha/mocha.js';

/** The module that scripts/build.mjs generates: every test file of the suite, found by glob at build time. */
declare module 'virtual:test-files' {
  /** Absolute paths of the bundled test files. */
  export const testFiles: string[];
  /** Evaluates every test file (mocha's globals must exist first). */
  export function loadTests(): void;
}

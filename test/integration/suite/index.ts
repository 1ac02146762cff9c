/**
 * Mocha entry that VS Code's extension host loads as `extensionTestsPath` (bundled to out/integration/index.js).
 * We use the BDD interface (`describe`/`it`). Every `test/integration/suite/**\/*.test.ts` is found at build time
 * and bundled in; `loadTests()` evaluates them after mocha has defined its globals.
 */
import Mocha from 'mocha';
import { loadTests, testFiles } from 'virtual:test-files';

/** Runs every integration test; resolves when all pass, rejects with the number of failures otherwise. */
export function run(): Promise<void> {
  const grep = process.env.CJM_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  mocha.suite.emit('pre-require', globalThis, 'integration-bundle', mocha);
  loadTests();
  console.log(`[integration] ${testFiles.length} test files`);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}

// An esbuild CommonJS bundle of an ES module keeps its exports, but say it outright for the extension host.
module.exports = { run };

/**
 * Mocha entry for the web worker extension host (@vscode/test-web), bundled to out/web/index.js.
 * BDD interface (`describe`/`it`), like the integration suite; every test/web/suite/**\/*.test.ts is bundled in.
 */
import 'mocha/mocha.js';
import { loadTests, testFiles } from 'virtual:test-files';

/** Runs every browser-build test; rejects when one fails. */
export function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  loadTests();
  console.log(`[web] ${testFiles.length} test files`);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
  });
}

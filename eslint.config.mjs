// ESLint flat config: typescript-eslint's recommended rules plus the architecture's import boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Globals of the Node scripts (.mjs); TypeScript files get theirs from the compiler, so no-undef is off there. */
const nodeGlobals = Object.fromEntries(['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'fetch',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'AbortController', 'structuredClone']
  .map((name) => [name, 'readonly']));

const noVscode = {
  paths: [{ name: 'vscode', message: 'src/core and src/shared stay free of the VS Code API (the CLI, the webview and tests use them).' }],
  patterns: [{ group: ['@vscode/webview-ui-toolkit', '@vscode/webview-ui-toolkit/*'],
    message: 'Toolkit web components belong in webview/ui/ only.' }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test*/**', 'test-results/**', 'coverage/**', '*.vsix', '.tmp*/**', '**/.*.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: nodeGlobals },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The toolkit's web components are wrapped in webview/ui/ so that a move to another kit touches one folder.
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    ignores: ['webview/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: noVscode.patterns }],
    },
  },
  {
    files: ['src/core/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', noVscode],
    },
  },
);

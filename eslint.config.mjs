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

/**
 * Imports run one way between the folders of src (shared → core; language → core, host; codeLinks → language;
 * editor and commands → core, host, shared; compare → editor; dataFiles → core, host, read by language, editor and commands; insightRules → core, host; journeysView → codeLinks, language; personaLinks → codeLinks, language; mapImages → core, host, dataFiles, read by language, editor and commands): a folder may not import one above it, so no cycle can form.
 * extension.ts wires the areas together.
 */
const LAYERS = {
  'src/core/**': ['mapImages', 'personaLinks', 'journeysView', 'insightRules', 'dataFiles', 'compare', 'shared', 'host', 'language', 'codeLinks', 'editor', 'commands', 'cli'],
  'src/shared/**': ['mapImages', 'personaLinks', 'journeysView', 'insightRules', 'dataFiles', 'compare', 'host', 'language', 'codeLinks', 'editor', 'commands', 'cli'],
  'src/host/**': ['mapImages', 'personaLinks', 'journeysView', 'insightRules', 'dataFiles', 'compare', 'shared', 'language', 'codeLinks', 'editor', 'commands', 'cli'],
  'src/language/**': ['personaLinks', 'journeysView', 'insightRules', 'compare', 'codeLinks', 'editor', 'commands', 'cli'],
  'src/codeLinks/**': ['personaLinks', 'journeysView', 'insightRules', 'compare', 'editor', 'commands', 'cli'],
  'src/editor/**': ['personaLinks', 'journeysView', 'insightRules', 'compare', 'language', 'codeLinks', 'commands', 'cli'],
  'src/commands/**': ['personaLinks', 'journeysView', 'insightRules', 'compare', 'language', 'codeLinks', 'editor', 'cli'],
  'src/compare/**': ['personaLinks', 'journeysView', 'insightRules', 'language', 'codeLinks', 'commands', 'cli'],
  'src/insightRules/**': ['personaLinks', 'journeysView', 'compare', 'dataFiles', 'codeLinks', 'editor', 'commands', 'cli'],
  'src/dataFiles/**': ['mapImages', 'personaLinks', 'journeysView', 'insightRules', 'compare', 'language', 'codeLinks', 'editor', 'commands', 'cli'],
  'src/journeysView/**': ['personaLinks', 'compare', 'dataFiles', 'insightRules', 'editor', 'commands', 'cli'],
  'src/mapImages/**': ['personaLinks', 'journeysView', 'insightRules', 'compare', 'language', 'codeLinks', 'editor', 'commands', 'cli'],
  'src/personaLinks/**': ['journeysView', 'compare', 'dataFiles', 'insightRules', 'editor', 'commands', 'cli'],
};

/** The import restrictions of one folder: the toolkit rule, the layers above it, and `vscode` for core and shared. */
function layerRule(files, above) {
  const layerPatterns = above.map((folder) => ({ group: [`**/${folder}/*`, `**/${folder}`],
    message: `Imports run one way: this folder may not import src/${folder} (it sits above; wire them in extension.ts).` }));
  const pure = files === 'src/core/**' || files === 'src/shared/**';
  return { files: [files], rules: { 'no-restricted-imports': ['error', {
    ...(pure ? { paths: noVscode.paths } : {}),
    patterns: [...noVscode.patterns, ...layerPatterns],
  }] } };
}

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
  ...Object.entries(LAYERS).map(([files, above]) => layerRule(files, above)),
);

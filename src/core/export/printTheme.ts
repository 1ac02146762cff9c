/**
 * The light print theme of exported maps: values for the `--vscode-*` variables the map's CSS reads, so the
 * same styles that follow the editor theme in VS Code give a calm light page on paper and slides.
 */

/** Theme variables: `--vscode-foo` → a CSS value. */
export type ThemeVariables = Record<string, string>;

/** The print theme: light background, dark text, muted borders, clear accents. */
export const PRINT_THEME: ThemeVariables = {
  '--vscode-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  '--vscode-font-size': '13px',
  '--vscode-font-weight': 'normal',
  '--vscode-editor-font-family': 'ui-monospace, "Cascadia Code", Menlo, Consolas, monospace',
  '--vscode-foreground': '#1f2328',
  '--vscode-descriptionForeground': '#59636e',
  '--vscode-disabledForeground': '#8c959f',
  '--vscode-errorForeground': '#c62828',
  '--vscode-focusBorder': '#0969da',
  '--vscode-contrastBorder': 'transparent',
  '--vscode-editor-background': '#ffffff',
  '--vscode-editor-foreground': '#1f2328',
  '--vscode-editorWidget-background': '#f6f8fa',
  '--vscode-editorWidget-border': '#d0d7de',
  '--vscode-sideBar-background': '#f6f8fa',
  '--vscode-panel-border': '#d0d7de',
  '--vscode-widget-border': '#d0d7de',
  '--vscode-widget-shadow': 'rgba(31, 35, 40, 0.12)',
  '--vscode-textLink-foreground': '#0969da',
  '--vscode-textLink-activeForeground': '#0550ae',
  '--vscode-textPreformat-foreground': '#953800',
  '--vscode-textBlockQuote-background': '#f6f8fa',
  '--vscode-textBlockQuote-border': '#d0d7de',
  '--vscode-badge-background': '#e7ecf0',
  '--vscode-badge-foreground': '#1f2328',
  '--vscode-button-background': '#0969da',
  '--vscode-button-foreground': '#ffffff',
  '--vscode-button-secondaryBackground': '#e7ecf0',
  '--vscode-button-secondaryForeground': '#1f2328',
  '--vscode-input-background': '#ffffff',
  '--vscode-input-foreground': '#1f2328',
  '--vscode-input-border': '#d0d7de',
  '--vscode-list-hoverBackground': '#f3f4f6',
  '--vscode-list-activeSelectionBackground': '#ddf4ff',
  '--vscode-list-activeSelectionForeground': '#1f2328',
  '--vscode-editor-selectionBackground': '#ddf4ff',
  '--vscode-editor-findMatchHighlightBackground': '#fff8c5',
  '--vscode-editorError-foreground': '#c62828',
  '--vscode-editorWarning-foreground': '#9a6700',
  '--vscode-editorInfo-foreground': '#0969da',
  '--vscode-inputValidation-errorBackground': '#ffebe9',
  '--vscode-inputValidation-errorBorder': '#c62828',
  '--vscode-inputValidation-warningBackground': '#fff8c5',
  '--vscode-inputValidation-warningBorder': '#9a6700',
  '--vscode-charts-foreground': '#1f2328',
  '--vscode-charts-lines': '#8c959f',
  '--vscode-charts-red': '#cf222e',
  '--vscode-charts-blue': '#0969da',
  '--vscode-charts-yellow': '#bf8700',
  '--vscode-charts-orange': '#d1570b',
  '--vscode-charts-green': '#1a7f37',
  '--vscode-charts-purple': '#8250df',
  '--vscode-scrollbarSlider-background': 'rgba(100, 100, 100, 0.3)',
  '--vscode-toolbar-hoverBackground': 'rgba(31, 35, 40, 0.08)',
  '--vscode-icon-foreground': '#424a53',
};

/** What the HTML export changes from the print theme to follow a dark editor theme. */
export const DARK_THEME: ThemeVariables = {
  '--vscode-foreground': '#d4d4d4',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-editor-background': '#1e1e1e',
  '--vscode-editor-foreground': '#d4d4d4',
  '--vscode-editorWidget-background': '#252526',
  '--vscode-editorWidget-border': '#454545',
  '--vscode-sideBar-background': '#252526',
  '--vscode-panel-border': '#3c3c3c',
  '--vscode-widget-border': '#3c3c3c',
  '--vscode-badge-background': '#4d4d4d',
  '--vscode-badge-foreground': '#ffffff',
  '--vscode-input-background': '#3c3c3c',
  '--vscode-input-foreground': '#cccccc',
  '--vscode-list-hoverBackground': '#2a2d2e',
  '--vscode-textLink-foreground': '#3794ff',
  '--vscode-icon-foreground': '#c5c5c5',
};

/** A light value for a `--vscode-*` name the table does not know, guessed from its name. */
export function guessPrintValue(name: string): string {
  const n = name.toLowerCase();
  if (n.includes('font-family')) return PRINT_THEME['--vscode-font-family'];
  if (n.includes('shadow')) return PRINT_THEME['--vscode-widget-shadow'];
  if (n.includes('border') || n.includes('outline')) return '#d0d7de';
  if (n.includes('background') && (n.includes('hover') || n.includes('selection') || n.includes('highlight'))) return '#eef2f6';
  if (n.includes('background')) return '#ffffff';
  if (n.includes('error')) return '#c62828';
  if (n.includes('warning')) return '#9a6700';
  if (n.includes('link') || n.includes('focus')) return '#0969da';
  return '#1f2328';
}

/** Every `--vscode-*` name the CSS reads through `var(...)`. */
export function variablesUsedBy(css: string): string[] {
  return [...new Set([...css.matchAll(/var\(\s*(--vscode-[\w-]+)/g)].map((m) => m[1]))].sort();
}

/** The theme as a `:root` rule: the given variables, plus a print value for every other name the CSS reads. */
export function themeRule(theme: ThemeVariables, css: string): string {
  const all: ThemeVariables = { ...theme };
  for (const name of variablesUsedBy(css)) all[name] ??= guessPrintValue(name);
  const body = Object.entries(all)
    .filter(([name, value]) => /^--[\w-]+$/.test(name) && !/[{};<]/.test(value))
    .map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${body.join('\n')}\n}\n`;
}

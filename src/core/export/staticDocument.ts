/**
 * The standalone HTML page around the map's rendered markup: the map editor's CSS and a theme
 * inlined, no scripts, no external resources. The markup itself comes from the webview's components
 * (webview/static/renderStatic.tsx); this file only wraps it, so it stays free of JSX and DOM.
 */
import { themeRule, type ThemeVariables } from './printTheme';
import { escapeXml } from './xmlText';

/** What a static document is made of. */
export interface StaticParts {
  /** The map title, for `<title>`. */
  title: string;
  /** The map's markup (XHTML-compatible: void elements closed, inline SVG with its namespace). */
  markup: string;
  /** The map editor's CSS. */
  css: string;
  /** Values of the `--vscode-*` variables (the print theme, or the current theme's). */
  theme: ThemeVariables;
  /** Whether the theme is dark (sets the `vscode-dark` body class the styles may test). */
  dark?: boolean;
  /** A line at the bottom, e.g. "checkout.cjm.yaml · exported 2025-01-31". */
  footer?: string;
  /** The language of the page's fixed texts, for `<html lang>`; English when absent. */
  lang?: string;
}

/** CSS the HTML export adds to the map's own: page padding, fixed column widths, inline icons. */
export const EXPORT_CSS = `
html, body { margin: 0; background: var(--vscode-editor-background); }
.cjm-export { box-sizing: border-box; padding: 24px; color: var(--vscode-foreground); background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family); font-size: var(--vscode-font-size, 13px); line-height: 1.4; }
.cjm-export .jm { --lane-w: 196px; --stage-w: 256px; --add-w: 0px; }
.cjm-export .codicon-svg { width: 16px; height: 16px; fill: currentColor; vertical-align: text-bottom; flex: none; }
.cjm-export .export-footer { margin-top: 16px; color: var(--vscode-descriptionForeground); font-size: 11px; }
@media print { .cjm-export { padding: 0; } }
`;

/** The map's CSS without what needs files beside it: `@import`, `@font-face` and `url(...)` other than data URLs. */
export function selfContainedCss(css: string): string {
  return css
    .replace(/@import[^;]*;/g, '')
    .replace(/@font-face\s*\{[^}]*\}/g, '')
    .replace(/url\(\s*(?!['"]?data:)[^)]*\)/g, 'none');
}

/** The style sheet of an export: theme variables, the map's CSS and the export's own. */
export function exportStyles(parts: StaticParts): string {
  const rule = themeRule(parts.theme, parts.css).replace(':root {', ':root, .cjm-export {');
  return `${rule}\n${selfContainedCss(parts.css)}\n${EXPORT_CSS}`;
}

function body(parts: StaticParts): string {
  const footer = parts.footer ? `<p class="export-footer">${escapeXml(parts.footer)}</p>` : '';
  return `${parts.markup}${footer}`;
}

/** A standalone HTML page: readable offline and without scripts (a CSP forbids them and any fetch). */
export function htmlDocument(parts: StaticParts): string {
  const theme = parts.dark ? 'vscode-dark' : 'vscode-light';
  return `<!DOCTYPE html>
<html lang="${escapeXml(parts.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Journey Maps">
<title>${escapeXml(parts.title)}</title>
<style>
${exportStyles(parts).replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="${theme}">
<div class="cjm-export">${body(parts)}</div>
</body>
</html>
`;
}

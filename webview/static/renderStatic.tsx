/**
 * The map editor's JourneyMap rendered to a string for the HTML export, read-only, with icons drawn
 * inline. Loaded by the host and the CLI as `#static-map` (see src/core/export/staticMapModule.d.ts).
 */
import { renderToString } from 'preact-render-to-string';
import { renderInLanguage } from '../../src/core/export/exportLanguage';
import type { Locale } from '../../src/core/l10n/locales';
import { translatorFor } from '../../src/core/l10n/translate';
import type { JourneyView } from '../../src/shared/viewModel';
import { JourneyMap } from '../components/JourneyMap';
import { CODICON_PATHS } from './codiconPaths';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** `<span class="codicon codicon-x" ...></span>` → an inline SVG of that icon with the same attributes. */
function inlineIcons(html: string): string {
  return html.replace(/<span([^>]*)><\/span>/g, (whole, attrs: string) => {
    const name = /\sclass="codicon codicon-([\w-]+)"/.exec(attrs)?.[1];
    const icon = name === undefined ? undefined : CODICON_PATHS[name];
    if (!icon) return whole;
    const rest = attrs.replace(/\sclass="[^"]*"/, '');
    return `<svg xmlns="${SVG_NS}" class="codicon-svg codicon-svg-${name}" viewBox="${icon.viewBox}" width="16" height="16"${rest}>${icon.body}</svg>`;
  });
}

/** Gives every inline `<svg>` its namespace, so the markup also works inside an SVG foreignObject (XML). */
function namespaceSvgs(html: string): string {
  return html.replace(/<svg(?![^>]*\sxmlns=)/g, `<svg xmlns="${SVG_NS}"`);
}

/** Void elements closed (`<br/>`) and bare boolean attributes given a value, as XML wants. */
function xmlCompatible(html: string): string {
  return html
    .replace(/<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)(\s[^>]*?)?\s*\/?>/g, (_m, tag: string, attrs = '') => `<${tag}${attrs}/>`)
    .replace(/&nbsp;/g, '&#160;');
}

/**
 * The map's markup as the map editor shows it, read-only, XHTML-compatible, icons inlined as SVG; its fixed texts
 * in `locale` (the components speak the active language, so that language is active while they render).
 */
export function renderMapMarkup(view: JourneyView, locale?: Locale): string {
  const render = () => renderToString(<JourneyMap view={view} editable={false} />);
  const markup = locale === undefined ? render() : renderInLanguage(translatorFor(locale), render);
  return xmlCompatible(namespaceSvgs(inlineIcons(markup)));
}

/**
 * The type of `#static-map`, the webview's map components rendered to a string (webview/static/renderStatic.tsx).
 * package.json "imports" maps the specifier: TypeScript reads this declaration ("types" condition), esbuild
 * and Node load the .tsx ("default"), so the host's tsc (no DOM, no JSX) never type-checks webview code.
 */
import type { Locale } from '../l10n/locales';
import type { JourneyView } from '../types';

/** The map's markup as the map editor shows it, read-only, XHTML-compatible, icons inlined as SVG, fixed texts in `locale`. */
export declare function renderMapMarkup(view: JourneyView, locale?: Locale): string;

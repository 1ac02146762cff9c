/** The built-in templates in Polish. */
import type { MapTemplate } from '../templateTypes';

/** The Polish templates: map types first, then industries. */
export const POLISH_TEMPLATES: readonly MapTemplate[] = [];

/** The built-in templates in Latvian. */
import type { MapTemplate } from '../templateTypes';

/** The Latvian templates: map types first, then industries. */
export const LATVIAN_TEMPLATES: readonly MapTemplate[] = [];

/** Writes l10n/bundle.l10n.json from the sources' `t` and `tPlural` calls (run `npm run l10n:extract`). */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishBundle } from './l10nMessages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = englishBundle(root);
writeFileSync(join(root, 'l10n', 'bundle.l10n.json'), `${JSON.stringify(bundle, null, 2)}\n`);
console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} entries`);

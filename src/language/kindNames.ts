/** The words for the kinds of things a map declares, in the active language (hover cards, completion details). */
import { t } from '../core/l10n/translate';

/** The word for a kind of declaration: "channel", "persona", "lane", "stage", "touchpoint", "metric" or "map". */
export function kindName(kind: string): string {
  switch (kind) {
    case 'channel': return t('channel');
    case 'persona': return t('persona');
    case 'lane': return t('lane');
    case 'stage': return t('stage');
    case 'touchpoint': return t('touchpoint');
    case 'metric': return t('metric');
    case 'map': return t('map');
    default: return kind;
  }
}

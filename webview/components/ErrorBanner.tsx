/**
 * The banner shown while the text does not parse: it names the first error and links to it.
 */
import type { Path, Problem } from '../../src/core/types';
import { t } from '../../src/core/l10n/translate';
import { Icon } from './Glyphs';

/** Names the first error; its link reveals the error's place in the text. */
export function ErrorBanner({ problems, hasMap, onReveal }: {
  problems: Problem[]; hasMap: boolean; onReveal: (path: Path) => void;
}) {
  const first = problems.find((p) => p.severity === 'error') ?? problems[0];
  return (
    <div class="banner" role="alert">
      <Icon name="error" />
      <span class="banner__text">
        {first ? <>{first.code}: {first.message}</> : t('The text cannot be read as a journey map.')}
        {' '}{hasMap ? t('The map shows the last version that could be read; editing is off until the text is fixed.')
          : t('The map appears once the text can be read.')}
      </span>
      {first && (
        <a href="#" class="banner__link" onClick={(e) => { e.preventDefault(); onReveal(first.path ?? []); }}>
          {t('Show in text')}
        </a>
      )}
    </div>
  );
}

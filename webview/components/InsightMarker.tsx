/**
 * A small marker on a touchpoint card or a stage header that insight findings are about: the icon of the worst
 * severity and how many; its title lists the messages. Nothing when there are none.
 */
import { formatLocalNumber, tPlural } from '../../src/core/l10n/translate';
import type { Path } from '../../src/core/types';
import { pathKey } from '../../src/shared/viewModel';
import { Icon } from './Glyphs';
import { severityIcon, worstSeverity } from './insightGroups';
import { useMap } from './mapContext';

/** The marker of the element at `path`. */
export function InsightMarker({ path }: { path: Path }) {
  const findings = useMap().insights.get(pathKey(path));
  if (!findings?.length) return null;
  const severity = worstSeverity(findings);
  const label = tPlural(findings.length, '{0} insight: {1}', '{0} insights: {1}', formatLocalNumber(findings.length),
    findings.map((f) => f.message).join(' '));
  return (
    <span class={`insight-marker insight-marker--${severity}`} title={label} role="img" aria-label={label}>
      <Icon name={severityIcon(severity)} />{findings.length > 1 ? findings.length : ''}
    </span>
  );
}

/**
 * The Insights panel: the map's insight findings grouped by stage, each with its severity, code and message.
 * Choosing one highlights its element in the map and reveals it in the text.
 */
import type { CjmMap } from '../../src/core/schema';
import type { Problem } from '../../src/core/types';
import { formatLocalNumber, t } from '../../src/core/l10n/translate';
import { Icon } from './Glyphs';
import { groupByStage, severityIcon, severityWord } from './insightGroups';

interface InsightsPanelProps {
  map: CjmMap;
  findings: readonly Problem[];
  onSelect: (finding: Problem) => void;
}

/** The panel; see the file comment. */
export function InsightsPanel({ map, findings, onSelect }: InsightsPanelProps) {
  const groups = groupByStage(findings, map);
  return (
    <section class="insights" aria-label={t('Insights')}>
      {groups.length === 0 && <p class="insights__empty">{t('No insights: nothing for the rules of cjm.config.yaml to point out.')}</p>}
      {groups.map((group) => (
        <div key={group.stageIndex ?? 'map'} class="insights__group">
          <h2 class="insights__stage">{group.title} <span class="insights__count">{formatLocalNumber(group.findings.length)}</span></h2>
          <ul class="insights__list">
            {group.findings.map((finding) => (
              <li key={`${finding.code}:${finding.offset}:${finding.message}`}>
                <button type="button" class={`insight insight--${finding.severity}`} data-code={finding.code}
                  onClick={() => onSelect(finding)}>
                  <Icon name={severityIcon(finding.severity)} label={severityWord(finding.severity)} />
                  <span class="insight__message">{finding.message}</span>
                  <span class="insight__code">{finding.code}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

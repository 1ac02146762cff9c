/**
 * The toolbar above the map: persona and channel filters and lane visibility, built from the toolkit
 * wrappers in webview/ui.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CjmMap } from '../../src/core/schema';
import { formatLocalNumber, t, tPlural } from '../../src/core/l10n/translate';
import { Button, Checkbox, Dropdown } from '../ui/Controls';
import { Icon } from './Glyphs';
import { ShortcutsHelp } from './ShortcutsHelp';
import type { MapFilters } from './JourneyMap';
import { lanesFor, type LaneKey } from '../../src/core/view/mapData';

const ALL = '*';

interface ToolbarProps {
  map: CjmMap;
  filters: MapFilters;
  onFilters: (f: Partial<MapFilters>) => void;
  onExport: () => void;
  onCompare: () => void;
  /** How many insight findings the map has, and whether their panel is open. */
  insightCount: number;
  insightsOpen: boolean;
  onInsights: () => void;
}

/** Filters by persona and channel, and a panel of lane checkboxes. */
export function Toolbar({ map, filters, onFilters, onExport, onCompare, insightCount, insightsOpen, onInsights }: ToolbarProps) {
  const [lanesOpen, setLanesOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const lanes = useMemo(() => lanesFor(map), [map]);
  const toggle = (key: LaneKey, on: boolean) => onFilters({
    hiddenLanes: on ? filters.hiddenLanes.filter((k) => k !== key) : [...filters.hiddenLanes, key],
  });
  const hidden = lanes.filter((l) => filters.hiddenLanes.includes(l.key)).length;
  return (
    <div class="toolbar-wrap">
      <div class="toolbar" role="toolbar" aria-label={t('Map view')}>
        {map.personas?.length ? (
          <Dropdown label={t('Persona')} value={filters.persona ?? ALL}
            choices={[{ value: ALL, label: t('All personas') }, ...map.personas.map((p) => ({ value: p.id, label: p.name }))]}
            onChange={(v) => onFilters({ persona: v === ALL ? null : v })} />
        ) : null}
        {map.channels?.length ? (
          <Dropdown label={t('Channel')} value={filters.channel ?? ALL}
            choices={[{ value: ALL, label: t('All channels') }, ...map.channels.map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(v) => onFilters({ channel: v === ALL ? null : v })} />
        ) : null}
        <Button onClick={() => setLanesOpen(!lanesOpen)} pressed={lanesOpen}
          title={t('Choose which lanes the map shows')}>
          <Icon name="eye" /> {hidden ? tPlural(hidden, 'Lanes ({0} hidden)', 'Lanes ({0} hidden)', formatLocalNumber(hidden)) : t('Lanes')}
        </Button>
        <Button onClick={onCompare} title={t('Compare the map with a git version or another map, and mark what changed')}>
          <Icon name="diff" /> {t('Compare with…')}
        </Button>
        <Button onClick={onInsights} pressed={insightsOpen}
          title={t('Show the insights: friction points, gaps and regressions the rules of cjm.config.yaml find')}>
          <Icon name="lightbulb" /> {t('Insights ({0})', formatLocalNumber(insightCount))}
        </Button>
        <Button onClick={onExport} title={t('Export the map as SVG, PNG, PDF, HTML, Markdown, CSV or Mermaid')}>
          <Icon name="export" /> {t('Export')}
        </Button>
        <Button onClick={() => setShortcutsOpen(!shortcutsOpen)} pressed={shortcutsOpen} appearance="icon"
          label={t('Keyboard shortcuts')} title={t('Keyboard shortcuts of the map')}>
          <Icon name="keyboard" />
        </Button>
      </div>
      {shortcutsOpen && <ShortcutsHelp onClose={() => setShortcutsOpen(false)} />}
      {lanesOpen && (
        <div class="lane-panel" role="group" aria-label={t('Visible lanes')}>
          {lanes.map((l) => (
            <Checkbox key={l.key} label={l.title} checked={!filters.hiddenLanes.includes(l.key)}
              onChange={(on) => toggle(l.key, on)} />
          ))}
        </div>
      )}
    </div>
  );
}

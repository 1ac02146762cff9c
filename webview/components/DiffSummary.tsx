/**
 * The bar above the map in diff mode: what the map is compared with, the summary line, removed stages and
 * personas (they have no place in the current map), every change on demand, and the way back to the plain map.
 */
import { useState } from 'preact/hooks';
import { Button } from '../ui/Controls';
import type { DiffMarks } from './diffMarks';
import { Icon } from './Glyphs';

interface DiffSummaryProps {
  marks: DiffMarks;
  onClose: () => void;
}

/** The diff mode's summary bar. */
export function DiffSummary({ marks, onClose }: DiffSummaryProps) {
  const [open, setOpen] = useState(false);
  const removed = [
    ...marks.removedStages.map((s) => `stage “${s.name}” (${s.touchpoints?.length ?? 0} touchpoints)`),
    ...marks.removedPersonas.map((r) => `persona “${r.persona.name}”`),
  ];
  return (
    <section class="diff-summary" aria-label="Changes">
      <div class="diff-summary__row">
        <Icon name="diff" />
        <span class="diff-summary__label">Changes since <code>{marks.label}</code>:</span>
        <span class="diff-summary__text">{marks.summary}</span>
        {marks.lines.length > 0 && (
          <Button onClick={() => setOpen(!open)} pressed={open} title="List every change">
            {open ? 'Hide list' : `All ${marks.lines.length} changes`}
          </Button>
        )}
        <Button onClick={onClose} title="Back to the map without the comparison"><Icon name="close" /> Back to the map</Button>
      </div>
      {removed.length > 0 && <p class="diff-summary__removed">Removed: {removed.join(' · ')}</p>}
      {open && <ul class="diff-summary__list">{marks.lines.map((line, i) => <li key={i}>{line}</li>)}</ul>}
    </section>
  );
}

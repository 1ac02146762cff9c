/** The map editor's diff mode, shared with every part of the map through a Preact context (null: the plain map). */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DiffMarks, ElementMark } from './diffMarks';

/** The marks of the diff shown, or null when the map is shown without a comparison. */
export const DiffContext = createContext<DiffMarks | null>(null);

/** The diff marks of the nearest provider, or null. */
export function useDiff(): DiffMarks | null {
  return useContext(DiffContext);
}

/** The CSS classes of an element's mark, e.g. ` diff--changed diff--moved`; '' without a mark. */
export function markClasses(mark: ElementMark | undefined): string {
  return mark ? mark.kinds.map((k) => ` diff--${k}`).join('') : '';
}

/** The tooltip of an element's mark: one line per change; undefined without a mark. */
export function markTitle(mark: ElementMark | undefined): string | undefined {
  return mark ? mark.details.join('\n') : undefined;
}

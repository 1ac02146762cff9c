/**
 * Text that can be renamed in place, and the generic focusable entry of a lane built on it.
 * While the input has focus it keeps a local draft, so a snapshot arriving meanwhile never moves the caret.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/core/l10n/translate';
import type { Path } from '../../src/core/types';
import { pathKey } from '../../src/shared/viewModel';
import { edit, useMap } from './mapContext';

/** Keyboard-navigation coordinates of a focusable item: lane row, stage column, order in the cell. */
export interface NavPos { lane: number; stage: number; item: number }

/** The data attributes that keyboard navigation and highlighting look for. */
export function navAttrs(nav: NavPos, path: Path): Record<string, string | number> {
  return { 'data-nav-lane': nav.lane, 'data-nav-stage': nav.stage, 'data-nav-item': nav.item, 'data-path': pathKey(path) };
}

interface EditableTextProps {
  value: string;
  /** The scalar this text is written to with `set`. */
  path: Path;
  editing: boolean;
  /** Called when editing ends (committed or cancelled). */
  onDone: () => void;
  class?: string;
  label: string;
}

/** A text that becomes an input while `editing`; Enter commits a `set`, Escape cancels. */
export function EditableText({ value, path, editing, onDone, class: cls, label }: EditableTextProps) {
  const ctx = useMap();
  const [draft, setDraft] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  // A layout effect: the input has the focus, its text selected, before it is ever painted, so keys typed the
  // moment it appears land in it instead of going to the card or replacing the first letters.
  useLayoutEffect(() => {
    if (!editing) return;
    setDraft(value);
    done.current = false;
    input.current?.focus();
    input.current?.select();
    // Only on entering edit mode: later snapshots must not replace the draft.
  }, [editing]);
  if (!editing || !ctx.editable) return <span class={cls}>{value}</span>;
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const text = input.current?.value ?? draft;
    if (commit && text.trim() !== '' && text !== value) edit(ctx, { kind: 'set', path, value: text });
    onDone();
  };
  return (
    <input ref={input} class={`rename ${cls ?? ''}`} value={draft} aria-label={label}
      onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') { e.preventDefault(); finish(true); }
        if (e.key === 'Escape') { e.preventDefault(); finish(false); }
      }}
      onClick={(e) => e.stopPropagation()}
      onDblClick={(e) => e.stopPropagation()}
      onBlur={() => finish(true)} />
  );
}

interface EntryProps {
  text: string;
  path: Path;
  nav: NavPos;
  class?: string;
  /** Shown before the text, e.g. the touchpoint a pain belongs to. */
  prefix?: string;
  /** What the entry is, for screen readers, e.g. "Pain". */
  kind: string;
}

/** A focusable lane entry: click reveals, Enter or double-click renames, Delete removes. */
export function Entry({ text, path, nav, class: cls, prefix, kind }: EntryProps) {
  const ctx = useMap();
  const [editing, setEditing] = useState(false);
  const self = useRef<HTMLLIElement>(null);
  const stop = () => { setEditing(false); self.current?.focus(); };
  return (
    <li ref={self} class={`entry ${cls ?? ''}`} tabIndex={0} {...navAttrs(nav, path)}
      aria-label={`${kind}: ${text}`}
      onClick={() => ctx.onReveal?.(path)}
      onDblClick={() => setEditing(true)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); setEditing(true); }
        if (e.key === ' ') { e.preventDefault(); ctx.onReveal?.(path); }
        if ((e.key === 'Delete' || e.key === 'Backspace') && edit(ctx, { kind: 'remove', path })) {
          e.preventDefault();
          ctx.onStatus?.(t('Deleted “{0}”. Undo with Ctrl+Z (⌘Z).', text));
        }
      }}>
      {prefix && <span class="entry__prefix">{prefix}</span>}
      <EditableText value={text} path={path} editing={editing} onDone={stop} label={t('Rename {0}', kind)} />
    </li>
  );
}

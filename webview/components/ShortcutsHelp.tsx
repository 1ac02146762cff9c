/**
 * The "Keyboard shortcuts" popover of the toolbar: what each key does in the map. It takes the focus when it opens;
 * Escape or its close button closes it and gives the focus back to what had it before (the toolbar button).
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../src/core/l10n/translate';
import { Icon } from './Glyphs';

/** The keys and what they do, in the order a user meets them. */
function shortcuts(): [string[], string][] {
  return [
    [['Tab', 'Shift+Tab'], t('Move between the toolbar, the map and the buttons in it; the map is one stop.')],
    [['←', '→', '↑', '↓'], t('Move between stages, cards, entries and curve points.')],
    [['Home', 'End'], t('Go to the first or the last item of the lane.')],
    [['PageUp', 'PageDown'], t('Go to the lane above or below, also from a point of the emotion curve.')],
    [['Enter', 'F2'], t('Rename the focused stage, card or entry; Enter again saves, Escape cancels.')],
    [['Space'], t('Show the focused item in the text editor.')],
    [['Delete'], t('Delete the focused stage, card or entry.')],
    [['Alt+←', 'Alt+→'], t('Move the focused card to the previous or next stage.')],
    [['Alt+↑', 'Alt+↓'], t('Move the focused card up or down within its stage.')],
    [['↑', '↓'], t('On a point of the emotion curve: raise or lower the emotion by one.')],
    [['Ctrl+Z', 'Ctrl+Y'], t('Undo or redo the last change (⌘Z, ⇧⌘Z on macOS).')],
    [['Escape'], t('Close this list.')],
  ];
}

/** The popover; `onClose` is called on Escape or the close button. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const self = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    self.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <div ref={self} class="shortcuts" role="dialog" aria-labelledby="shortcuts-title" tabIndex={-1}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onClose(); } }}>
      <div class="shortcuts__head">
        <h2 id="shortcuts-title" class="shortcuts__title">{t('Keyboard shortcuts')}</h2>
        <button type="button" class="shortcuts__close" aria-label={t('Close')} title={t('Close')} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <table>
        <thead class="visually-hidden"><tr><th scope="col">{t('Keys')}</th><th scope="col">{t('What they do')}</th></tr></thead>
        <tbody>
          {shortcuts().map(([keys, what], n) => (
            <tr key={n}>
              <th scope="row">{keys.map((k, i) => <>{i > 0 && ' '}<kbd>{k}</kbd></>)}</th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

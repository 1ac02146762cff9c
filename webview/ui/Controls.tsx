/**
 * Preact wrappers around the toolkit's web components: the only place their tags appear, so a move to
 * another component library touches this folder alone.
 */
import type { ComponentChildren } from 'preact';

/** A toolkit button; `label` names it for screen readers when its content is an icon only. */
export function Button({ children, onClick, title, appearance = 'secondary', pressed, label }: {
  children: ComponentChildren; onClick: () => void; title?: string; appearance?: 'primary' | 'secondary' | 'icon';
  pressed?: boolean; label?: string;
}) {
  return (
    <vscode-button appearance={appearance} title={title} aria-pressed={pressed} aria-label={label} onClick={onClick}>
      {children}
    </vscode-button>
  );
}

/** One choice of a dropdown. */
export interface Choice { value: string; label: string }

/** A labelled toolkit dropdown; `onChange` gets the chosen value. */
export function Dropdown({ label, value, choices, onChange }: {
  label: string; value: string; choices: Choice[]; onChange: (value: string) => void;
}) {
  return (
    <label class="control">
      <span class="control__label">{label}</span>
      <vscode-dropdown value={value} aria-label={label}
        onChange={(e) => onChange((e.currentTarget as HTMLElement & { value: string }).value)}>
        {choices.map((c) => (
          <vscode-option key={c.value} value={c.value} selected={c.value === value}>{c.label}</vscode-option>
        ))}
      </vscode-dropdown>
    </label>
  );
}

/** A toolkit checkbox with its label. */
export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <vscode-checkbox checked={checked}
      onChange={(e) => onChange(Boolean((e.currentTarget as HTMLElement & { checked: boolean }).checked))}>
      {label}
    </vscode-checkbox>
  );
}

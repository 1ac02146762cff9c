/**
 * JSX types of the @vscode/webview-ui-toolkit tags used by the wrappers in this folder (and only here).
 */
import type { JSX } from 'preact';

type Base = JSX.HTMLAttributes<HTMLElement>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'vscode-button': Base & { appearance?: 'primary' | 'secondary' | 'icon'; disabled?: boolean };
      'vscode-dropdown': Base & { value?: string; disabled?: boolean };
      'vscode-option': Base & { value?: string; selected?: boolean };
      'vscode-checkbox': Base & { checked?: boolean; disabled?: boolean };
    }
  }
}

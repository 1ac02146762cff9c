/**
 * Registers the toolkit web components the wrappers use; call once before the first render.
 */
import {
  provideVSCodeDesignSystem, vsCodeButton, vsCodeCheckbox, vsCodeDropdown, vsCodeOption,
} from '@vscode/webview-ui-toolkit';

/** Defines vscode-button, vscode-checkbox, vscode-dropdown and vscode-option. */
export function registerToolkit(): void {
  provideVSCodeDesignSystem().register(vsCodeButton(), vsCodeCheckbox(), vsCodeDropdown(), vsCodeOption());
}

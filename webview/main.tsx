/**
 * Entry of the map editor webview: speaks VS Code's language (from `<html lang>`), registers the toolkit components, renders the app, wires host messages
 * into the store and tells the host it is ready (the host answers with a snapshot).
 */
import '@vscode/codicons/dist/codicon.css';
import './styles.css';
import './diffMode.css';
import { render } from 'preact';
import { resolveLocale } from '../src/core/l10n/locales';
import { setActiveLocale } from '../src/core/l10n/translate';
import { App } from './App';
import { MapStore } from './store';
import { registerToolkit } from './ui/register';
import { getVsCodeApi } from './vscodeApi';

// The host writes VS Code's language into <html lang>; every text of the map is looked up in it from here on.
setActiveLocale(resolveLocale(document.documentElement.lang));
registerToolkit();
const api = getVsCodeApi();
const store = new MapStore(api);
window.addEventListener('message', (event: MessageEvent) => store.receive(event.data));
const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
render(<App store={store} />, root);
api.postMessage({ type: 'ready' });

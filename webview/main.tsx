/**
 * Entry of the map editor webview: speaks VS Code's language (`<html lang>`), registers the toolkit components,
 * renders the app, wires host messages into the store and tells the host it is ready (it answers with a snapshot).
 */
import '@vscode/codicons/dist/codicon.css';
import './styles.css';
import './diffMode.css';
import './a11y.css';
import { render } from 'preact';
import { App } from './App';
import { speakDocumentLanguage } from './documentLanguage';
import { MapStore } from './store';
import { registerToolkit } from './ui/register';
import { getVsCodeApi } from './vscodeApi';

speakDocumentLanguage();
registerToolkit();
const api = getVsCodeApi();
const store = new MapStore(api);
window.addEventListener('message', (event: MessageEvent) => store.receive(event.data));
const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
render(<App store={store} />, root);
api.postMessage({ type: 'ready' });

import { render } from 'preact';
import './theme.css';
import { Popup } from './Popup.js';
import { targetTabId } from './target-tab.js';

const root = document.getElementById('app');
if (root) {
  void targetTabId().then((tabId) => render(<Popup tabId={tabId} />, root));
}

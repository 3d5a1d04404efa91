import { render } from 'preact';
import '../popup/theme.css';
import '../options/options.css';
import { Welcome } from './Welcome.js';

const root = document.getElementById('app');
if (root) render(<Welcome />, root);

import { render } from 'preact';
import '../popup/theme.css';
import './options.css';
import { Options } from './Options.js';

const root = document.getElementById('app');
if (root) render(<Options />, root);

import './explorer.css';
import { startExplorerPage } from './explorer-page.js';
import { installTestHandle } from './test-handle.js';

const page = startExplorerPage();
// Only in test builds (`vite build --mode test`, dist/web-test): Vite replaces MODE by a
// constant, and the production bundle drops this branch and the module it calls.
if (import.meta.env.MODE === 'test') installTestHandle(page);

import '../shared/page.css';
import './explorer.css';
import { startExplorerPage } from './explorer-page.js';
import { installLandscapeHandle, startLandscapePage } from './landscape-page.js';
import { installStaffingHandle, startStaffingPage } from './staffing-page.js';
import { installTestHandle } from './test-handle.js';
import { installTimelineHandle, startTimelinePage } from './timeline-page.js';
import { explorerViews, readMinPeople, readPerson, readRollUp, readView, viewUrl } from './view-mode.js';

const { view, unknown } = readView(window.location.search);
for (const name of explorerViews) {
  const link = document.getElementById(`view-${name}`) as HTMLAnchorElement | null;
  if (!link) continue;
  link.href = viewUrl(window.location.href, name);
  if (name === view) link.setAttribute('aria-current', 'page');
}

// Only in test builds (`vite build --mode test`, dist/web-test): Vite replaces MODE by a
// constant, and the production bundle drops these branches and the modules they call.
if (view === 'landscape') {
  const page = startLandscapePage(readMinPeople(window.location.search), readRollUp(window.location.search));
  if (import.meta.env.MODE === 'test') installLandscapeHandle(page);
} else if (view === 'timeline') {
  const page = startTimelinePage(readPerson(window.location.search));
  if (import.meta.env.MODE === 'test') installTimelineHandle(page);
} else if (view === 'staffing') {
  const page = startStaffingPage();
  if (import.meta.env.MODE === 'test') installStaffingHandle(page);
} else {
  const page = startExplorerPage();
  if (import.meta.env.MODE === 'test') installTestHandle(page);
  if (unknown !== undefined) {
    const names = explorerViews.map((name) => `"${name}"`).join(', ');
    void page.ready.then(() => {
      const status = document.getElementById('status');
      if (!status) return;
      status.textContent = `?view=${JSON.stringify(unknown)} names no view: expected ${names}; showing the graph.`;
      status.classList.add('error');
    });
  }
}

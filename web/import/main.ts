import '../shared/page.css';
import './import.css';
import { GraphQLRequestError } from '../../src/client/graphql-client.js';
import { errorMessage } from '../../src/util/error-message.js';
import { element } from '../shared/dom.js';
import { type Entry, entriesOf, type Fact, withoutPaths } from './edit-resume.js';
import { type Extraction, extractDocument, importReviewed } from './import-api.js';

/** As the API's limit (MAX_DOCUMENT_BYTES): a larger file is refused here without sending it. */
const MAX_BYTES = 5 * 1024 * 1024;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The import page has no #${id} element: is index.html out of date?`);
  return element as T;
}

const statusLine = byId<HTMLSpanElement>('status');
const tokenInput = byId<HTMLInputElement>('token');
const fileInput = byId<HTMLInputElement>('file');
const dropZone = byId<HTMLDivElement>('drop-zone');
const review = byId<HTMLElement>('review');
const documentTitle = byId<HTMLHeadingElement>('document-title');
const linesList = byId<HTMLOListElement>('lines');
const warningsList = byId<HTMLUListElement>('warnings');
const entriesPanel = byId<HTMLDivElement>('entries');
const confirmButton = byId<HTMLButtonElement>('confirm');
const removedCount = byId<HTMLSpanElement>('removed');
const resultPanel = byId<HTMLDivElement>('result');
const preview = byId<HTMLPreElement>('preview');

/** A file chosen while no token was given yet: read once the token is pasted. */
let waiting: File | undefined;
let extraction: Extraction | undefined;
/** Paths (facts and whole entries) the reader unticked. */
const removed = new Set<string>();
let pinned: { facts: number[]; lines: number[] } = { facts: [], lines: [] };

function setStatus(text: string, kind: 'info' | 'busy' | 'error' | 'done' = 'info'): void {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind;
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list within the engine's limits.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function choose(file: File | undefined): void {
  if (!file) return;
  if (file.size > MAX_BYTES) {
    setStatus(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB: the limit is 5 MB (${MAX_BYTES} bytes).`,
      'error',
    );
    return;
  }
  waiting = file;
  void extractWaiting();
}

async function extractWaiting(): Promise<void> {
  const file = waiting;
  if (!file) return;
  const token = tokenInput.value.trim();
  if (token === '') {
    setStatus(`Paste the bearer token to read ${file.name} (npm start printed it).`);
    tokenInput.focus();
    return;
  }
  waiting = undefined;
  setStatus(`Reading ${file.name}…`, 'busy');
  try {
    extraction = await extractDocument(file.name, await base64Of(file), token);
  } catch (error) {
    // A wrong token: the same file is read again once a new one is pasted.
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') waiting = file;
    setStatus(errorMessage(error), 'error');
    return;
  }
  render(extraction);
  const { facts, warnings } = extraction;
  setStatus(
    `${extraction.fileName}: ${facts.length} facts, ${warnings.length} warnings. Untick what is wrong, then import.`,
    'done',
  );
}

function factLines(fact: Fact): number[] {
  const lines: number[] = [];
  for (let line = fact.line; line <= fact.endLine; line++) lines.push(line);
  return lines;
}

function spanLines(span: string | undefined): number[] {
  const [first, last] = (span ?? '').split('-').map(Number);
  if (first === undefined || !Number.isInteger(first)) return [];
  const end = last !== undefined && Number.isInteger(last) ? last : first;
  return Array.from({ length: Math.max(0, end - first + 1) }, (_, i) => first + i);
}

/** Lights facts and lines (and the marked text of those facts); nothing given: what a click pinned. */
function light(facts: number[] = pinned.facts, lines: number[] = pinned.lines): void {
  for (const lit of document.querySelectorAll('.lit')) lit.classList.remove('lit');
  for (const index of facts) {
    for (const node of document.querySelectorAll(`[data-fact="${index}"]`)) node.classList.add('lit');
  }
  for (const line of lines) document.getElementById(`line-${line}`)?.classList.add('lit');
}

function pin(facts: number[], lines: number[], scrollTo: Element | null | undefined): void {
  pinned = { facts, lines };
  light();
  scrollTo?.scrollIntoView({ block: 'nearest' });
}

function renderLines(result: Extraction): void {
  const onLine = new Map<number, number[]>();
  result.facts.forEach((fact, index) => {
    for (const line of factLines(fact)) onLine.set(line, [...(onLine.get(line) ?? []), index]);
  });
  const items = result.lines.map((text, i) => {
    const number = i + 1;
    const item = element('li');
    item.id = `line-${number}`;
    item.dataset.line = String(number);
    item.dataset.testid = `line-${number}`;
    item.append(element('span', String(number), 'no'), markedText(text, number, result.facts));
    const facts = onLine.get(number) ?? [];
    item.addEventListener('mouseenter', () => light(facts, [number]));
    item.addEventListener('mouseleave', () => light());
    item.addEventListener('click', () =>
      pin(facts, [number], document.querySelector(`li[data-fact="${facts[0]}"]`)),
    );
    return item;
  });
  linesList.replaceChildren(...items);
}

/** The line's text, with the facts known to a column marked (the first of overlapping ones). */
function markedText(text: string, line: number, facts: readonly Fact[]): HTMLElement {
  const span = element('span', undefined, 'text');
  const marks = facts
    .map((fact, index) => ({ fact, index }))
    .filter(({ fact }) => fact.line === line && fact.endLine === line && typeof fact.column === 'number')
    .map(({ fact, index }) => ({ index, start: fact.column ?? 0, end: fact.endColumn ?? text.length }))
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) continue;
    span.append(text.slice(at, mark.start));
    const node = element('mark', text.slice(mark.start, mark.end));
    node.dataset.fact = String(mark.index);
    span.append(node);
    at = mark.end;
  }
  span.append(text.slice(at));
  return span;
}

function checkbox(path: string, testid: string, label: string): HTMLInputElement {
  const box = element('input');
  box.type = 'checkbox';
  box.checked = !removed.has(path);
  box.dataset.testid = testid;
  box.setAttribute('aria-label', label);
  box.addEventListener('change', () => {
    if (box.checked) removed.delete(path);
    else removed.add(path);
    box.closest('.fact, .entry')?.classList.toggle('unticked', !box.checked);
    updatePreview();
  });
  return box;
}

function renderEntry(entry: Entry, result: Extraction): HTMLElement {
  const block = element('section', undefined, `entry depth-${entry.depth}`);
  block.dataset.path = entry.path;
  block.dataset.testid = `entry-${entry.path}`;
  const header = element('header');
  if (entry.removable)
    header.append(checkbox(entry.path, `entry-check-${entry.path}`, `Keep ${entry.title}`));
  header.append(element('strong', entry.title));
  if (entry.details) header.append(element('span', entry.details, 'details'));
  if (entry.lines) header.append(element('span', `(lines ${entry.lines})`, 'muted'));
  const lines = spanLines(entry.lines);
  header.addEventListener('mouseenter', () => light([], lines));
  header.addEventListener('mouseleave', () => light());
  block.append(header);
  const list = element('ul', undefined, 'facts');
  for (const index of entry.facts) {
    const fact = result.facts[index] as Fact;
    const item = element('li', undefined, 'fact');
    item.dataset.fact = String(index);
    item.dataset.testid = `fact-${index}`;
    item.dataset.path = fact.path;
    // `technologies[2]` reads as `technologies`: the value says which.
    const field = fact.path
      .slice(entry.path.length)
      .replace(/^\./, '')
      .replace(/\[\d+\]/g, '');
    item.append(
      checkbox(fact.path, `fact-check-${index}`, `Keep ${field} ${fact.value}`),
      element('span', field, 'field'),
      element('span', fact.value, 'value'),
      element(
        'span',
        fact.endLine > fact.line ? `lines ${fact.line}-${fact.endLine}` : `line ${fact.line}`,
        'where',
      ),
    );
    if (fact.confidence < 1)
      item.append(element('span', `${Math.round(fact.confidence * 100)}%`, 'confidence'));
    item.addEventListener('mouseenter', () => light([index], factLines(fact)));
    item.addEventListener('mouseleave', () => light());
    item.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).tagName === 'INPUT') return;
      pin([index], factLines(fact), document.getElementById(`line-${fact.line}`));
    });
    list.append(item);
  }
  block.append(list);
  return block;
}

function renderWarnings(result: Extraction): void {
  warningsList.replaceChildren(
    ...result.warnings.map((warning, index) => {
      const item = element('li');
      item.dataset.testid = `warning-${index}`;
      item.append(element('strong', warning.code), element('span', ` ${warning.message}`));
      if (warning.line !== null) {
        const lines = spanLines(`${warning.line}-${warning.endLine ?? warning.line}`);
        const go = element('button', `line ${warning.line}`, 'line-link');
        go.type = 'button';
        go.addEventListener('click', () => pin([], lines, document.getElementById(`line-${warning.line}`)));
        item.append(go);
      }
      return item;
    }),
    ...result.unnormalised.map((name) => {
      const hint = name.suggestion ? ` (did you mean ${name.suggestion}?)` : '';
      return element(
        'li',
        `${name.kind.toLowerCase()} "${name.name}" is in no catalogue: it becomes a node of its own${hint}.`,
      );
    }),
  );
}

function render(result: Extraction): void {
  removed.clear();
  pinned = { facts: [], lines: [] };
  review.hidden = false;
  resultPanel.hidden = true;
  documentTitle.textContent = `${result.fileName} (${result.format.toLowerCase()}, ${result.lines.length} lines)`;
  renderLines(result);
  renderWarnings(result);
  entriesPanel.replaceChildren(
    ...entriesOf(result.resume, result.facts).map((entry) => renderEntry(entry, result)),
  );
  updatePreview();
}

function updatePreview(): void {
  if (!extraction) return;
  preview.textContent = JSON.stringify(withoutPaths(extraction.resume, removed), null, 2);
  removedCount.textContent = removed.size === 0 ? '' : `${removed.size} unticked: left out of the import`;
}

async function confirmImport(): Promise<void> {
  if (!extraction) return;
  const token = tokenInput.value.trim();
  if (token === '') {
    setStatus('Paste the bearer token to import (npm start printed it).', 'error');
    return;
  }
  confirmButton.disabled = true;
  setStatus(`Importing ${extraction.fileName}…`, 'busy');
  try {
    const imported = await importReviewed(withoutPaths(extraction.resume, removed), token);
    const counts =
      `${imported.nodesCreated} nodes created, ${imported.nodesDeleted} deleted; ` +
      `${imported.relationshipsCreated} relationships created, ${imported.relationshipsDeleted} deleted.`;
    const link = element('a', `See ${imported.person.label} in the explorer →`);
    // Two hops: the person's roles, and through them the companies and technologies.
    link.href = `/explore?focus=${encodeURIComponent(imported.person.id)}&depth=2`;
    link.dataset.testid = 'explore-person-link';
    resultPanel.replaceChildren(
      element(
        'p',
        `${imported.created ? 'Imported' : 'Replaced'} ${imported.person.label} (${imported.person.id}): ${counts}`,
      ),
      link,
    );
    resultPanel.hidden = false;
    setStatus(`${extraction.fileName} is in the graph.`, 'done');
  } catch (error) {
    setStatus(errorMessage(error), 'error');
  } finally {
    confirmButton.disabled = false;
  }
}

fileInput.addEventListener('change', () => {
  choose(fileInput.files?.[0]);
  fileInput.value = '';
});
tokenInput.addEventListener('change', () => void extractWaiting());
/** A drag that carries files, not text or a link dragged into a field. */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

// A file dropped anywhere on the page is a drop on the zone: left to itself, Chromium opens a file
// dropped outside the zone in the tab, and the review on the page is lost.
document.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dropZone.classList.add('over');
});
document.addEventListener('dragleave', (event) => {
  // Only on leaving the window: going from one element of the page to the next fires dragleave too.
  if (event.relatedTarget === null) dropZone.classList.remove('over');
});
document.addEventListener('drop', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dropZone.classList.remove('over');
  choose(event.dataTransfer?.files[0]);
});
confirmButton.addEventListener('click', () => void confirmImport());
setStatus('Paste the bearer token, then drop or choose a résumé.');

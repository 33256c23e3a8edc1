import { type Block, type Page, type Span, unknownBlock } from './blocks.js';
import type { RenderStyle } from './style.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(spans: readonly Span[]): string {
  return spans
    .map((span) => {
      const text = escapeHtml(span.text);
      if (span.bold) return `<strong>${text}</strong>`;
      if (span.italic) return `<em>${text}</em>`;
      return text;
    })
    .join('');
}

function blocksHtml(blocks: readonly Block[], style: RenderStyle): string {
  return blocks
    .map((block): string => {
      switch (block.type) {
        case 'name':
          return `<h1>${escapeHtml(block.text)}</h1>`;
        case 'subtitle':
          return `<p class="subtitle">${escapeHtml(block.text)}</p>`;
        case 'heading':
          return `<h2>${escapeHtml(block.text)}</h2>`;
        case 'line':
          return `<p>${inline(block.spans)}</p>`;
        case 'bullets':
          return `<ul style="list-style-type: '${style.bullet}  '">${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
        case 'dated':
          return `<div class="dated"><div class="date">${block.date.map(escapeHtml).join('<br>')}</div><div>${blocksHtml(block.blocks, style)}</div></div>`;
        case 'table':
          return `<table>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
        case 'break':
          return '<div class="break"></div>';
        default:
          return unknownBlock(block);
      }
    })
    .join('\n');
}

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #222; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 12pt 0 4pt; border-bottom: 1px solid #999; color: #1a4d80; }
p { margin: 0 0 2pt; }
.subtitle { color: #555; }
ul { margin: 2pt 0 4pt; padding-left: 14pt; }
.break { height: 6pt; }
.dated { display: grid; grid-template-columns: 34mm 1fr; column-gap: 5mm; }
.date { color: #555; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0; }
td { border: 1px solid #bbb; padding: 2pt 4pt; vertical-align: top; }
.page { display: grid; column-gap: 7mm; }
.page.sidebar-left { grid-template-columns: 58mm 1fr; }
.page.sidebar-right { grid-template-columns: 1fr 58mm; }
aside { background: #eef2f6; padding: 4mm; font-size: 9pt; }
`;

/** A self-contained HTML page (no fonts or images fetched), printed to PDF by Chromium. */
export function toHtml(page: Page, style: RenderStyle): string {
  const main = `<main>${blocksHtml(page.main, style)}</main>`;
  let body = main;
  if (page.sidebar) {
    const aside = `<aside>${blocksHtml(page.sidebar, style)}</aside>`;
    body = style.sidebarLeft
      ? `<div class="page sidebar-left">${aside}${main}</div>`
      : `<div class="page sidebar-right">${main}${aside}</div>`;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Résumé</title><style>${CSS}</style></head><body>${body}</body></html>`;
}

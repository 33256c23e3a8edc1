import { type Block, linearPage, type Page, type Span } from './blocks.js';
import type { RenderStyle } from './style.js';

const escapeMarkdown = (text: string) => text.replace(/([*_`[\]\\|])/g, '\\$1');

function inline(spans: readonly Span[]): string {
  return spans
    .map((span) => {
      const text = escapeMarkdown(span.text);
      // Emphasis cannot start or end with a space: keep spaces outside the markers.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
      if (core === '') return text;
      if (span.bold) return `${lead}**${core}**${trail}`;
      if (span.italic) return `${lead}_${core}_${trail}`;
      return text;
    })
    .join('');
}

/**
 * Markdown as a résumé kept in a repository: `#` for the name, `##` for sections, `-` or `*`
 * lists, bold headers, the date column as a bold date before the entry, tables as pipe tables.
 * Every paragraph is its own line with a blank line after it. A sidebar comes after the name (see `linearPage`).
 */
export function toMarkdown(page: Page, style: RenderStyle): string {
  const out: string[] = [];
  const paragraph = (text: string) => out.push(text, '');
  const listMark = style.bullet === '*' ? '*' : '-';
  const write = (block: Block): void => {
    switch (block.type) {
      case 'name':
        paragraph(`# ${escapeMarkdown(block.text)}`);
        return;
      case 'subtitle':
        paragraph(escapeMarkdown(block.text));
        return;
      case 'heading':
        paragraph(`## ${escapeMarkdown(block.text)}`);
        return;
      case 'line':
        paragraph(inline(block.spans));
        return;
      case 'bullets':
        for (const item of block.items) out.push(`${listMark} ${inline(item)}`);
        out.push('');
        return;
      case 'dated': {
        const [first, ...rest] = block.blocks;
        if (first?.type === 'line') {
          paragraph(`**${escapeMarkdown(block.date.join(' '))}** · ${inline(first.spans)}`);
        } else {
          paragraph(`**${escapeMarkdown(block.date.join(' '))}**`);
          if (first) write(first);
        }
        for (const child of rest) write(child);
        return;
      }
      case 'table': {
        const columns = Math.max(...block.rows.map((row) => row.length));
        const cells = (row: readonly string[]) =>
          `| ${Array.from({ length: columns }, (_, index) => escapeMarkdown(row[index] ?? '')).join(' | ')} |`;
        const [head, ...body] = block.rows;
        out.push(cells(head ?? []), `|${' --- |'.repeat(columns)}`, ...body.map(cells), '');
        return;
      }
      case 'break':
        return;
    }
  };
  for (const block of linearPage(page)) write(block);
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

import { type Block, BREAK, linearPage, type Page, spansText } from './blocks.js';
import type { RenderStyle } from './style.js';

/**
 * Plain text as people paste a résumé into a job site: headings on their own line (underlined
 * when not in capitals), bullets with the style's mark, the date column and tables as padded
 * columns. A sidebar comes after the name (see `linearPage`).
 */
export function toText(page: Page, style: RenderStyle): string {
  const blocks = linearPage(page);
  const dateWidth = Math.max(
    0,
    ...blocks.flatMap((block) => (block.type === 'dated' ? block.date.map((text) => text.length) : [])),
  );
  const lines: string[] = [];
  const write = (block: Block, indent: string): void => {
    switch (block.type) {
      case 'name':
        lines.push(`${indent}${block.text}`);
        return;
      case 'subtitle':
        lines.push(`${indent}${block.text}`);
        return;
      case 'heading':
        if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
        lines.push(`${indent}${block.text}`);
        if (!style.upperCaseHeadings) lines.push(`${indent}${'-'.repeat(block.text.length)}`);
        return;
      case 'line':
        lines.push(`${indent}${spansText(block.spans)}`);
        return;
      case 'bullets':
        for (const item of block.items) lines.push(`${indent}${style.bullet} ${spansText(item)}`);
        return;
      case 'dated': {
        const inner: string[] = [];
        const before = lines.length;
        for (const child of block.blocks) write(child, '');
        inner.push(...lines.splice(before));
        while (inner.length < block.date.length) inner.push('');
        inner.forEach((text, index) => {
          lines.push(`${indent}${(block.date[index] ?? '').padEnd(dateWidth + 3)}${text}`.trimEnd());
        });
        return;
      }
      case 'break':
        if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
        return;
      case 'table': {
        const widths = block.rows[0]?.map((_, column) =>
          Math.max(...block.rows.map((row) => (row[column] ?? '').length)),
        );
        for (const row of block.rows) {
          lines.push(
            `${indent}${row
              .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0)))
              .join(' | ')}`,
          );
        }
        return;
      }
    }
  };
  for (const block of blocks) {
    if (block.type === 'dated') write(BREAK, '');
    write(block, '');
  }
  return `${lines.join('\n').replace(/^\n+/, '')}\n`;
}

/**
 * What a layout produces and every format writes: a page of blocks, with an optional sidebar.
 * Layouts decide what goes where; formats decide only how a block looks in text, Markdown, HTML
 * (for PDF) or Word.
 */

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  /** The person's name, at the top. */
  | { type: 'name'; text: string }
  /** A line under the name: headline or contact details. */
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; text: string }
  /** One line or paragraph of text. */
  | { type: 'line'; spans: Span[] }
  | { type: 'bullets'; items: Span[][] }
  /** A row of the left-hand date column (one or two lines of dates), and what stands beside it. */
  | { type: 'dated'; date: string[]; blocks: Block[] }
  /** A table; in a table-like header the cells are company, title, dates. */
  | { type: 'table'; rows: string[][] }
  /** Space before an entry. */
  | { type: 'break' };

export interface Page {
  main: Block[];
  /** A narrow column beside the main one (PDF, Word); text formats put it first. */
  sidebar?: Block[];
}

export const plain = (text: string): Span => ({ text });
export const bold = (text: string): Span => ({ text, bold: true });
export const italic = (text: string): Span => ({ text, italic: true });
export const line = (...spans: Span[]): Block => ({
  type: 'line',
  spans: spans.filter((span) => span.text !== ''),
});
export const BREAK: Block = { type: 'break' };
export const spansText = (spans: readonly Span[]): string => spans.map((span) => span.text).join('');

/**
 * The page as one column, as copying the text out of a two-column page gives it: the name and the
 * lines under it, then the sidebar, then the rest of the main column.
 */
export function linearPage(page: Page): Block[] {
  const top = page.main.findIndex((block) => block.type !== 'name' && block.type !== 'subtitle');
  const split = top === -1 ? page.main.length : top;
  return [...page.main.slice(0, split), ...(page.sidebar ?? []), ...page.main.slice(split)];
}

/** For the `default` of a switch over every block type: a block of another type is a programming error. */
export function unknownBlock(block: never): never {
  throw new Error(`Unknown block type ${JSON.stringify((block as { type?: unknown }).type)}.`);
}

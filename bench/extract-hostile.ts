// `npx tsx bench/extract-hostile.ts`: how long `extractDocument` takes over hostile plain-text and Markdown input
// (thousands of brackets on one line, a megabyte on one line, tens of thousands of lines, a deeply nested list, a wide
// table), each at its full size and at a quarter and a half of it, in CPU milliseconds (the process's user and system
// time, steadier than the wall clock on a shared machine), so that the growth shows: linear input reads in about
// linear time. Numbers, not assertions: they go in the README. The cases are those of
// test/unit/extract/session33-xrobust33-structure.test.ts, some at larger sizes.
import { loadCatalogue } from '../src/catalogue/load-catalogue.js';
import { extractDocument } from '../src/extract/index.js';

const catalogue = await loadCatalogue();
const HEAD =
  'Ines Okafor\nines.okafor@example.com\n\nExperience\n\nData Engineer, Kestrel Analytics, Dundee\nFeb 2019 – Mar 2022\n- Pipelines in Python\n\n';

/** Each case: its name, its full size, the file name its format is read by, and the document at size `n`. */
const CASES: readonly [string, number, string, (n: number) => string][] = [
  [
    'brackets after a header',
    10_000,
    'cv.txt',
    (n) => `Senior Engineer, Acme ${'(x) '.repeat(n)}2019 – 2022`,
  ],
  [
    'nested brackets',
    10_000,
    'cv.txt',
    (n) => `Senior Engineer ${'('.repeat(n)}Acme${')'.repeat(n)} 2019 – 2022`,
  ],
  ['1 MB line of words (repeats)', 58_000, 'cv.txt', (n) => 'lorem ipsum dolor '.repeat(n)],
  ['1 MB line of one word (bytes)', 1_000_000, 'cv.txt', (n) => 'a'.repeat(n)],
  ['long word in a skills line', 40_000, 'cv.txt', (n) => `Skills\nGo Kafka ${'a'.repeat(n)} tools`],
  ['commas in a header', 20_000, 'cv.txt', (n) => `Engineer${', Acme'.repeat(n)}, 2019 – 2022`],
  [
    'spaces and tabs in a header (pairs)',
    40_000,
    'cv.txt',
    (n) => `Senior Engineer${' \t'.repeat(n)}Acme 2019 – 2022`,
  ],
  [
    '"via" before a bracket',
    8_000,
    'cv.txt',
    (n) => `Senior Engineer${' via Hays'.repeat(n)} (x 2019 – 2022`,
  ],
  ['one-letter words on a line', 40_000, 'cv.txt', (n) => 'a '.repeat(n)],
  [
    'bullet lines',
    50_000,
    'cv.txt',
    (n) => Array.from({ length: n }, (_, k) => `- Reviewed ticket ${k}`).join('\n'),
  ],
  [
    'nested list depth',
    500,
    'cv.md',
    (n) => Array.from({ length: n }, (_, k) => `${'  '.repeat(k)}- item ${k}`).join('\n'),
  ],
  [
    'table columns',
    500,
    'cv.md',
    (n) =>
      [`c`, '---', 'v']
        .map(
          (cell) =>
            `| ${Array.from({ length: n }, (_, k) => `${cell}${cell === '---' ? '' : k}`).join(' | ')} |`,
        )
        .join('\n'),
  ],
];

async function cpuMilliseconds(fileName: string, text: string): Promise<string> {
  const started = process.cpuUsage();
  try {
    await extractDocument({ fileName, content: new TextEncoder().encode(HEAD + text) }, catalogue);
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
  const used = process.cpuUsage(started);
  return String(Math.round((used.user + used.system) / 1000));
}

await cpuMilliseconds('warm-up.txt', '- Go');
process.stdout.write(
  '| input | size | ¼ size (CPU ms) | ½ size | full size |\n| --- | ---: | ---: | ---: | ---: |\n',
);
for (const [name, size, fileName, make] of CASES) {
  const times: string[] = [];
  for (const n of [Math.round(size / 4), Math.round(size / 2), size])
    times.push(await cpuMilliseconds(fileName, make(n)));
  process.stdout.write(`| ${name} | ${size.toLocaleString('en')} | ${times.join(' | ')} |\n`);
}

import { type Counts, FIELDS, type Field, type FieldCounts, scores } from './score.js';

const number = (value: number | null) => (value === null ? '-' : value.toFixed(3));

/** A Markdown table of precision, recall and F1 per field, with the counts behind them. */
export function fieldTable(counts: FieldCounts): string {
  const rows = FIELDS.map((field) => {
    const c: Counts = counts[field];
    const s = scores(c);
    return `| ${field} | ${number(s.precision)} | ${number(s.recall)} | ${number(s.f1)} | ${c.truePositives} | ${c.falsePositives} | ${c.falseNegatives} |`;
  });
  return [
    '| field | precision | recall | F1 | TP | FP | FN |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** A Markdown table of F1 per field (columns) for each group (rows), e.g. per format. */
export function groupTable(
  label: string,
  groups: ReadonlyMap<string, { documents: number; counts: FieldCounts }>,
): string {
  const header = `| ${label} | documents | ${FIELDS.join(' | ')} |`;
  const rule = `| --- | ---: | ${FIELDS.map(() => '---:').join(' | ')} |`;
  const rows = [...groups].map(
    ([group, sum]) =>
      `| ${group} | ${sum.documents} | ${FIELDS.map((field) => number(scores(sum.counts[field]).f1)).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

/** A Markdown table of one field's F1 for each row group (e.g. layout) and column group (e.g. format). */
export function crossTable(
  field: Field,
  rows: readonly string[],
  columns: readonly string[],
  counts: (row: string, column: string) => FieldCounts | undefined,
): string {
  const header = `| ${field} F1 | ${columns.join(' | ')} |`;
  const rule = `| --- | ${columns.map(() => '---:').join(' | ')} |`;
  const lines = rows.map(
    (row) =>
      `| ${row} | ${columns
        .map((column) => {
          const c = counts(row, column);
          return c ? number(scores(c[field]).f1) : '-';
        })
        .join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n');
}

export interface Target {
  set: string;
  fields: readonly Field[];
  f1: number;
}

/** The targets of issue 10. */
export const TARGETS: readonly Target[] = [
  { set: 'seed', fields: ['companies', 'technologies', 'schools'], f1: 0.9 },
  { set: 'seed', fields: ['roles'], f1: 0.85 },
  { set: 'rendered', fields: FIELDS, f1: 0.95 },
];

/** One line per target field: met or missed, with the F1 reached. */
export function targetLines(totalsBySet: ReadonlyMap<string, FieldCounts>): string[] {
  return TARGETS.flatMap((target) => {
    const counts = totalsBySet.get(target.set);
    if (!counts) return [];
    return target.fields.map((field) => {
      const f1 = scores(counts[field]).f1;
      const met = f1 !== null && f1 >= target.f1;
      return `${met ? 'met   ' : 'MISSED'} ${target.set} ${field} F1 ${number(f1)} (target ≥ ${target.f1})`;
    });
  });
}

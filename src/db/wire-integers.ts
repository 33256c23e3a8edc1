import neo4j, { type Integer } from 'neo4j-driver';

/*
 * Integers as the driver sends them. The driver packs a bigint parameter by way of its decimal
 * string (`Integer.fromString`, about 0.7 µs each, measured), a driver Integer made from a number
 * directly (about 0.1 µs); Neo4j receives and stores the same integer either way. The loader sends a
 * few hundred thousand integers per thousand résumés (months, positions, USES evidence), so its
 * parameters carry Integers.
 */

const SAFE_MIN = BigInt(Number.MIN_SAFE_INTEGER);
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** `value` as a driver Integer (`value` a safe integer when a number). */
export function wireInteger(value: bigint | number): Integer {
  if (typeof value === 'number') return neo4j.int(value);
  // Beyond a double's exact integers: the driver's own (exact) conversion.
  return value >= SAFE_MIN && value <= SAFE_MAX ? neo4j.int(Number(value)) : neo4j.int(value);
}

/**
 * `props` with every bigint, alone or in a list, as a driver Integer; the same object when it
 * holds none. Shallow: property values are scalars or lists of scalars.
 */
export function wireProps(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  let wired: Record<string, unknown> | undefined;
  for (const key in props) {
    const value = props[key];
    let sent: unknown = value;
    if (typeof value === 'bigint') sent = wireInteger(value);
    else if (Array.isArray(value) && typeof value[0] === 'bigint')
      sent = value.map((item: unknown) => (typeof item === 'bigint' ? wireInteger(item) : item));
    if (sent !== value) {
      wired ??= { ...props };
      wired[key] = sent;
    }
  }
  return wired ?? props;
}

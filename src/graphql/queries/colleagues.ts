import { cypher } from '../../db/cypher-query.js';
import { Label, RelType } from '../../graph/model.js';
import { cypherMonthText } from '../../graph/months.js';
import { OPEN_END, TENURE_INDEXES, tenureIndexHint } from '../../graph/queries/role-tenures.js';
import { entityProjection } from '../entity-kind.js';

/*
 * How the overlaps are found without reading every role of a big employer. A colleague's role
 * overlapping mine [s, e] (length L = e − s + 1) is of exactly one of five kinds, and within a kind
 * the overlap is ordered by one thing a TENURE index (src/graph/queries/role-tenures.ts) holds in
 * order, after the group, with the person and role ids next, as the answer breaks ties:
 *   covers  it starts no later and ends no earlier: overlap L for all, so by person. Read exactly:
 *           for each length ℓ ≥ L, the roles of length ℓ starting in [e − ℓ + 1, s]
 *           (byLengthStart, one seek per length up to the group's longest), and the current roles
 *           starting no later than s (byLastStart); then sorted by person. When there are many,
 *           the group's roles in person order instead (byPerson), the first that cover mine;
 *   tail    it starts no later and ends inside: overlap = its end − s + 1, latest end first (byLast);
 *   head    it starts inside and ends no earlier: overlap = e − its start + 1, earliest start first (byStart);
 *   inside  it starts and ends inside: overlap = its length ℓ, longest first. Read exactly: for
 *           ℓ = L − 2 down, the roles of length ℓ starting in [s + 1, e − ℓ] (byLengthStart), each
 *           length's by person, until `$first` are found;
 *   open    my role ends after this month and theirs is current (it ends this month): those
 *           starting no later first (all alike: by person), then by start (byStart). Only then
 *           read at all.
 * Each kind's first `$first` in its order are its best `$first`, so the best `$first` overall
 * are among them. The walks read about as many index entries as they return, plus one seek per
 * length; covers reads at most COVERS_READ entries, or, past that, about `$first` × the group's
 * roles ÷ its covering roles.
 */

/** The month a colleague's role ends, as the overlap counts it: this month while current. */
const theirEnd = (t: string) =>
  `CASE WHEN ${t}.last = ${OPEN_END} THEN toInteger($currentMonth) ELSE ${t}.last END`;

interface Walk {
  index: keyof typeof TENURE_INDEXES;
  /** When the kind can have members at all (decided before any index entry is read); default always. */
  when?: string;
  /** Range predicates on the index's second property (the group is always equal to mine). */
  seek?: string;
  /** What else the role must satisfy. */
  filter: string;
  /** The overlap's first and last month. */
  from: string;
  to: string;
}

/**
 * One kind's walk: the first `$first` TENURE of group `g` in the index's order that pass. The walk
 * is a subquery of its own behind its `when`, so a kind that cannot match reads no index entry.
 */
function walk({ index, when = 'true', seek, filter, from, to }: Walk): string {
  const properties = TENURE_INDEXES[index];
  const [, second] = properties;
  const exists = properties
    .slice(2)
    .map((property) => `t.${property} IS NOT NULL`)
    .join(' AND ');
  const order = properties.map((property) => `t.${property}`).join(', ');
  return `
      WITH me, g, s, e, length WHERE ${when}
      CALL (me, g, s, e, length) {
        MATCH ()-[t:${RelType.TENURE}]->()
        ${tenureIndexHint('t', index)}
        WHERE t.group = g AND ${seek ?? `t.${second} IS NOT NULL`} AND ${exists}
          AND t.person <> me.id AND ${filter}
        WITH t ORDER BY ${order} LIMIT toInteger($first)
        RETURN t, ${from} AS fromMonth, ${to} AS toMonth
      }
      RETURN t, fromMonth, toMonth`;
}

const now = 'toInteger($currentMonth)';

/** Cypher: the TENURE `t` in group `g` with length `len` (a variable) and a start in [from, to], not `me`'s. */
const ofLength = (len: string, from: string, to: string) => `
          MATCH ()-[t:${RelType.TENURE}]->()
          ${tenureIndexHint('t', 'byLengthStart')}
          WHERE t.group = g AND t.negLength = -${len} AND t.start >= ${from} AND t.start <= ${to}
            AND t.person IS NOT NULL AND t.role IS NOT NULL AND t.person <> me.id`;

/**
 * Covers read exactly, at most this many: past it the covering roles are a large enough share of
 * the group's that walking the group in person order finds `$first` of them sooner.
 */
export const COVERS_READ = 500;

/**
 * Covers (see the comment at the top): every covering role, read exactly, when there are at most
 * COVERS_READ, the first `$first` of them by person; else the group's roles in person order (byPerson),
 * the first `$first` that cover mine. Either way the index gives the person and role ids.
 */
const coversWalk = `
      WITH me, g, s, e, length WHERE length >= $minOverlapMonths
      CALL (me, g, s, e, length) {
        CALL (me, g, s, e, length) {
          CALL (g) {
            MATCH ()-[t:${RelType.TENURE}]->()
            ${tenureIndexHint('t', 'byLengthStart')}
            WHERE t.group = g AND t.negLength IS NOT NULL AND t.start IS NOT NULL
              AND t.person IS NOT NULL AND t.role IS NOT NULL
            WITH t ORDER BY ${TENURE_INDEXES.byLengthStart.map((property) => `t.${property}`).join(', ')} LIMIT 1
            RETURN -t.negLength AS longest
          }
          UNWIND range(length, longest) AS len
          CALL (me, g, s, e, len) {${ofLength('len', 'e - len + 1', 's')}
            RETURN t, t.person AS person, t.role AS role
          }
          RETURN t, person, role
          UNION ALL
          WITH me, g, s, e WHERE e <= ${now}
          MATCH ()-[t:${RelType.TENURE}]->()
          ${tenureIndexHint('t', 'byLastStart')}
          WHERE t.group = g AND t.last = ${OPEN_END} AND t.start <= s
            AND t.person IS NOT NULL AND t.role IS NOT NULL AND t.person <> me.id
          RETURN t, t.person AS person, t.role AS role
        }
        WITH t, person, role LIMIT ${COVERS_READ + 1}
        RETURN collect({t: t, person: person, role: role}) AS exact
      }
      CALL (me, g, s, e, exact) {
        WITH exact WHERE size(exact) <= ${COVERS_READ}
        UNWIND exact AS cover
        WITH cover ORDER BY cover.person, cover.role LIMIT toInteger($first)
        RETURN cover.t AS t
        UNION ALL
        WITH me, g, s, e, exact WHERE size(exact) > ${COVERS_READ}
        CALL (me, g, s, e) {
          MATCH ()-[t:${RelType.TENURE}]->()
          ${tenureIndexHint('t', 'byPerson')}
          WHERE t.group = g AND t.person IS NOT NULL AND t.role IS NOT NULL
            AND t.person <> me.id AND t.start <= s AND ${theirEnd('t')} >= e
          WITH t ORDER BY ${TENURE_INDEXES.byPerson.map((property) => `t.${property}`).join(', ')} LIMIT toInteger($first)
          RETURN t
        }
        RETURN t
      }
      RETURN t, s AS fromMonth, e AS toMonth`;

/**
 * Inside, read exactly: lengths longest first, each length's roles by person (the answer's order
 * within a kind), the first `$first` of them. Rows leave the UNWIND's calls in its order, so the
 * LIMIT stops the seeks once it has them.
 */
const insideWalk = `
      WITH me, g, s, e, length WHERE length - 2 >= $minOverlapMonths
      CALL (me, g, s, e, length) {
        UNWIND range(length - 2, toInteger($minOverlapMonths), -1) AS len
        CALL (me, g, s, e, len) {${ofLength('len', 's + 1', 'e - len')}
          RETURN t ORDER BY t.person, t.role
        }
        WITH t LIMIT toInteger($first)
        RETURN t
      }
      RETURN t, t.start AS fromMonth, t.last AS toMonth`;

const walks: Walk[] = [
  {
    index: 'byLast',
    seek: 't.negLast >= -(e - 1) AND t.negLast <= -(s + $minOverlapMonths - 1)',
    filter: 't.start <= s',
    from: 's',
    to: 't.last',
  },
  {
    index: 'byStart',
    seek: 't.start >= s + 1 AND t.start <= e - $minOverlapMonths + 1',
    filter: `${theirEnd('t')} >= e`,
    from: 't.start',
    to: 'e',
  },
  {
    index: 'byPerson',
    when: `e > ${now} AND ${now} - s + 1 >= $minOverlapMonths`,
    filter: `t.last = ${OPEN_END} AND t.start <= s`,
    from: 's',
    to: now,
  },
  {
    index: 'byStart',
    when: `e > ${now}`,
    seek: `t.start >= s + 1 AND t.start <= ${now} - $minOverlapMonths + 1`,
    filter: `t.last = ${OPEN_END}`,
    from: 't.start',
    to: now,
  },
];

/**
 * Pairs of roles (the person's, someone else's) at the same company or at companies under the same
 * top company (following PART_OF as far as the catalogue goes), overlapping by at least
 * `$minOverlapMonths`. A role needs a start month and an end month (a current role ends at
 * `$currentMonth`); roles without them cannot overlap. Overlap = min(end) - max(start) + 1 months.
 * The `$first` longest overlaps, then by colleague id, their role id and the person's role id.
 * Always one row: `found` says whether the person exists.
 */
export const colleaguesQuery = cypher(
  'colleagues',
  `
  OPTIONAL MATCH (me:${Label.Person} {id: $personId})
  CALL (me) {
    MATCH (me)-[:${RelType.HELD}]->(mine:${Label.Role})-[my:${RelType.TENURE}]->()
    WITH me, mine, my.group AS g, my.start AS s,
      CASE WHEN my.last = ${OPEN_END} THEN toInteger($currentMonth) ELSE my.last END AS e
    WITH me, mine, g, s, e, e - s + 1 AS length
    CALL (me, g, s, e, length) {${[coversWalk, insideWalk, ...walks.map(walk)].join('\n      UNION ALL')}
    }
    WITH mine, t, fromMonth, toMonth, toMonth - fromMonth + 1 AS overlapMonths
    ORDER BY overlapMonths DESC, t.person, t.role, mine.id
    LIMIT toInteger($first)
    WITH mine, startNode(t) AS theirs, endNode(t) AS company, fromMonth, toMonth, overlapMonths
    MATCH (other:${Label.Person})-[:${RelType.HELD}]->(theirs)
    RETURN collect({
      person: ${entityProjection('other')},
      company: ${entityProjection('company')},
      overlapMonths: overlapMonths,
      from: ${cypherMonthText('fromMonth')},
      to: ${cypherMonthText('toMonth')},
      role: ${entityProjection('mine')},
      colleagueRole: ${entityProjection('theirs')}
    }) AS colleagues
  }
  RETURN me IS NOT NULL AS found, colleagues
  `,
);

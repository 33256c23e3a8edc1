import { cypher } from '../../db/cypher-query.js';
import { entityKinds, labelOfKind } from '../entity-kind.js';

/** Nodes per kind (every kind, zeros included, in `entityKinds` order) and relationships in all. */
export const statsQuery = cypher(
  'stats',
  `
  RETURN [${entityKinds
    .map((kind) => `{ kind: '${kind}', count: COUNT { MATCH (:${labelOfKind[kind]}) } }`)
    .join(', ')}] AS counts,
    COUNT { MATCH ()-[]->() } AS relationships
  `,
);

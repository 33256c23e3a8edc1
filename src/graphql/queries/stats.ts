import { cypher } from '../../db/cypher-query.js';
import { STATED_REL_TYPES } from '../../graph/model.js';
import { entityKinds, labelOfKind } from '../entity-kind.js';

/**
 * Nodes per kind (every kind, zeros included, in `entityKinds` order) and the relationships the
 * résumés state (the derived USES left out), each type counted from Neo4j's count store.
 */
export const statsQuery = cypher(
  'stats',
  `
  RETURN [${entityKinds
    .map((kind) => `{ kind: '${kind}', count: COUNT { MATCH (:${labelOfKind[kind]}) } }`)
    .join(', ')}] AS counts,
    ${STATED_REL_TYPES.map((type) => `COUNT { MATCH ()-[:${type}]->() }`).join(' + ')} AS relationships
  `,
);

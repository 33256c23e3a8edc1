import { Label, type NodeLabel, RelType } from './model.js';

/**
 * The relationship groups the loader writes, each one (type, from label, to label). `owned`
 * relationships belong to one person and are replaced when the résumé is reloaded; the others
 * (a company's parent, a project's technologies) may come from several résumés. `uses` is derived
 * (model.ts DERIVED_REL_TYPES): the plan computes it from the person's other relationships.
 */
export const EDGE_KINDS = {
  held: { type: RelType.HELD, from: Label.Person, to: Label.Role, owned: true },
  at: { type: RelType.AT, from: Label.Role, to: Label.Company, owned: true },
  roleUsed: { type: RelType.USED, from: Label.Role, to: Label.Technology, owned: true },
  roleWorkedOn: { type: RelType.WORKED_ON, from: Label.Role, to: Label.Project, owned: true },
  personWorkedOn: { type: RelType.WORKED_ON, from: Label.Person, to: Label.Project, owned: true },
  skilledIn: { type: RelType.SKILLED_IN, from: Label.Person, to: Label.Technology, owned: true },
  studiedAt: { type: RelType.STUDIED_AT, from: Label.Person, to: Label.School, owned: true },
  partOf: { type: RelType.PART_OF, from: Label.Company, to: Label.Company, owned: false },
  projectUsed: { type: RelType.USED, from: Label.Project, to: Label.Technology, owned: false },
  uses: { type: RelType.USES, from: Label.Person, to: Label.Technology, owned: true },
} as const satisfies Record<string, { type: RelType; from: NodeLabel; to: NodeLabel; owned: boolean }>;

export type EdgeKind = keyof typeof EDGE_KINDS;

export const EDGE_KIND_NAMES = Object.keys(EDGE_KINDS) as EdgeKind[];

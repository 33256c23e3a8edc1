import { type EntityKind, entityKinds } from '../../src/graph/node-kind.js';

/** The node shapes the explorer draws; each has a program in node-shape-program.ts. */
export const nodeShapes = ['circle', 'ring', 'square', 'diamond', 'triangle', 'hexagon'] as const;
export type NodeShape = (typeof nodeShapes)[number];

export interface KindStyle {
  /** Legend text. */
  name: string;
  /** Okabe–Ito colours, told apart with the common colour-vision deficiencies; shapes back them up. */
  color: string;
  shape: NodeShape;
  /** Radius in pixels at zoom 1 before the degree bonus. Roles are joints, so small. */
  baseSize: number;
}

/** The kinds in the model's order (src/graph/node-kind.ts): the legend's and the `?kinds=` order. */
export const kindOrder = entityKinds;
export type ExplorerKind = EntityKind;

/**
 * Every kind has its own colour and its own shape, so either alone tells kinds apart (in grey
 * print, or with a colour-vision deficiency). Roles, the many small joints between a person and
 * a company, are hollow rings; people are filled discs.
 */
export const kindStyles: Readonly<Record<ExplorerKind, KindStyle>> = {
  PERSON: { name: 'Person', color: '#0072b2', shape: 'circle', baseSize: 8 },
  ROLE: { name: 'Role', color: '#8a96a3', shape: 'ring', baseSize: 3 },
  COMPANY: { name: 'Company', color: '#e69f00', shape: 'square', baseSize: 6.5 },
  TECHNOLOGY: { name: 'Technology', color: '#009e73', shape: 'diamond', baseSize: 5.5 },
  PROJECT: { name: 'Project', color: '#cc79a7', shape: 'triangle', baseSize: 6 },
  SCHOOL: { name: 'School', color: '#d55e00', shape: 'hexagon', baseSize: 6.5 },
};

/** A kind the explorer does not know (a newer API) still draws, as a grey circle. */
export const unknownKindStyle: KindStyle = { name: 'Other', color: '#6b7280', shape: 'circle', baseSize: 4 };

export function styleOfKind(kind: string): KindStyle {
  return (kindStyles as Record<string, KindStyle>)[kind] ?? unknownKindStyle;
}

/** Colour of everything that is not highlighted while something is. */
export const dimmedColor = '#e3e6ea';
export const pathEdgeColor = '#c0392b';
export const edgeColor = '#c5cbd3';
/** A path through a hidden kind, drawn as one edge: a hue of its own, thinner than relationships. */
export const hiddenPathColor = '#8fb8de';
export const litHiddenPathColor = '#3b7dbf';

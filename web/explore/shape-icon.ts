import type { KindStyle } from './kind-style.js';

const svgNamespace = 'http://www.w3.org/2000/svg';

const shapePaths: Readonly<Record<KindStyle['shape'], string>> = {
  circle: 'M7 1a6 6 0 1 0 0.001 0Z',
  ring: 'M7 1a6 6 0 1 0 0.001 0ZM7 4.6a2.4 2.4 0 1 1 -0.001 0Z',
  square: 'M1.6 1.6h10.8v10.8H1.6Z',
  diamond: 'M7 0.5 13.5 7 7 13.5 0.5 7Z',
  triangle: 'M7 1.2 13 12H1Z',
  hexagon: 'M3.8 1.5h6.4L13.4 7l-3.2 5.5H3.8L0.6 7Z',
};

/** A small SVG of the kind's shape in its colour, as drawn in the graph (legends, lists). */
export function shapeIcon(style: KindStyle, size = 14): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNamespace, 'path');
  path.setAttribute('d', shapePaths[style.shape]);
  path.setAttribute('fill', style.color);
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}

import { NodeCircleProgram, type NodeProgramType } from 'sigma/rendering';
import type { NodeShape } from './kind-style.js';

/**
 * Signed distance (negative inside) from point p to each shape of "radius" r, where r is the
 * radius sigma gives a circle of the same `size`; shapes are scaled to a similar area so no kind
 * looks heavier than another.
 */
const shapeDistance: Readonly<Record<NodeShape, string>> = {
  circle: 'return length(p) - r;',
  // A ring (hollow disc) whose hole is 40% of its width; picking sees the whole disc, so a ring
  // is as easy to click or hover as a disc of its size.
  ring: `
  #ifdef PICKING_MODE
  return length(p) - r;
  #else
  return abs(length(p) - 0.7 * r) - 0.3 * r;
  #endif`,
  square: 'return max(abs(p.x), abs(p.y)) - 0.9 * r;',
  diamond: 'return dot(abs(p), vec2(0.70711)) - 0.884 * r;',
  triangle: 'return max(-p.y, dot(vec2(abs(p.x), p.y), vec2(0.86603, 0.5))) - 0.7 * r;',
  hexagon: 'return max(abs(p.y), dot(abs(p), vec2(0.86603, 0.5))) - 0.98 * r;',
};

// Sigma's circle vertex shader with a triangle 1.5 times larger, so corners of the shapes fit.
const vertexShader = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 6.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  vec2 position = a_position + diffVector;
  gl_Position = vec4((u_matrix * vec3(position, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 3.0;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

function fragmentShader(shape: NodeShape): string {
  return /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

float shapeDistance(vec2 p, float r) {
  ${shapeDistance[shape]}
}

void main(void) {
  float border = u_correctionRatio * 2.0;
  float dist = shapeDistance(v_diffVector, v_radius) + border;
  #ifdef PICKING_MODE
  gl_FragColor = dist > border ? transparent : v_color;
  #else
  float t = 0.0;
  if (dist > border) t = 1.0;
  else if (dist > 0.0) t = dist / border;
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;
}

/**
 * A sigma node program drawing `shape`: sigma's own circle program (same buffers, uniforms and
 * picking) with the fragment shader cutting another shape out of the triangle it draws.
 */
export function createNodeShapeProgram(shape: NodeShape): NodeProgramType {
  const fragment = fragmentShader(shape);
  return class NodeShapeProgram extends NodeCircleProgram {
    override getDefinition() {
      return {
        ...super.getDefinition(),
        VERTEX_SHADER_SOURCE: vertexShader,
        FRAGMENT_SHADER_SOURCE: fragment,
      };
    }
  };
}

import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

/**
 * PNG of what is on screen: sigma's layers (WebGL edges and nodes, canvas labels and hovers)
 * composited in their stacking order over white. Sigma renders synchronously on `refresh()`, and
 * a WebGL canvas keeps its drawing buffer until control returns to the browser, so reading the
 * layers right after the refresh works without `preserveDrawingBuffer`.
 */
export function exportImage<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  background = '#ffffff',
): Promise<Blob> {
  renderer.refresh();
  const layers = [...renderer.getContainer().querySelectorAll('canvas')];
  const first = layers[0];
  if (!first) return Promise.reject(new Error('The graph has no canvas to export: is sigma mounted?'));
  const out = document.createElement('canvas');
  out.width = first.width;
  out.height = first.height;
  const context = out.getContext('2d');
  if (!context) return Promise.reject(new Error('The browser gave no 2D canvas context to compose the PNG.'));
  context.fillStyle = background;
  context.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) context.drawImage(layer, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) => {
    out.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error(`The browser could not encode the ${out.width}×${out.height} graph as PNG.`));
    }, 'image/png');
  });
}

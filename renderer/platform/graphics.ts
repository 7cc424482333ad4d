/**
 * Whether this computer draws with a real graphics card, and whether the analyst wants the chart
 * drawn with it (Cytoscape's WebGL renderer, experimental). Measured here: under software GL
 * (SwiftShader, llvmpipe) WebGL took seconds a frame and drew no nodes, so it is only offered
 * where a hardware renderer answers. The choice is a property of this computer, not of the vault.
 */
const KEY = 'linchpin.chartWebgl';
const SOFTWARE =
  /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|microsoft basic/i;

export interface GraphicsInfo {
  /** True when a WebGL context exists and its renderer is not a software one. */
  hardware: boolean;
  /** The renderer's own name where the browser tells it, for the settings screen. */
  renderer: string;
}

/** Classifies a WebGL renderer string; an empty one (no context) is no GPU. */
export function isHardwareRenderer(renderer: string): boolean {
  return renderer.trim().length > 0 && !SOFTWARE.test(renderer);
}

let cached: GraphicsInfo | undefined;

export function graphicsInfo(): GraphicsInfo {
  if (cached) return cached;
  let renderer = '';
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl) {
      const debug = gl.getExtension('WEBGL_debug_renderer_info');
      renderer = String(
        gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'WebGL',
      );
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    renderer = '';
  }
  cached = { hardware: isHardwareRenderer(renderer), renderer: renderer || 'none' };
  return cached;
}

/** The analyst's choice, honoured only where a hardware renderer exists. */
export function chartUsesWebgl(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on' && graphicsInfo().hardware;
  } catch {
    return false;
  }
}

export function setChartWebgl(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private window): the chart keeps the canvas renderer.
  }
}

// A quality trade, made only while the map moves: during a pan, zoom or fly-to the canvas is drawn at half the
// screen's pixel ratio and scaled up by the browser, so a moving map is visibly softer (cluster counts, thin lines);
// when the movement ends it is drawn again at full resolution, so the map at rest is exactly as sharp as before.
// Why: in software WebGL (SwiftShader, the only renderer on a machine without a GPU) a frame's cost follows the
// pixels shaded, and at full resolution a 1400×900 window with 100k events is not redrawn 30 times a second while
// panning. A GPU draws full resolution easily, so the trade is only made when the WebGL renderer is a software one.
import type * as maplibregl from 'maplibre-gl'

/** Share of the screen's pixel ratio used while moving: a half shades a quarter of the pixels. (2/3, 44% of the
 * pixels, was measured too: sharper in motion, but about 21 instead of 27 painted fps on the loaded machine.) */
export const MOVING_SCALE = 0.5

/** Whether WebGL is rasterised on the CPU (SwiftShader, llvmpipe and the like). */
export function isSoftwareRenderer(map: maplibregl.Map): boolean {
  const gl = map.painter.context.gl
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer)
}

interface MapInternals { _overridePixelRatio?: number | null; _resizeInternal?: (constrainTransform?: boolean) => void }

export function lowerResolutionWhileMoving(map: maplibregl.Map, scale = MOVING_SCALE): void {
  // Not map.setPixelRatio: its resize stops the map's handlers when no camera animation runs, which ends a drag.
  // The private resize only resizes; if MapLibre moves it, the map stays at full resolution throughout.
  const internals = map as unknown as MapInternals
  const resize = internals._resizeInternal
  if (typeof resize !== 'function' || !('_overridePixelRatio' in internals)) {
    console.warn('sitrep: MapLibre internals changed; the map moves at full resolution')
    return
  }
  // null hands the ratio back to the screen's.
  const setRatio = (ratio: number | null): void => {
    internals._overridePixelRatio = ratio
    resize.call(map)
    map.triggerRepaint()
  }
  let moving = false, lowered = false
  map.on('movestart', () => {
    moving = true
    // A jump (jumpTo, a resize) starts and ends in one task: two canvas resizes for nothing. Lower the resolution only
    // when the movement outlasts the task that started it, which every drag, zoom and animation does.
    queueMicrotask(() => {
      if (!moving || lowered) return
      lowered = true
      setRatio(devicePixelRatio * scale)
    })
  })
  map.on('moveend', () => {
    moving = false
    if (!lowered) return
    lowered = false
    setRatio(null)
  })
}

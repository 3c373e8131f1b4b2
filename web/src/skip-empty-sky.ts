// MapLibre draws its sky over every pixel on every frame, even when the style sets no sky: the default sky is
// fully transparent, so the pass changes no pixel (it writes depth 1.0, the value the depth buffer was just
// cleared to). A GPU does that for free; in software WebGL (SwiftShader, the only renderer on machines without
// a GPU) the sky's fragment shader was about 30 ms of each frame at 1000×780 — more than every layer together.
// The hook is private, so this is defensive: if MapLibre moves it, the map still works, only slower.
import type * as maplibregl from 'maplibre-gl'

type DrawFunction = (...args: unknown[]) => void
interface PainterInternals { painter?: { drawFunctions?: Record<string, DrawFunction> } }

/** Skips the sky pass while the style has no sky; a sky set later (map.setSky) is drawn as before. */
export function skipEmptySky(map: maplibregl.Map): void {
  const install = (): void => {
    const painter = (map as unknown as PainterInternals).painter
    const drawSky = painter?.drawFunctions?.['sky']
    if (!painter?.drawFunctions || typeof drawSky !== 'function') {
      console.warn('sitrep: MapLibre internals changed; the empty sky is drawn on every frame')
      return
    }
    // A copy: the table is shared by every MapLibre map in the page.
    painter.drawFunctions = { ...painter.drawFunctions, sky: (...args) => { if (map.getSky()) drawSky(...args) } }
  }
  install()
  // A restored WebGL context comes with a new painter.
  map.on('webglcontextrestored', install)
}

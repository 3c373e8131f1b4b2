// While the map is dragged MapLibre paints twice per pointer move: the render that applies the move schedules
// another one from inside itself (the handler's camera commit calls map._update()), and that second frame finds
// nothing changed — same camera, no style, source or tile change — yet redraws every layer. A GPU hides it; in
// software WebGL (SwiftShader) each paint is tens of milliseconds, so the repeat halves how fast the map follows
// the pointer. This skips a paint only when the camera and canvas size are those of the last paint and MapLibre
// has not been told of any change since (every style edit, setData, loaded tile, image or feature state goes
// through map._update) and no symbol placement is settling. The rest of the render still runs, so events such as "idle" fire as before.
// The hooks are private, so this is defensive: if MapLibre moves them, every frame is painted as before.
import type * as maplibregl from 'maplibre-gl'

type Render = (...args: unknown[]) => void
interface MapInternals { painter?: { render?: Render }; _update?: (...args: unknown[]) => unknown; _placementDirty?: boolean }

export function skipRepeatedFrames(map: maplibregl.Map): void {
  const internals = map as unknown as MapInternals
  const update = internals._update
  if (typeof update !== 'function') return warn()
  let updates = 0
  internals._update = function (this: unknown, ...args: unknown[]) { updates++; return update.apply(map, args) }

  const install = (): void => {
    const painter = internals.painter
    const render = painter?.render
    if (!painter || typeof render !== 'function') return warn()
    let painted: string | null = null
    painter.render = (...args: unknown[]) => {
      const c = map.getCenter(), canvas = map.getCanvas()
      const frame = `${updates} ${c.lng} ${c.lat} ${map.getZoom()} ${map.getBearing()} ${map.getPitch()} ${map.getRoll()} ${canvas.width}x${canvas.height}`
      // A symbol placement still settling is a change MapLibre makes without _update.
      if (frame === painted && !internals._placementDirty) return
      render.apply(painter, args)
      painted = frame
    }
  }
  install()
  // A restored WebGL context comes with a new painter, and must be painted.
  map.on('webglcontextrestored', install)
}

function warn(): void { console.warn('sitrep: MapLibre internals changed; repeated frames are painted again') }

// Zoom scales the root font-size: every size in the stylesheet is in rem/em, so text, controls
// and spacing grow together and the layout reflows instead of being magnified.
import { useCallback, useEffect, useState } from 'react'
import { readPref, writePref } from './prefs'

export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6, 1.8, 2] as const
const isZoom = (v: unknown): v is number => typeof v === 'number' && v >= 0.5 && v <= 3

export function nextZoom(current: number, step: 1 | -1): number {
  if (step > 0) return ZOOM_STEPS.find((z) => z > current + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 1e-6) ?? ZOOM_STEPS[0]
}

export interface Zoom {
  level: number
  zoomIn: () => void
  zoomOut: () => void
  reset: () => void
}

export function useZoom(): Zoom {
  const [level, setLevel] = useState<number>(() => readPref('zoom', isZoom) ?? 1)
  useEffect(() => {
    document.documentElement.style.fontSize = `${level * 100}%`
    writePref('zoom', level)
  }, [level])
  const zoomIn = useCallback(() => setLevel((l) => nextZoom(l, 1)), [])
  const zoomOut = useCallback(() => setLevel((l) => nextZoom(l, -1)), [])
  const reset = useCallback(() => setLevel(1), [])
  return { level, zoomIn, zoomOut, reset }
}

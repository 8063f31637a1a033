// The main window reopens where it was left, unless that place is no longer on any screen
// (a monitor unplugged, a resolution changed): then it comes back, whole, onto one that is.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect | null
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 860 }
export const MIN_SIZE = { width: 640, height: 480 }
/** How much of the window's title bar must be on a screen for the user to grab it. */
const MIN_VISIBLE = 80

function isFiniteRect(r: unknown): r is Rect {
  if (typeof r !== 'object' || r === null) return false
  const o = r as Record<string, unknown>
  return ['x', 'y', 'width', 'height'].every((k) => typeof o[k] === 'number' && Number.isFinite(o[k]))
}

/** Parses the saved file; anything unreadable means "no saved state", never an error. */
export function parseWindowState(text: string | null): WindowState {
  if (!text) return { bounds: null, maximized: false }
  try {
    const data = JSON.parse(text) as Record<string, unknown>
    return { bounds: isFiniteRect(data.bounds) ? data.bounds : null, maximized: data.maximized === true }
  } catch {
    return { bounds: null, maximized: false }
  }
}

export function loadWindowState(file: string): WindowState {
  let text: string | null = null
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    text = null
  }
  return parseWindowState(text)
}

export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  // Written aside then renamed, so a crash mid-write leaves the previous state, not half a file.
  const tmp = `${file}.tmp`
  writeFileSync(tmp, JSON.stringify(state))
  renameSync(tmp, file)
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))
  }
}

function centreOn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width)
  const h = Math.min(height, area.height)
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h
  }
}

/**
 * Where to open the window, given the saved bounds and the work areas of the displays now
 * connected (the first is the primary). Saved bounds are kept when their top strip is on a
 * display and the window fits the display it mostly covers; otherwise the window is centred
 * (and shrunk if need be) on that display, or on the primary when it covers none.
 */
export function placeWindow(saved: Rect | null, workAreas: Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE }
  if (!saved) return centreOn(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height)
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width))
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height))
  const bounds = { x: Math.round(saved.x), y: Math.round(saved.y), width, height }
  const titleBar = { ...bounds, height: Math.min(40, height) }
  const grabbable = workAreas.some((area) => {
    const o = overlap(titleBar, area)
    return o.width >= Math.min(MIN_VISIBLE, width) && o.height > 0
  })
  let best = primary
  let bestArea = 0
  for (const area of workAreas) {
    const o = overlap(bounds, area)
    if (o.width * o.height > bestArea) {
      best = area
      bestArea = o.width * o.height
    }
  }
  if (grabbable && width <= best.width && height <= best.height) return bounds
  return centreOn(best, width, height)
}

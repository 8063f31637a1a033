// The person's spelling preferences, one set for the window, remembered (settings/prefs):
// whether Arabic spelling is checked at all, and the house style "hamza on alef optional"
// (many papers print اصبحت، الى without the hamza; then a hamza left out is not flagged).
import { useSyncExternalStore } from 'react'
import { readPref, writePref } from '../../../settings/prefs'

const ENABLED = 'spelling.enabled'
const HAMZA_OPTIONAL = 'spelling.hamzaOptional'
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
let enabled = readPref(ENABLED, isBoolean) ?? true
let hamzaOptional = readPref(HAMZA_OPTIONAL, isBoolean) ?? false
const listeners = new Set<() => void>()

export function spellingEnabled(): boolean {
  return enabled
}

export function setSpellingEnabled(value: boolean): void {
  enabled = value
  writePref(ENABLED, value)
  for (const l of listeners) l()
}

export function hamzaOptionalStyle(): boolean {
  return hamzaOptional
}

export function setHamzaOptionalStyle(value: boolean): void {
  hamzaOptional = value
  writePref(HAMZA_OPTIONAL, value)
  for (const l of listeners) l()
}

export function subscribeSpellingPrefs(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useSpellingEnabled(): boolean {
  return useSyncExternalStore(subscribeSpellingPrefs, spellingEnabled)
}

export function useHamzaOptionalStyle(): boolean {
  return useSyncExternalStore(subscribeSpellingPrefs, hamzaOptionalStyle)
}

// Whether Arabic spelling is checked in the editor: one switch for the window, remembered.
import { useSyncExternalStore } from 'react'
import { readPref, writePref } from '../../../settings/prefs'

const NAME = 'spelling.enabled'
let enabled = readPref(NAME, (v): v is boolean => typeof v === 'boolean') ?? true
const listeners = new Set<() => void>()

export function spellingEnabled(): boolean {
  return enabled
}

export function setSpellingEnabled(value: boolean): void {
  enabled = value
  writePref(NAME, value)
  for (const l of listeners) l()
}

function subscribe(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useSpellingEnabled(): boolean {
  return useSyncExternalStore(subscribe, spellingEnabled)
}

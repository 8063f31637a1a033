// The person's spelling preferences, one set for the window, remembered (settings/prefs):
// whether Arabic spelling is checked at all, and the house style "hamza on alef optional"
// (many papers print اصبحت، الى without the hamza; then a hamza left out is not flagged).
import { useSyncExternalStore } from 'react'
import { PrefStore } from '../../../settings/prefStore'

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
const prefs = new PrefStore<{ enabled: boolean; hamzaOptional: boolean }>({
  enabled: { name: 'spelling.enabled', valid: isBoolean, fallback: true },
  hamzaOptional: { name: 'spelling.hamzaOptional', valid: isBoolean, fallback: false }
})

export const spellingEnabled = (): boolean => prefs.getSnapshot().enabled
export const setSpellingEnabled = (value: boolean): void => prefs.set('enabled', value)
export const hamzaOptionalStyle = (): boolean => prefs.getSnapshot().hamzaOptional
export const setHamzaOptionalStyle = (value: boolean): void => prefs.set('hamzaOptional', value)
export const subscribeSpellingPrefs = prefs.subscribe

export function useSpellingEnabled(): boolean {
  return useSyncExternalStore(prefs.subscribe, spellingEnabled)
}

export function useHamzaOptionalStyle(): boolean {
  return useSyncExternalStore(prefs.subscribe, hamzaOptionalStyle)
}

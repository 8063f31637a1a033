// A few remembered preferences read together (spelling, typography): one snapshot object that
// React and the editor's plugins follow, each field kept under its own name (settings/prefs).
import { ExternalStore } from '../lib/externalStore'
import { readPref, writePref } from './prefs'

export type PrefSpec<P> = { [K in keyof P]: { name: string; valid: (v: unknown) => v is P[K]; fallback: P[K] } }

function readAll<P extends object>(spec: PrefSpec<P>): P {
  const read = (key: keyof P): unknown => readPref(spec[key].name, spec[key].valid) ?? spec[key].fallback
  return Object.fromEntries(Object.keys(spec).map((key) => [key, read(key as keyof P)])) as P
}

export class PrefStore<P extends object> extends ExternalStore<P> {
  constructor(private readonly spec: PrefSpec<P>) {
    super(readAll(spec))
  }

  /** Remembers the value and tells every follower. */
  set<K extends keyof P>(key: K, value: P[K]): void {
    writePref(this.spec[key].name, value)
    this.setSnapshot({ ...this.snapshot, [key]: value })
  }
}

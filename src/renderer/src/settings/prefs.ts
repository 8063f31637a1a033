// Interface preferences live in localStorage: they belong to this window's person, not to
// the library, and must survive a restart. Storage can be unavailable (privacy modes,
// quota): a preference is then simply not remembered, never an error.
const PREFIX = 'amud.pref.'

export function readPref<T>(name: string, valid: (v: unknown) => v is T): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + name)
    if (raw === null) return undefined
    const value: unknown = JSON.parse(raw)
    return valid(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function writePref(name: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + name, JSON.stringify(value))
  } catch {
    // Not remembered this time; the choice still applies to this session.
  }
}

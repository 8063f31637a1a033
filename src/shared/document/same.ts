// Whether two serialized documents hold the same content. The library may hand a document back
// with its keys in another order than the editor wrote them (it passes through the API's
// schema), so the serialized text cannot be compared as it is: keys are compared as a set.
import type { SerializedDocument } from '../model/article'

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** True when the two documents are the same tree with the same values, whatever the key order. */
export function sameDocument(a: SerializedDocument, b: SerializedDocument): boolean {
  return a === b || canonical(a) === canonical(b)
}

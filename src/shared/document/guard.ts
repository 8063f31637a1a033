// A structural check for documents read back from storage or received from a transport.
import type { SerializedDocument } from '../model/article'

export function isSerializedDocument(value: unknown): value is SerializedDocument {
  if (typeof value !== 'object' || value === null) return false
  const root = (value as { root?: unknown }).root
  if (typeof root !== 'object' || root === null) return false
  const r = root as { type?: unknown; children?: unknown }
  return r.type === 'root' && Array.isArray(r.children)
}

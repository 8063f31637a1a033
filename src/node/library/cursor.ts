// Keyset paging cursors: the last row's sort key and id, base64url-encoded. Opaque to callers;
// checked on the way back in, so a cursor from another sort is refused rather than misread.
import type { ListSort } from '../../shared/api/library'
import { AmudError } from '../../shared/model/errors'

export interface CursorState {
  sort: ListSort
  order: 'asc' | 'desc'
  key: string | number
  id: string
}

export function encodeCursor(c: CursorState): string {
  return Buffer.from(JSON.stringify([c.sort, c.order, c.key, c.id]), 'utf8').toString('base64url')
}

function invalid(): AmudError {
  return new AmudError('invalid', 'This page of the list is no longer valid (the sort changed); start from the first page.')
}

export function decodeCursor(cursor: string, sort: ListSort, order: 'asc' | 'desc'): CursorState {
  let v: unknown
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalid()
  }
  if (!Array.isArray(v) || v.length !== 4) throw invalid()
  const [s, o, key, id] = v as unknown[]
  const keyOk = sort === 'words' ? typeof key === 'number' && Number.isFinite(key) : typeof key === 'string'
  if (s !== sort || o !== order || !keyOk || typeof id !== 'string') throw invalid()
  return { sort, order, key: key as string | number, id }
}

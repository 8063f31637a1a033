// The last line of defence for unsaved words: every pending change is also kept in
// localStorage until the library confirms it saved. A crash, a closed window or a host that
// stopped answering mid-save leaves the text here, and opening the article brings it back.
import type { ArticleChanges } from '../../../shared/model/article'

const PREFIX = 'amud.unsaved.'

export interface Stash {
  baseVersion: number
  changes: ArticleChanges
  at: string
}

export function readStash(articleId: string): Stash | null {
  try {
    const raw = localStorage.getItem(PREFIX + articleId)
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<Stash>
    if (typeof value.baseVersion !== 'number' || typeof value.changes !== 'object' || value.changes === null) return null
    return { baseVersion: value.baseVersion, changes: value.changes, at: String(value.at ?? '') }
  } catch {
    return null
  }
}

export function writeStash(articleId: string, stash: Stash): boolean {
  try {
    localStorage.setItem(PREFIX + articleId, JSON.stringify(stash))
    return true
  } catch {
    return false
  }
}

export function clearStash(articleId: string): void {
  try {
    localStorage.removeItem(PREFIX + articleId)
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}

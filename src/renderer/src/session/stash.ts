// The last line of defence for unsaved words: every pending change is also kept in the
// browser's storage until the library confirms it saved. A crash, a closed window or a host
// that stopped answering mid-save leaves the text here, and opening the article brings it back.
// Two places, for two moments:
//  - while the writer types, every few seconds in idle time, to IndexedDB: its write happens
//    off the page's thread (localStorage.setItem of a 36,000-word article blocks it for 30–80 ms);
//  - when the window is closing or a save has failed, to localStorage: synchronous, so it is
//    written before the page goes.
// Reading takes the newer of the two.
import type { ArticleChanges } from '../../../shared/model/article'

const PREFIX = 'amud.unsaved.'
const DB_NAME = 'amud-unsaved'
const STORE = 'stash'

export interface Stash {
  baseVersion: number
  changes: ArticleChanges
  at: string
}

function parse(raw: unknown): Stash | null {
  if (typeof raw !== 'string' || raw === '') return null
  try {
    const value = JSON.parse(raw) as Partial<Stash>
    if (typeof value.baseVersion !== 'number' || typeof value.changes !== 'object' || value.changes === null) return null
    return { baseVersion: value.baseVersion, changes: value.changes, at: String(value.at ?? '') }
  } catch {
    return null
  }
}

let database: Promise<IDBDatabase | null> | null = null

/** The stash database, or null where there is no IndexedDB (then localStorage does it all). */
function openDatabase(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null)
  database ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1)
      request.onupgradeneeded = () => request.result.createObjectStore(STORE)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => resolve(null)
      request.onblocked = () => resolve(null)
    } catch {
      resolve(null)
    }
  })
  return database
}

/**
 * Runs one request in its own transaction. Transactions on the store run in the order they are
 * created, and every caller creates its transaction in a callback on the same promise (the
 * database), in the order of the calls: a clear issued after a write always lands after it.
 */
function request<T>(db: IDBDatabase, mode: IDBTransactionMode, make: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve) => {
    try {
      const r = make(db.transaction(STORE, mode).objectStore(STORE))
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => resolve(undefined)
    } catch {
      resolve(undefined)
    }
  })
}

function readLocal(articleId: string): Stash | null {
  try {
    return parse(localStorage.getItem(PREFIX + articleId))
  } catch {
    return null
  }
}

export async function readStash(articleId: string): Promise<Stash | null> {
  const local = readLocal(articleId)
  const stored = parse(await openDatabase().then((db) => db && request(db, 'readonly', (s) => s.get(articleId) as IDBRequest<unknown>)))
  if (!local) return stored
  if (!stored) return local
  return stored.at > local.at ? stored : local
}

/** Synchronous: the window is closing or a save failed. */
export function writeStash(articleId: string, stash: Stash): boolean {
  try {
    localStorage.setItem(PREFIX + articleId, JSON.stringify(stash))
    return true
  } catch {
    return false
  }
}

/** While typing: written off the page's thread (localStorage where there is no IndexedDB). */
export function writeStashInBackground(articleId: string, stash: Stash): Promise<boolean> {
  const text = JSON.stringify(stash)
  return openDatabase().then(async (db) => {
    if (db) return (await request(db, 'readwrite', (s) => s.put(text, articleId))) !== undefined
    try {
      localStorage.setItem(PREFIX + articleId, text)
      return true
    } catch {
      return false
    }
  })
}

export function clearStash(articleId: string): void {
  try {
    localStorage.removeItem(PREFIX + articleId)
  } catch {
    // Nothing to clear if storage is unavailable.
  }
  void openDatabase().then((db) => db && request(db, 'readwrite', (s) => s.delete(articleId)))
}

// Authors' pictures as the library keeps them, turned into blob: URLs the window can show. The
// window never loads a picture from its address (the CSP forbids remote images): the host
// fetched it, and here it is asked for the kept bytes, once per author and address. When the
// host keeps a new picture it says so (the authorPictures event) and those authors are asked again.
import { useEffect, useState } from 'react'
import { amud } from '../api'

interface Entry {
  /** The blob: URL, null when the library keeps no picture for this address (yet). */
  src: Promise<string | null>
  objectUrl: string | null
}

const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
let unsubscribeHost: (() => void) | null = null

const keyOf = (authorId: number, url: string): string => `${authorId}\u0000${url}`

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

function load(authorId: number): Entry {
  const entry: Entry = { objectUrl: null, src: Promise.resolve(null) }
  entry.src = amud.authorPicture(authorId).then(
    (picture) => {
      if (!picture) return null
      entry.objectUrl = URL.createObjectURL(new Blob([decode(picture.base64)], { type: picture.type }))
      return entry.objectUrl
    },
    // Not shown this time (the host is gone, say): the initial stands in, and the next change asks again.
    () => null
  )
  return entry
}

function forget(authorIds: readonly number[]): void {
  for (const [key, entry] of entries) {
    if (!authorIds.some((id) => key.startsWith(`${id}\u0000`))) continue
    entries.delete(key)
    // An <img> still showing it keeps its decoded picture; the next render asks for the new one.
    if (entry.objectUrl) URL.revokeObjectURL(entry.objectUrl)
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  unsubscribeHost ??= amud.on('authorPictures', ({ authorIds }) => forget(authorIds))
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The kept picture of `authorId` for `url` as a blob: URL; null while there is none. */
export function useAuthorPicture(authorId: number | null, url: string | null): string | null {
  const [generation, setGeneration] = useState(0)
  // The picture remembers what it is of: another author, URL or a forgotten picture shows
  // nothing until its own picture is ready.
  const [shown, setShown] = useState<{ of: string; src: string | null }>({ of: '', src: null })
  const of = `${authorId}\n${url}\n${generation}`
  useEffect(() => subscribe(() => setGeneration((g) => g + 1)), [])
  useEffect(() => {
    if (authorId === null || !url) return
    const key = keyOf(authorId, url)
    let entry = entries.get(key)
    if (!entry) {
      entry = load(authorId)
      entries.set(key, entry)
    }
    let live = true
    const shownOf = `${authorId}\n${url}\n${generation}`
    void entry.src.then((s) => live && setShown({ of: shownOf, src: s }))
    return () => {
      live = false
    }
  }, [authorId, url, generation])
  return shown.of === of ? shown.src : null
}

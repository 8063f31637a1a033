// Authors' pictures as the library keeps them (see migration 004): what the window is shown,
// which addresses still want fetching, and what a fetch brought back. The fetching itself is
// src/node/pictures; the library only stores, and never reaches the network.
import type { AuthorPicture, PictureSettings, PictureType } from '../../shared/api/library'
import type { Ctx } from './context'

/** A failed fetch is tried again after this long (a server that was down, a laptop offline). */
export const RETRY_FAILED_AFTER_MS = 24 * 60 * 60 * 1000

const NEVER_FROM_NETWORK = 'pictures.neverFromNetwork'

/** One address to fetch and every author whose picture it is. */
export interface PictureWanted {
  url: string
  authorIds: number[]
}

export type PictureOutcome = { ok: true; type: PictureType; bytes: Uint8Array } | { ok: false; failure: string }

export function authorPicture(ctx: Ctx, authorId: number): AuthorPicture | null {
  const r = ctx
    .stmt<{ mime: PictureType; bytes: Buffer; fetched_at: string }>(
      `SELECT p.mime, p.bytes, p.fetched_at
         FROM author_pictures p JOIN authors a ON a.id = p.author_id
        WHERE p.author_id = ? AND p.bytes IS NOT NULL AND p.source_url = a.picture_url`
    )
    .get(authorId)
  return r ? { authorId, type: r.mime, base64: r.bytes.toString('base64'), fetchedAt: r.fetched_at } : null
}

export function pictureSettings(ctx: Ctx): PictureSettings {
  const r = ctx.stmt<{ value: string }>('SELECT value FROM library_preferences WHERE name = ?').get(NEVER_FROM_NETWORK)
  return { neverFromNetwork: r?.value === 'true' }
}

export function setPictureSettings(ctx: Ctx, settings: PictureSettings): PictureSettings {
  return ctx.write(() => {
    ctx
      .stmt('INSERT INTO library_preferences (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value')
      .run(NEVER_FROM_NETWORK, String(settings.neverFromNetwork))
    return pictureSettings(ctx)
  })
}

/**
 * Addresses with no picture kept for them yet: new authors, changed addresses, and failures
 * older than RETRY_FAILED_AFTER_MS. Nothing at all while the library says "never from the network".
 */
export function picturesToFetch(ctx: Ctx): PictureWanted[] {
  if (pictureSettings(ctx).neverFromNetwork) return []
  const retryBefore = new Date(ctx.clock().getTime() - RETRY_FAILED_AFTER_MS).toISOString()
  const rows = ctx
    .stmt<{ id: number; url: string }>(
      `SELECT a.id, a.picture_url AS url
         FROM authors a LEFT JOIN author_pictures p ON p.author_id = a.id
        WHERE a.picture_url IS NOT NULL
          AND (p.author_id IS NULL OR p.source_url <> a.picture_url OR (p.bytes IS NULL AND p.fetched_at < ?))
        ORDER BY a.id`
    )
    .all(retryBefore)
  const byUrl = new Map<string, number[]>()
  for (const r of rows) byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r.id])
  return [...byUrl].map(([url, authorIds]) => ({ url, authorIds }))
}

/**
 * Keeps what fetching `url` brought, for those of `authorIds` whose address is still `url`
 * (an author renamed to another picture, or merged away, meanwhile is left alone). Returns the
 * authors whose picture is now shown.
 */
export function recordPicture(ctx: Ctx, url: string, authorIds: readonly number[], outcome: PictureOutcome): number[] {
  return ctx.write(() => {
    const stored: number[] = []
    for (const id of authorIds) {
      const current = ctx.stmt<{ picture_url: string | null }>('SELECT picture_url FROM authors WHERE id = ?').get(id)
      if (current?.picture_url !== url) continue
      ctx
        .stmt(
          `INSERT INTO author_pictures (author_id, source_url, fetched_at, mime, bytes, failure) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (author_id) DO UPDATE SET source_url = excluded.source_url, fetched_at = excluded.fetched_at,
             mime = excluded.mime, bytes = excluded.bytes, failure = excluded.failure`
        )
        .run(id, url, ctx.now(), outcome.ok ? outcome.type : null, outcome.ok ? Buffer.from(outcome.bytes) : null, outcome.ok ? null : outcome.failure)
      if (outcome.ok) stored.push(id)
    }
    return stored
  })
}

/** Why the kept picture is missing, for the log and tests: null when there is one or no row. */
export function pictureFailure(ctx: Ctx, authorId: number): string | null {
  return ctx.stmt<{ failure: string | null }>('SELECT failure FROM author_pictures WHERE author_id = ?').get(authorId)?.failure ?? null
}

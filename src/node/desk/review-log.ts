// What a sync leaves for the person to review, written in the sync's own transactions (the
// sync engine calls these; see sync.ts): the desk text each article was last in step with
// (desk_bases: the base a later conflict is read against), both sides of each conflict, and
// every arrival of desk edits with the person's text just before it (what the editor changed).
import type { DeskContent } from '../../shared/desk/contract'
import { sameContent } from '../../shared/desk/merge'
import type { Library } from '../library/index'
import type { CommentsClient } from './comment-client'

/** The article is now in step with desk version `version`, whose text is `content`. */
export function rememberBase(library: Library, articlePk: number, version: number, content: DeskContent): void {
  library
    .statement(
      'INSERT INTO desk_bases (article_pk, desk_version, content) VALUES (?, ?, ?) ON CONFLICT (article_pk) DO UPDATE SET desk_version = excluded.desk_version, content = excluded.content'
    )
    .run(articlePk, version, JSON.stringify(content))
}

/** Completes the conflict just recorded for the article: the base it was merged from, and the desk's side. */
export function noteConflictSides(library: Library, articlePk: number, deskSide: DeskContent): void {
  const base = library.statement('SELECT content FROM desk_bases WHERE article_pk = ?').get(articlePk) as { content: string } | undefined
  library
    .statement('UPDATE desk_conflicts SET base_text = ?, desk_text = ? WHERE id = (SELECT max(id) FROM desk_conflicts WHERE article_pk = ?)')
    .run(base?.content ?? null, JSON.stringify(deskSide), articlePk)
}

/** Desk text replacing the person's: kept with the text before, for "what the editor changed". */
export function noteArrival(
  library: Library,
  articlePk: number,
  before: DeskContent,
  after: DeskContent,
  deskFrom: number,
  deskTo: number,
  now: string,
  /** Who made the versions it brought (everyone but this library's user), when known; else fillArrivalNames asks. */
  by?: readonly string[],
  at?: string
): void {
  if (sameContent(before, after)) return
  library
    .statement('INSERT INTO desk_arrivals (article_pk, desk_from, desk_to, before, after, by, at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(articlePk, deskFrom, deskTo, JSON.stringify(before), JSON.stringify(after), by === undefined ? null : JSON.stringify(by), at ?? null, now)
}

/**
 * Asks the desk who made the versions each new arrival brought (everyone but this library's
 * user), when the sync did not say. A desk that cannot answer leaves them unknown.
 */
export async function fillArrivalNames(library: Library, client: CommentsClient, me: string): Promise<void> {
  const open = library
    .statement('SELECT r.id, r.desk_from, r.desk_to, d.desk_id FROM desk_arrivals r JOIN desk_articles d ON d.article_pk = r.article_pk WHERE r.by IS NULL')
    .all() as { id: number; desk_from: number; desk_to: number; desk_id: string }[]
  for (const a of open) {
    let versions
    try {
      versions = (await client.versions(a.desk_id, a.desk_from)).versions.filter((v) => v.version <= a.desk_to)
    } catch {
      continue
    }
    const others = versions.filter((v) => v.by !== me)
    const names = [...new Set(others.map((v) => v.by))]
    const at = (others[others.length - 1] ?? versions[versions.length - 1])?.at ?? null
    library.statement('UPDATE desk_arrivals SET by = ?, at = coalesce(?, at) WHERE id = ?').run(JSON.stringify(names), at, a.id)
  }
}

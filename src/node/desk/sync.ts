// The sync engine: a library and its desk brought into step, offline first. Push: every linked
// article with local changes goes up with the desk version it started from and a change id made
// here and saved BEFORE sending, so a retry after a lost answer (a crash, a cut line) sends the
// same id and the desk applies it once. The desk merges (see src/shared/desk/merge.ts) and
// answers with the result, which replaces the local text unless the article changed again
// meanwhile. Pull: every article changed on the desk since the cursor comes down; one with no
// local changes takes the desk's text, one with local changes is left for the next push to
// merge. A conflict is recorded with the local side's text: nothing is discarded.
import { createHash, randomUUID } from 'node:crypto'
import { MAX_PUSH_CHANGES, type ConflictPlace, type DeskArticle, type DeskContent, type PushChange, type PushResult } from '../../shared/desk/contract'
import { sameContent } from '../../shared/desk/merge'
import { AmudError } from '../../shared/model/errors'
import type { Library } from '../library/index'
import { DeskClient } from './client'
import { CommentsClient } from './comment-client'
import { syncComments } from './comment-sync'
import { fillArrivalNames, noteArrival, noteConflictSides, rememberBase } from './review-log'
import { GroupBudget, nextTurn } from '../library/import-groups'
import { authorIdFor, documentOf, isDirty, linkedArticles, linkedByDeskId, readLink, toDeskContent, type DeskLink } from './local'

export interface SyncConflict {
  articleId: string
  title: string
  places: ConflictPlace[]
}

export interface SyncReport {
  desk: string
  sent: number
  received: number
  merged: number
  conflicts: SyncConflict[]
  /** Comments and replies (and their resolving) sent to the desk, and received from it. */
  commentsSent?: number
  commentsReceived?: number
  /** Articles changed locally while the sync ran: they go up with the next sync. */
  leftForNext: number
}

export function requireLink(library: Library): DeskLink {
  const link = readLink(library)
  if (!link) throw new AmudError('invalid', 'This library has not joined a desk; run `amud desk join URL --token TOKEN` first.')
  return link
}

export async function syncLibrary(library: Library, now: () => string = () => new Date().toISOString()): Promise<SyncReport> {
  const link = requireLink(library)
  const client = new DeskClient(link.url, link.token)
  const report: SyncReport = { desk: link.url, sent: 0, received: 0, merged: 0, conflicts: [], leftForNext: 0 }
  const left = new Set<number>()
  await pushAll(library, client, report, now, left)
  await pullAll(library, client, link.cursor, report, left, now, link.userName)
  // Comments, and who made the edits that arrived: review-log.ts and comment-sync.ts.
  const review = new CommentsClient(link.url, link.token)
  Object.assign(report, await syncComments(library, review))
  await fillArrivalNames(library, review, link.userName)
  // An article edited during the sync is counted once, whether its push answer or its pull saw it.
  report.leftForNext = left.size
  library.statement('UPDATE desk_link SET last_sync_at = ? WHERE one = 1').run(now())
  return report
}

interface Prepared {
  change: PushChange
  articlePk: number
  localVersion: number
}

async function pushAll(library: Library, client: DeskClient, report: SyncReport, now: () => string, left: Set<number>): Promise<void> {
  const dirty = linkedArticles(library).filter((a) => isDirty(a) && !a.deleted)
  for (let i = 0; i < dirty.length; i += MAX_PUSH_CHANGES) {
    const batch: Prepared[] = library.transaction(() =>
      dirty.slice(i, i + MAX_PUSH_CHANGES).map((a) => {
        const article = library.getArticle(a.articleId)
        const content = toDeskContent(article)
        const base = { changeId: '', articleId: a.deskId, baseVersion: a.baseVersion, content }
        let change: PushChange
        if (a.pendingChangeId === null) {
          change = { ...base, changeId: randomUUID() }
          library
            .statement('UPDATE desk_articles SET pending_change_id = ?, pending_version = ? WHERE article_pk = ?')
            .run(change.changeId, article.version, a.articlePk)
        } else if (a.pendingVersion === article.version) {
          // The same local version as an unanswered push: the same id, so the desk applies it once.
          change = { ...base, changeId: a.pendingChangeId }
        } else {
          // Edited since a push whose outcome this library does not know, or since one answered
          // while it was being edited: this text grew from that push's text, which the desk can
          // take as the base (baseChange) if it has it. The id is made from the pair, so a repeat
          // of this version is the same change; the pending push stays the reference.
          change = { ...base, changeId: derivedChangeId(a.pendingChangeId, article.version), baseChange: a.pendingChangeId }
        }
        return { change, articlePk: a.articlePk, localVersion: article.version }
      })
    )
    const { results } = await client.push(batch.map((b) => b.change))
    results.forEach((r, k) => {
      const b = batch[k]
      if (!b || b.change.changeId !== r.changeId) throw new AmudError('io', 'The desk answered a push out of order; nothing was applied locally, sync again.')
      applyPushed(library, b, r, report, now, left)
    })
  }
}

function applyPushed(library: Library, b: Prepared, r: PushResult, report: SyncReport, now: () => string, left: Set<number>): void {
  library.transaction(() => {
    const article = library.getArticle(idOf(library, b.articlePk))
    if (r.outcome !== 'unchanged') report.sent++
    if (r.outcome === 'merged') report.merged++
    if (r.conflicts.length > 0) {
      library
        .statement('INSERT INTO desk_conflicts (article_pk, desk_version, places, kept_text, desk_revision, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(b.articlePk, r.version, JSON.stringify(r.conflicts), JSON.stringify(b.change.content), r.conflictRevision, now())
      noteConflictSides(library, b.articlePk, r.content)
      report.conflicts.push({ articleId: article.id, title: article.title, places: r.conflicts })
    }
    if (article.version !== b.localVersion) {
      // Edited while the push was out: keep the edit, and push it next time as grown from this
      // push's text (the pending reference), so the desk merges it from there.
      library
        .statement('UPDATE desk_articles SET pending_change_id = ?, pending_version = ? WHERE article_pk = ?')
        .run(b.change.changeId, b.localVersion, b.articlePk)
      left.add(b.articlePk)
      return
    }
    noteArrival(library, b.articlePk, toDeskContent(article), r.content, b.change.baseVersion, r.version, now())
    const version = applyContent(library, article.id, r.content)
    library
      .statement('UPDATE desk_articles SET base_version = ?, synced_version = ?, pending_change_id = NULL, pending_version = NULL WHERE article_pk = ?')
      .run(r.version, version, b.articlePk)
    rememberBase(library, b.articlePk, r.version, r.content)
  })
}

/** The change id of local version `version` grown from pending push `from`: the same pair, the same id. */
export function derivedChangeId(from: string, version: number): string {
  return createHash('sha256').update(`${from}:${version}`).digest('base64url').slice(0, 32)
}

function pkOf(library: Library, id: string): number {
  return (library.statement('SELECT pk FROM articles WHERE id = ?').get(id) as { pk: number }).pk
}

function idOf(library: Library, pk: number): string {
  return (library.statement('SELECT id FROM articles WHERE pk = ?').get(pk) as { id: string }).id
}

/** Writes desk content over the local article (a new local revision) when it differs; returns the local version. */
function applyContent(library: Library, articleId: string, content: DeskContent): number {
  const article = library.getArticle(articleId)
  if (sameContent(toDeskContent(article), content)) return article.version
  const saved = library.saveArticle({
    id: articleId,
    baseVersion: article.version,
    reason: 'manual',
    changes: {
      title: content.title,
      authorId: authorIdFor(library, content.author),
      pullQuote: content.pullQuote,
      status: content.status,
      document: documentOf(content.blocks, article.document)
    }
  })
  return saved.version
}

async function pullAll(
  library: Library,
  client: DeskClient,
  cursor: number,
  report: SyncReport,
  left: Set<number>,
  now: () => string,
  me: string
): Promise<void> {
  let since = cursor
  for (;;) {
    const page = await client.pull(since)
    // The page's articles commit in groups bounded in time, as an import's files do
    // (import-groups.ts): one commit for many articles (an editor's sync brings hundreds), yet a
    // save in the app waits one group at most, with a turn of the event loop between groups. A
    // group rolled back is pulled again: the cursor moves with the page's last group, and an
    // article already applied is skipped by its base version.
    const budget = new GroupBudget()
    let next = 0
    for (;;) {
      library.transaction(() => {
        budget.begin()
        while (next < page.articles.length) {
          applyPulled(library, page.articles[next++]!, report, left, now, me)
          if (budget.add()) break
        }
        if (next >= page.articles.length) library.statement('UPDATE desk_link SET cursor = max(cursor, ?) WHERE one = 1').run(page.next)
      })
      if (next >= page.articles.length) break
      await nextTurn()
    }
    since = page.next
    if (!page.more) return
  }
}

function applyPulled(library: Library, a: DeskArticle, report: SyncReport, left: Set<number>, now: () => string, me: string): void {
  library.transaction(() => {
    const linked = linkedByDeskId(library, a.articleId)
    if (!linked) {
      createFromDesk(library, a)
      report.received++
      return
    }
    if (a.version <= linked.baseVersion) return
    if (isDirty(linked) || linked.deleted) {
      left.add(linked.articlePk)
      return
    }
    // One version arrived: the pull says who made it and when. More than one: fillArrivalNames
    // asks the desk after the pull (a request an arrival, which an editor's sync of hundreds of
    // articles would otherwise make for each).
    const one = a.version === linked.baseVersion + 1
    const by = one ? (a.updatedBy === me ? [] : [a.updatedBy]) : undefined
    const before = toDeskContent(library.getArticle(linked.articleId))
    noteArrival(library, linked.articlePk, before, a.content, linked.baseVersion, a.version, now(), by, one ? a.updatedAt : undefined)
    const version = applyContent(library, linked.articleId, a.content)
    library.statement('UPDATE desk_articles SET base_version = ?, synced_version = ? WHERE article_pk = ?').run(a.version, version, linked.articlePk)
    rememberBase(library, linked.articlePk, a.version, a.content)
    report.received++
  })
}

/** A desk article this library does not hold, made a linked local article; returns its local id. */
export function createFromDesk(library: Library, a: DeskArticle): string {
  return library.transaction(() => {
    const created = library.createArticle({
      title: a.content.title,
      authorId: authorIdFor(library, a.content.author),
      pullQuote: a.content.pullQuote,
      status: a.content.status,
      document: documentOf(a.content.blocks)
    })
    library
      .statement('INSERT INTO desk_articles (article_pk, desk_id, base_version, synced_version) VALUES ((SELECT pk FROM articles WHERE id = ?), ?, ?, ?)')
      .run(created.id, a.articleId, a.version, created.version)
    rememberBase(library, pkOf(library, created.id), a.version, a.content)
    return created.id
  })
}

/** Puts a local article on the desk: linked now, pushed by the next sync (which `send` runs). */
export function markSent(library: Library, articleId: string, to: string | null): void {
  requireLink(library)
  library.transaction(() => {
    const article = library.getArticle(articleId)
    library
      .statement(
        `INSERT INTO desk_articles (article_pk, desk_id, base_version, synced_version, sent_to) VALUES ((SELECT pk FROM articles WHERE id = ?), ?, 0, NULL, ?)
                ON CONFLICT (article_pk) DO UPDATE SET sent_to = coalesce(excluded.sent_to, sent_to)`
      )
      .run(article.id, article.id, to)
  })
}

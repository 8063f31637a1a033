// The host process's side of the desk (the browser host and Electron's main both run one):
// the DeskService the window calls, and the background sync (sync-loop.ts) that keeps the
// library and its desk in step while the person types. State changes go out through onState.
// Messages a person can meet come in both interface languages.
import type { DeskArticleInfo, DeskEditor, DeskList, DeskListFilters, DeskPresence, DeskService, DeskStatus } from '../../shared/api/desk'
import type { DeskArticle } from '../../shared/desk/contract'
import { AmudError } from '../../shared/model/errors'
import type { Library } from '../library/index'
import { DeskClient } from './client'
import { isDirty, linkedArticles, linkedByArticleId, linkedByDeskId, readLink, writeLink, type DeskLink } from './local'
import { SyncLoop, type SyncLoopOptions } from './sync-loop'
import { createFromDesk, markSent, syncLibrary } from './sync'
import { msg } from '../../shared/messages/catalog'

export interface DeskAgentOptions extends SyncLoopOptions {
  onState?: (status: DeskStatus) => void
  log?: (line: string) => void
}

const notLinked = (): AmudError => AmudError.saying('invalid', msg('desk.not-linked'))

/** A desk failure as a person reads it, in both languages. */
export function deskProblem(err: unknown, url: string): AmudError {
  const e = err instanceof AmudError ? err : null
  const status = typeof e?.details?.status === 'number' ? e.details.status : null
  if (status === 401) {
    return AmudError.saying('invalid', msg('desk.token-refused'))
  }
  if (status === null && e?.code === 'io') {
    return AmudError.saying('io', msg('desk.unreachable', { url }))
  }
  const why = err instanceof Error ? err.message : String(err)
  return AmudError.saying(e?.code ?? 'internal', msg('desk.refused', { why: msg('plain.text', { text: why }) }))
}

export class DeskAgent implements DeskService {
  private readonly loop: SyncLoop
  private syncing = false
  private offline: DeskStatus['error'] = null
  private changed: string[] = []
  private revision = 0
  private lastSent = ''
  private readonly known = new Map<string, DeskArticle>()
  private closed = false

  constructor(
    private readonly library: Library,
    private readonly options: DeskAgentOptions = {}
  ) {
    this.loop = new SyncLoop(() => this.syncOnce(), options)
    if (readLink(library)) this.loop.start()
  }

  /** The library changed (a save): sync soon, off the request path. */
  poke(): void {
    this.loop.poke()
    this.emit()
  }

  close(): void {
    this.closed = true
    this.loop.stop()
  }

  async deskStatus(): Promise<DeskStatus> {
    return this.status()
  }

  async deskConnect(url: string, token: string): Promise<DeskStatus> {
    const clean = url.trim().replace(/\/+$/, '')
    let me
    try {
      me = await new DeskClient(clean, token.trim()).whoami()
    } catch (err) {
      throw deskProblem(err, clean)
    }
    writeLink(this.library, { url: clean, token: token.trim(), userName: me.name, role: me.role }, new Date().toISOString())
    this.offline = null
    this.loop.stop()
    this.loop.start()
    await this.loop.now()
    return this.status()
  }

  async deskDisconnect(): Promise<DeskStatus> {
    this.loop.stop()
    this.library.transaction(() => this.library.statement('DELETE FROM desk_link').run())
    this.offline = null
    this.emit()
    return this.status()
  }

  async deskSyncNow(): Promise<DeskStatus> {
    this.link()
    await this.loop.now()
    return this.status()
  }

  async deskSend(articleId: string, editor?: string | null, note?: string | null): Promise<DeskArticleInfo> {
    const link = this.link()
    markSent(this.library, articleId, editor ?? null)
    await this.loop.now()
    const linked = linkedByArticleId(this.library, articleId)
    if (!linked || linked.baseVersion === 0) {
      throw AmudError.saying('io', msg('desk.unreachable-send', { url: link.url }))
    }
    try {
      this.known.set(linked.deskId, await this.client(link).send(linked.deskId, editor ?? null, note?.trim() ? note.trim() : null))
    } catch (err) {
      throw deskProblem(err, link.url)
    }
    this.emit()
    return this.info(articleId)!
  }

  async deskEditors(): Promise<DeskEditor[]> {
    const link = this.link()
    try {
      return (await this.client(link).editors()).editors
    } catch (err) {
      throw deskProblem(err, link.url)
    }
  }

  async deskList(filters: DeskListFilters = {}): Promise<DeskList> {
    const link = this.link()
    let found
    try {
      found = await this.client(link).list({
        status: filters.status,
        owner: filters.owner,
        assigned: filters.assignedTo,
        q: filters.query?.trim() || undefined,
        limit: filters.limit
      })
    } catch (err) {
      throw deskProblem(err, link.url)
    }
    return {
      total: found.total,
      totalIsAtLeast: found.totalIsAtLeast,
      items: found.items.map((i) => ({
        deskId: i.articleId,
        title: i.title,
        owner: i.owner,
        assignedTo: i.assignedTo,
        status: i.status,
        statusBy: i.statusBy,
        updatedAt: i.updatedAt,
        version: i.version,
        localId: linkedByDeskId(this.library, i.articleId)?.articleId ?? null,
        snippet: i.snippet
      }))
    }
  }

  async deskOpen(deskId: string): Promise<string> {
    const link = this.link()
    const here = linkedByDeskId(this.library, deskId)
    if (here) return here.articleId
    let a: DeskArticle
    try {
      a = await this.client(link).article(deskId)
    } catch (err) {
      throw deskProblem(err, link.url)
    }
    // A sync may have brought it in meanwhile.
    const id = linkedByDeskId(this.library, deskId)?.articleId ?? createFromDesk(this.library, a)
    this.known.set(deskId, a)
    this.changed = [id]
    this.revision++
    this.emit()
    return id
  }

  async deskArticle(articleId: string): Promise<DeskArticleInfo | null> {
    const link = readLink(this.library)
    const linked = linkedByArticleId(this.library, articleId)
    if (!link || !linked) return null
    if (!this.offline && linked.baseVersion > 0) {
      try {
        this.known.set(linked.deskId, await this.client(link).article(linked.deskId))
      } catch {
        // Offline or refused: what was last known.
      }
    }
    return this.info(articleId)
  }

  async deskPresence(articleId: string | null): Promise<DeskPresence> {
    const link = readLink(this.library)
    if (!link || this.offline) return { others: [] }
    const linked = articleId === null ? null : linkedByArticleId(this.library, articleId)
    const deskId = linked && linked.baseVersion > 0 ? linked.deskId : null
    try {
      return { others: (await this.client(link).presence(deskId)).others }
    } catch {
      return { others: [] }
    }
  }

  // ——— internals ———

  private link(): DeskLink {
    const link = readLink(this.library)
    if (!link) throw notLinked()
    return link
  }

  private client(link: DeskLink): DeskClient {
    return new DeskClient(link.url, link.token)
  }

  private info(articleId: string): DeskArticleInfo | null {
    const linked = linkedByArticleId(this.library, articleId)
    if (!linked) return null
    const k = this.known.get(linked.deskId)
    return {
      deskId: linked.deskId,
      owner: k?.owner ?? null,
      assignedTo: k?.assignedTo ?? linked.sentTo,
      note: k?.note ?? null,
      status: k?.content.status ?? null,
      statusBy: k?.statusBy ?? null,
      waiting: isDirty(linked) && !linked.deleted,
      notYetSent: linked.baseVersion === 0
    }
  }

  private versions(): Map<string, number> {
    return new Map(linkedArticles(this.library).map((a) => [a.articleId, a.localVersion]))
  }

  private async syncOnce(): Promise<boolean> {
    if (this.closed || !readLink(this.library)) return true
    const before = this.versions()
    this.syncing = true
    this.emit()
    try {
      await syncLibrary(this.library)
      this.offline = null
      return true
    } catch (err) {
      const link = readLink(this.library)
      const p = deskProblem(err, link?.url ?? '')
      this.offline = { message: p.message, ...(p.said ? { said: p.said } : {}) }
      return false
    } finally {
      this.syncing = false
      if (!this.closed) {
        const after = this.versions()
        const changed = [...after].filter(([id, v]) => before.get(id) !== v).map(([id]) => id)
        if (changed.length > 0) {
          this.changed = changed
          this.revision++
        }
        this.emit()
      }
    }
  }

  private status(): DeskStatus {
    const link = readLink(this.library)
    if (!link) {
      return {
        state: 'unlinked',
        url: null,
        user: null,
        role: null,
        waiting: 0,
        conflicts: 0,
        lastSyncAt: null,
        error: null,
        changed: [],
        revision: this.revision
      }
    }
    const waiting = linkedArticles(this.library).filter((a) => isDirty(a) && !a.deleted).length
    const conflicts = (this.library.statement('SELECT count(*) AS n FROM desk_conflicts').get() as { n: number }).n
    const state = this.syncing ? 'syncing' : this.offline ? 'offline' : conflicts > 0 ? 'conflict' : 'connected'
    return {
      state,
      url: link.url,
      user: link.userName,
      role: link.role,
      waiting,
      conflicts,
      lastSyncAt: link.lastSyncAt,
      error: this.offline,
      changed: this.changed,
      revision: this.revision
    }
  }

  private emit(): void {
    if (this.closed || !this.options.onState) return
    let s: DeskStatus
    try {
      s = this.status()
    } catch (err) {
      this.options.log?.(`amud desk: state unreadable: ${(err as Error).message}`)
      return
    }
    // lastSyncAt moves every few seconds; the window hears only what it shows.
    const key = JSON.stringify({ ...s, lastSyncAt: null })
    if (key === this.lastSent) return
    this.lastSent = key
    this.options.onState(s)
  }
}

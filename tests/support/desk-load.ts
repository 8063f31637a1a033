// Many libraries syncing with one desk at once, for the load test (tests/unit/desk/load.test.ts)
// and the load benchmark (bench/suites/desk-load.ts). Each client is a real SQLite library
// joined with its own token; columnists write their articles and, round after round, append a
// marker word to one of their paragraphs 0-3, while editors append theirs to paragraph 4 of the
// articles given them: different paragraphs, so every concurrent change must merge, never
// conflict. Every marker whose sync came back is an acknowledged edit; after the final syncs the
// check looks for each one on the desk and in every library holding the article.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DeskClient } from '../../src/node/desk/client'
import { documentOf, linkedArticles, writeLink } from '../../src/node/desk/local'
import { markSent, syncLibrary, type SyncReport } from '../../src/node/desk/sync'
import { openLibrary, type Library } from '../../src/node/library/index'
import { documentFromParagraphs, paragraphsFromDocument } from '../../src/shared/document/index'
import type { DeskArticle } from '../../src/shared/desk/contract'

export interface LoadOptions {
  /** The desk's URL. */
  url: string
  /** Makes a user on the desk and returns its token. */
  addUser(name: string, role: 'columnist' | 'editor'): Promise<string>
  columnists: number
  editors: number
  articles: number
  rounds: number
  /** Articles each columnist edits each round (all of them by default). */
  editsPerRound?: number
  /**
   * Each client starts each editing round's sync at a moment drawn in [0, spreadMs) (0: all at
   * once, the worst case): people do not all press sync in the same millisecond.
   */
  spreadMs?: number
  /** Where the libraries go (default: the system's temporary folder). */
  folder?: string
  /** Called after each round with its sync times. */
  onRound?(round: number, ms: number[]): void
}

export interface LoadResult {
  /** Each client's sync time in each editing round (round 0, the first send and pull, excluded). */
  roundMs: number[]
  /** The first round: columnists send, editors pull every article. */
  firstRoundMs: number[]
  errors: string[]
  conflicts: number
  acknowledged: number
  /** Descriptions of acknowledged markers missing somewhere, or texts that differ (empty: none lost). */
  lost: string[]
  syncs: number
}

interface Client {
  name: string
  role: 'columnist' | 'editor'
  token: string
  lib: Library
  /** Local article ids of this client's own articles (columnists) */
  own: string[]
  /** Markers this client wrote whose sync was answered: deskId → markers. */
  acked: Map<string, string[]>
  /** Markers written since the last answered sync. */
  pending: Map<string, string[]>
}

const PARAGRAPHS = ['المقدمة في سطر قصير', 'الفقرة الثانية من العمود', 'الفقرة الثالثة وفيها رأي', 'الفقرة الرابعة قبل الخاتمة', 'خاتمة المحرر']

function append(lib: Library, id: string, index: number, word: string): void {
  const a = lib.getArticle(id)
  const ps = paragraphsFromDocument(a.document)
  ps[index] = `${ps[index]} ${word}`
  lib.saveArticle({ id, baseVersion: a.version, changes: { document: documentFromParagraphs(ps) } })
}

function deskIdOf(lib: Library, localId: string): string {
  return (lib.statement('SELECT d.desk_id FROM desk_articles d JOIN articles a ON a.pk = d.article_pk WHERE a.id = ?').get(localId) as { desk_id: string })
    .desk_id
}

function localIdOf(lib: Library, deskId: string): string | null {
  const r = lib.statement('SELECT a.id FROM desk_articles d JOIN articles a ON a.pk = d.article_pk WHERE d.desk_id = ?').get(deskId) as
    { id: string } | undefined
  return r?.id ?? null
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const dir = mkdtempSync(join(o.folder ?? tmpdir(), 'amud-desk-load-'))
  const tag = `${process.pid}x${Date.now().toString(36)}`
  const clients: Client[] = []
  const result: LoadResult = { roundMs: [], firstRoundMs: [], errors: [], conflicts: 0, acknowledged: 0, lost: [], syncs: 0 }
  try {
    const roles: ('columnist' | 'editor')[] = [...Array<'columnist'>(o.columnists).fill('columnist'), ...Array<'editor'>(o.editors).fill('editor')]
    for (const [i, role] of roles.entries()) {
      const name = `load${tag}${role[0]}${i}`
      const token = await o.addUser(name, role)
      const lib = openLibrary(join(dir, `${name}.sqlite`))
      const me = await new DeskClient(o.url, token).whoami()
      writeLink(lib, { url: o.url, token, userName: me.name, role: me.role }, new Date().toISOString())
      clients.push({ name, role, token, lib, own: [], acked: new Map(), pending: new Map() })
    }
    const columnists = clients.filter((c) => c.role === 'columnist')
    const editors = clients.filter((c) => c.role === 'editor')
    for (const c of columnists) {
      for (let k = 0; k < o.articles; k++) {
        const id = c.lib.createArticle({ title: `عمود ${c.name} رقم ${k}`, document: documentFromParagraphs(PARAGRAPHS) }).id
        markSent(c.lib, id, null)
        c.own.push(id)
      }
    }

    const sync = async (c: Client): Promise<number> => {
      const t0 = performance.now()
      let report: SyncReport
      try {
        report = await syncLibrary(c.lib)
      } catch (err) {
        result.errors.push(`${c.name}: ${err instanceof Error ? err.message : String(err)}`)
        return NaN
      }
      const ms = performance.now() - t0
      result.syncs++
      result.conflicts += report.conflicts.length
      // Answered: what was written before this sync began is acknowledged, unless the sync left
      // it for the next one (edited while it ran: nothing edits during these syncs).
      for (const [deskId, words] of c.pending) c.acked.set(deskId, [...(c.acked.get(deskId) ?? []), ...words])
      c.pending.clear()
      return ms
    }
    const syncAll = async (list: Client[]): Promise<number[]> => (await Promise.all(list.map(sync))).filter((x) => !Number.isNaN(x))
    // A fixed sequence of start moments (a linear congruential generator), the same every run.
    let seed = 12345
    const draw = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * (o.spreadMs ?? 0)
    const spreadSync = async (c: Client): Promise<number> => {
      const wait = draw()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      return sync(c)
    }

    // Round 0: columnists send everything, then editors receive it.
    result.firstRoundMs.push(...(await syncAll(columnists)))
    result.firstRoundMs.push(...(await syncAll(editors)))

    const perRound = Math.min(o.editsPerRound ?? o.articles, o.articles)
    for (let round = 1; round <= o.rounds; round++) {
      for (const c of columnists) {
        for (let j = 0; j < perRound; j++) {
          const k = (round * perRound + j) % o.articles
          const id = c.own[k]!
          const word = `م${c.name}ر${round}ق${k}`
          append(c.lib, id, (round + k) % 4, word)
          const deskId = deskIdOf(c.lib, id)
          c.pending.set(deskId, [...(c.pending.get(deskId) ?? []), word])
        }
      }
      // Editor e edits the articles of columnists e, e + editors, …: two editors never share one.
      editors.forEach((e, ei) => {
        columnists.forEach((c, ci) => {
          if (ci % editors.length !== ei) return
          const k = round % o.articles
          const deskId = deskIdOf(c.lib, c.own[k]!)
          const id = localIdOf(e.lib, deskId)
          if (id === null) return
          const word = `م${e.name}ر${round}`
          append(e.lib, id, 4, word)
          e.pending.set(deskId, [...(e.pending.get(deskId) ?? []), word])
        })
      })
      const ms = (await Promise.all(clients.map(spreadSync))).filter((x) => !Number.isNaN(x))
      result.roundMs.push(...ms)
      o.onRound?.(round, ms)
    }

    // Converge: everyone syncs twice (an editor's merge reaches the columnist on the second).
    await syncAll(clients)
    await syncAll(clients)

    // Every acknowledged marker on the desk (read as an editor sees it) and in each library.
    const desk = new Map<string, DeskArticle>()
    const reader = new DeskClient(o.url, editors[0]?.token ?? columnists[0]!.token)
    for (let since = 0; ;) {
      const page = await reader.pull(since)
      for (const a of page.articles) desk.set(a.articleId, a)
      since = page.next
      if (!page.more) break
    }
    const deskText = (id: string): string | null => {
      const a = desk.get(id)
      return a ? paragraphsFromDocument(documentOf(a.content.blocks)).join('\n') : null
    }
    for (const c of clients) {
      for (const [deskId, words] of c.acked) {
        result.acknowledged += words.length
        const onDesk = deskText(deskId)
        for (const w of words) if (!onDesk?.includes(w)) result.lost.push(`${w} (by ${c.name}) is not on the desk`)
      }
    }
    for (const c of clients) {
      for (const a of linkedArticles(c.lib)) {
        const local = paragraphsFromDocument(c.lib.getArticle(a.articleId).document).join('\n')
        const onDesk = deskText(a.deskId)
        if (onDesk !== null && local !== onDesk) result.lost.push(`${c.name}'s copy of ${a.deskId} differs from the desk's`)
      }
    }
    return result
  } finally {
    for (const c of clients) c.lib.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

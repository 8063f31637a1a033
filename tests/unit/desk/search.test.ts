// Desk search end to end, on the embedded PostgreSQL and on a real server when one is
// reachable: articles synced from real libraries, searched over HTTP and with `amud desk
// search`, with the local library's normalization, clitic folding and query syntax, and only
// within what the asking user may see.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeskClient } from '../../../src/node/desk/client'
import { migrateDesk } from '../../../src/node/desk/migrate'
import { DESK_MIGRATIONS } from '../../../src/node/desk/migrations/index'
import { DESK_SEARCH_COUNT_CAP, searchDesk, toTsQuery } from '../../../src/node/desk/search'
import { parseQuery } from '../../../src/node/library/search-query'
import { ensureSearchIndex, searchFingerprint, searchParams, searchVectorSql, STEM_MARK } from '../../../src/node/desk/search-index'
import { addUser, type DeskUser } from '../../../src/node/desk/users'
import { stemTokens } from '../../../src/shared/arabic/stem-index'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import type { DeskSearchResponse } from '../../../src/shared/desk/contract'
import { amud } from '../../support/cli'
import { embeddedBackend, postgresUnavailable, serverBackend, type DeskBackend } from '../../support/desk'
import { content, localOf, startTestDesk, write, type TestDesk } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

const ids = (r: DeskSearchResponse): string[] => r.hits.map((h) => h.articleId)
const marked = (text: string, ranges: [number, number][]): string[] => ranges.map(([s, e]) => text.slice(s, e))

function searchSuite(backend: DeskBackend): void {
  let desk: TestDesk
  let alice: { name: string; token: string }
  let bob: { name: string; token: string }
  let editor: { name: string; token: string }
  let aliceArticle: string
  let bobArticle: string
  let editorLibrary: string

  beforeAll(async () => {
    desk = await startTestDesk(backend)
    alice = await desk.user('columnist')
    bob = await desk.user('columnist')
    editor = await desk.user('editor')
    const a = await desk.library(alice.token)
    aliceArticle = write(a.lib, ['لا حلول للأزمة في الأفق.', 'وقال الوزير إن الحكومة ستعمل على خطة جديدة.'], 'عمود الأربعاء')
    markSent(a.lib, aliceArticle, null)
    await syncLibrary(a.lib)
    a.lib.close()
    const b = await desk.library(bob.token)
    bobArticle = write(b.lib, ['الأزمة باقية ما بقي البرلمان صامتا.'], 'رأي')
    markSent(b.lib, bobArticle, null)
    await syncLibrary(b.lib)
    b.lib.close()
    const e = await desk.library(editor.token)
    await syncLibrary(e.lib)
    editorLibrary = e.path
    e.lib.close()
  }, 180_000)
  afterAll(async () => desk?.close(), 60_000)

  const as = (token: string): DeskClient => new DeskClient(desk.running.url, token)

  it('finds every form of a word in any spelling, newest change first, with highlights', async () => {
    const r = await as(editor.token).search('الأزمة')
    // Bob wrote الأزمة itself; Alice only للأزمة: both found, Bob's (sent last) first.
    expect(ids(r)).toEqual([bobArticle, aliceArticle])
    expect(r.total).toBe(2)
    expect(r.totalIsAtLeast).toBe(false)
    expect(r.hits.map((h) => h.score)).toEqual([0, 0])
    expect(r.terms).toEqual(['الازمه'])
    const aliceHit = r.hits[1]!
    expect(marked(aliceHit.snippet.text, aliceHit.snippet.highlights)).toEqual(['للأزمة'])
    // Without hamza: the same articles.
    expect(ids(await as(editor.token).search('الازمة'))).toEqual([bobArticle, aliceArticle])
    // A title match is highlighted in the title.
    const byTitle = await as(editor.token).search('الاربعاء')
    expect(ids(byTitle)).toEqual([aliceArticle])
    expect(marked(byTitle.hits[0]!.title, byTitle.hits[0]!.titleHighlights)).toEqual(['الأربعاء'])
  })

  it('lists matches newest change first, not by how well they match', async () => {
    // Alice's article changes (sent to the desk at large again: a new change number); it now
    // comes before Bob's, though Bob's holds the exact form and the title «رأي» is not searched.
    await as(alice.token).send(aliceArticle, null, 'again')
    expect(ids(await as(editor.token).search('الأزمة'))).toEqual([aliceArticle, bobArticle])
    const { rows } = await desk.db.query<{ id: string }>(`SELECT id FROM desk_articles WHERE id = ANY($1) ORDER BY seq DESC`, [[aliceArticle, bobArticle]])
    expect(rows.map((r) => r.id)).toEqual([aliceArticle, bobArticle])
    // The desk view's searched list keeps the view's order (latest change first) too.
    const listed = await as(editor.token).list({ q: 'الأزمة' })
    expect(listed.items.map((i) => i.articleId).sort()).toEqual([aliceArticle, bobArticle].sort())
    expect(listed.totalIsAtLeast).toBe(false)
    await as(bob.token).send(bobArticle, null, 'again')
    expect(ids(await as(editor.token).search('الأزمة'))).toEqual([bobArticle, aliceArticle])
  })

  it('keeps stem keys apart from forms: a phrase finds only what was written', async () => {
    const s = (q: string): Promise<string[]> => as(editor.token).search(q).then(ids)
    // Alice wrote only «وقال» and «للأزمة»: their stem keys «قال» and «أزمة» are indexed as the
    // marked lexemes "~قال" and "~ازمة". Unmarked, the key «قال» would be the very lexeme of
    // the form «قال», and the exact word (quoted: no clitic folding) would find her article.
    const { rows } = await desk.db.query<{ w: string[] }>(`SELECT tsvector_to_array(search_terms) AS w FROM desk_search WHERE id = $1`, [aliceArticle])
    expect(rows[0]!.w).toEqual(expect.arrayContaining([`${STEM_MARK}قال`, `${STEM_MARK}ازمة`, 'وقال', 'للازمه']))
    expect(rows[0]!.w).not.toContain('قال')
    expect(await s('"قال"')).toEqual([])
    expect(await s('"قا*"')).toEqual([])
    expect(await s('قال')).toEqual([aliceArticle])
    expect(await s('"أزمة"')).toEqual([])
    // Typing the mark does not reach the stem keys: the tokenizer drops it, as any punctuation.
    expect(await s(`"${STEM_MARK}قال"`)).toEqual([])
    expect(await s(`${STEM_MARK}قال`)).toEqual([aliceArticle])
    expect((await s('أزمة')).sort()).toEqual([aliceArticle, bobArticle].sort())
    // No form the index holds can start with the mark, whatever the text.
    const [title, people, body, stems] = searchParams(content([`${STEM_MARK}أزمة ~~للحكومة x${STEM_MARK}y للأزمة`]))
    for (const w of `${title} ${people} ${body}`.split(' ').filter(Boolean)) expect(w.startsWith(STEM_MARK)).toBe(false)
    expect(stems.split(' ').every((k) => k.startsWith(STEM_MARK) && !k.slice(1).includes(STEM_MARK))).toBe(true)
    const made = await desk.db.query<{ w: string[] }>(`SELECT tsvector_to_array(${searchVectorSql(1)}) AS w`, [title, people, body, stems])
    expect(made.rows[0]!.w.filter((w) => w.startsWith(STEM_MARK)).sort()).toEqual(stems.split(' ').sort())
  })

  it('counts matches up to a cap, then says the total is a lower bound', async () => {
    const me = {
      id: Number((await desk.db.query<{ id: string }>('SELECT id FROM desk_users WHERE name = $1', [editor.name])).rows[0]!.id),
      name: editor.name,
      role: 'editor' as const
    }
    // Two articles match; a page of one counts them, up to the cap.
    expect(await searchDesk(desk.db, me, 'الأزمة', 1)).toMatchObject({ total: 2, totalIsAtLeast: false })
    expect(await searchDesk(desk.db, me, 'الأزمة', 1, 2)).toMatchObject({ total: 2, totalIsAtLeast: false })
    const capped = await searchDesk(desk.db, me, 'الأزمة', 1, 1)
    expect(capped).toMatchObject({ total: 1, totalIsAtLeast: true })
    expect(capped.hits).toHaveLength(1)
    expect(await searchDesk(desk.db, me, 'الأزمة', 20, 1)).toMatchObject({ total: 1, totalIsAtLeast: true })
    // Every query, a word's or a phrase's, is counted to 1,000.
    expect(DESK_SEARCH_COUNT_CAP).toBe(1_000)
  })

  it('finds the same page whichever plan it takes: the change order walked or the index sorted', async () => {
    const userOf = async (name: string, role: 'editor' | 'columnist'): Promise<DeskUser> => ({
      id: Number((await desk.db.query<{ id: string }>('SELECT id FROM desk_users WHERE name = $1', [name])).rows[0]!.id),
      name,
      role
    })
    for (const user of [await userOf(editor.name, 'editor'), await userOf(alice.name, 'columnist')]) {
      for (const q of ['الأزمة', 'ازمه', '"حلول للأزمة"', 'الحكو*', 'الأزمة -باقية', 'البرلمان OR الوزير', 'كلمةغائبة']) {
        for (const limit of [1, 20]) {
          // A cap of 0: every match is past it, so the page comes from the walk.
          const walked = await searchDesk(desk.db, user, q, limit, 0)
          const sorted = await searchDesk(desk.db, user, q, limit)
          expect({ q, limit, hits: walked.hits }).toEqual({ q, limit, hits: sorted.hits })
        }
      }
    }
  })

  it('takes the local query syntax: phrases, exclusions, OR and prefixes', async () => {
    const s = (q: string): Promise<string[]> => as(editor.token).search(q).then(ids)
    expect(await s('"حلول للأزمة"')).toEqual([aliceArticle])
    // Inside quotes no clitic is folded.
    expect(await s('"حلول الأزمة"')).toEqual([])
    expect(await s('الأزمة -باقية')).toEqual([aliceArticle])
    expect(await s('الأزمة -"البرلمان صامتا"')).toEqual([aliceArticle])
    expect((await s('البرلمان OR الوزير')).sort()).toEqual([aliceArticle, bobArticle].sort())
    expect(await s('البرلمان الوزير')).toEqual([])
    expect(await s('الحكوم*')).toEqual([aliceArticle])
    // Nothing typed is syntax to PostgreSQL: quotes, backslashes and tsquery operators are words or nothing.
    for (const q of ["'", '\\', "a':* & !b", '<-> | (', '-', 'OR']) {
      const r = await as(editor.token).search(q)
      expect(r.hits).toEqual([])
    }
  })

  it('finds what the local search finds in a library holding the same articles', async () => {
    const { openLibrary } = await import('../../../src/node/library/index')
    const lib = openLibrary(editorLibrary)
    try {
      const deskIdOf = (localId: string): string =>
        (
          lib.database.prepare('SELECT d.desk_id FROM desk_articles d JOIN articles a ON a.pk = d.article_pk WHERE a.id = ?').get(localId) as {
            desk_id: string
          }
        ).desk_id
      for (const q of [
        'الأزمة',
        'الازمه',
        'ازمته',
        'للازمة',
        'الحكومة',
        'حكومة',
        'الحكو*',
        '"خطة جديدة"',
        'الوزير OR البرلمان',
        'الأزمة -الوزير',
        'عمود',
        'رأي',
        '"أزمة"',
        '"قال"',
        'قال',
        'أزم*'
      ]) {
        const local = lib.search({ query: q, limit: 50 }).hits.map((h) => deskIdOf(h.article.id))
        const onDesk = await as(editor.token).search(q, 50)
        expect({ q, ids: ids(onDesk).sort() }).toEqual({ q, ids: local.sort() })
        expect(onDesk.terms).toEqual(lib.search({ query: q }).terms)
      }
    } finally {
      lib.close()
    }
  })

  it('shows a columnist only their own articles', async () => {
    expect(ids(await as(alice.token).search('الأزمة'))).toEqual([aliceArticle])
    expect(ids(await as(bob.token).search('الأزمة'))).toEqual([bobArticle])
    expect((await as(bob.token).search('الوزير')).total).toBe(0)
  })

  it('follows an edit: `amud update` and a sync change what the desk finds', async () => {
    const library = editorLibrary
    const file = join(dirname(library), 'rewritten.txt')
    writeFileSync(
      file,
      `[author image="" alt="" class="avatar photo" height="60" width="60"]المحرر[/author]\n” ”\n${'\u0640'.repeat(25)}\nالأزمة باقية ما بقي المجلس صامتا.`
    )
    const { openLibrary } = await import('../../../src/node/library/index')
    let lib = openLibrary(library)
    const local = localOf(lib, bobArticle)
    lib.close()
    const updated = await amud(['update', local, file, '--library', library])
    expect(updated.out).toMatch(/^updated /)
    lib = openLibrary(library)
    expect((await syncLibrary(lib)).sent).toBe(1)
    lib.close()
    expect(ids(await as(editor.token).search('البرلمان'))).toEqual([])
    expect(ids(await as(editor.token).search('المجلس'))).toEqual([bobArticle])
    // The author's name is searchable too.
    expect(ids(await as(editor.token).search('المحرر'))).toEqual([bobArticle])

    const cli = await amud(['desk', 'search', 'المجلس', '--library', library])
    expect(cli.code).toBe(0)
    expect(cli.out.split('\n')[0]).toMatch(new RegExp(`^${bobArticle}\\tdraft\\t${bob.name}\\tرأي$`))
    expect(cli.out).toContain('[المجلس]')
    expect(cli.out.trimEnd().split('\n').at(-1)).toBe('1 desk article matches')
    const json = JSON.parse((await amud(['desk', 'search', 'المجلس', '--json', '--library', library])).out) as DeskSearchResponse
    expect(ids(json)).toEqual([bobArticle])
    const none = await amud(['desk', 'search', 'كلمةغائبة', '--library', library])
    expect(none.err).toBe('no desk article matches\n')
  })

  it('refuses a search without a query or a token, with a clear JSON error', async () => {
    const noQuery = await fetch(new URL('/v1/search', desk.running.url), { headers: { authorization: `Bearer ${editor.token}` } })
    expect(noQuery.status).toBe(400)
    expect(((await noQuery.json()) as { error: { message: string } }).error.message).toMatch(/A search needs \?q=QUERY/)
    const noToken = await fetch(new URL('/v1/search?q=x', desk.running.url))
    expect(noToken.status).toBe(401)
  })

  it("indexes words exactly as the local library splits them, whatever the database's text-search parser would do", async () => {
    // Arabic-Indic and Persian digits, tatweel, Latin with accents, letters and digits together.
    const [, , body] = searchParams(content(['الازمه ٣٤ Café abc123 ۱۲ x٣ ﷺ الـــعرب']))
    const { rows } = await desk.db.query<{ w: string[] }>(`SELECT tsvector_to_array(to_tsvector('simple', $1)) AS w`, [body])
    expect([...rows[0]!.w].sort()).toEqual([...new Set(body.split(' '))].sort())
  })

  it('indexes every article again when the normalization or stemmer changes', async () => {
    await desk.db.query(`DELETE FROM desk_search WHERE id = $1`, [aliceArticle])
    expect(ids(await as(editor.token).search('الوزير'))).toEqual([])
    // As if an older Amud had indexed the desk: the next start re-indexes.
    await desk.db.query(`UPDATE desk_search_index SET fingerprint = 'older'`)
    expect(await ensureSearchIndex(desk.db)).toBeGreaterThanOrEqual(2)
    expect(ids(await as(editor.token).search('الوزير'))).toEqual([aliceArticle])
    expect(await ensureSearchIndex(desk.db)).toBe(0)
  })

  it('re-indexes a desk indexed the weighted way (before migration 006) and finds the clitic forms', async () => {
    const old = await backend.open(DESK_MIGRATIONS.slice(0, 5))
    try {
      const { db } = old
      const { user } = await addUser(db, 'weighted-era', 'editor')
      // An article as a desk of schema 5 stored it: the weighted vector, stem keys unmarked.
      const c = content(['لا حلول للأزمة في الأفق.', 'وقال إن لحكومتنا خطة.'])
      const [title, people, body] = searchParams(c)
      await db.query(
        `INSERT INTO desk_articles (id, owner_id, version, seq, title, author, pull_quote, status, status_by, status_at, blocks, created_at, updated_at, updated_by, search)
         VALUES ('old-1', $1, 1, nextval('desk_change_seq'), $2, $3, $4, 'draft', $1, now(), $5::jsonb, now(), now(), $1,
           setweight(to_tsvector('simple', $6), 'A') || setweight(to_tsvector('simple', $7), 'B') || setweight(to_tsvector('simple', $8), 'C')
           || setweight(to_tsvector('simple', $9), 'D'))`,
        [user.id, c.title, c.author, c.pullQuote, JSON.stringify(c.blocks), title, people, body, stemTokens(`${c.title}\n${people}\n${body}`)]
      )
      await db.query(`UPDATE desk_search_index SET fingerprint = 'weighted-era'`)
      expect(await migrateDesk(db)).toBe(DESK_MIGRATIONS.length)
      const cols = await db.query<{ c: string }>(
        `SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'desk_articles' AND column_name LIKE 'search%'`
      )
      expect(cols.rows.map((r) => r.c)).toEqual([])
      const narrow = await db.query<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'desk_search' ORDER BY c`)
      expect(narrow.rows.map((r) => r.c)).toEqual(['id', 'owner_id', 'search_terms', 'seq'])
      const fp = await db.query<{ f: string }>('SELECT fingerprint AS f FROM desk_search_index')
      expect(fp.rows[0]!.f).toBe(searchFingerprint())
      for (const q of ['أزمة', 'الأزمة', 'حكومة', 'حكومتنا', '"حلول للأزمة"'])
        expect({ q, ids: (await searchDesk(db, user, q, 20)).hits.map((h) => h.articleId) }).toEqual({ q, ids: ['old-1'] })
      expect((await searchDesk(db, user, '"أزمة"', 20)).hits).toEqual([])
    } finally {
      await old.dispose()
    }
  })

  it('keeps the same results across migration 007 (the narrow search table), without indexing again', async () => {
    const old = await backend.open(DESK_MIGRATIONS.slice(0, 6))
    try {
      const { db } = old
      const { user: ed } = await addUser(db, 'v6-editor', 'editor')
      const { user: col } = await addUser(db, 'v6-columnist', 'columnist')
      // Articles as a desk of schema 6 stored them: the vector on desk_articles.
      const texts: [string, string[], number][] = [
        ['v6-a', ['لا حلول للأزمة في الأفق.', 'وقال الوزير إن الحكومة ستعمل على خطة جديدة.'], col.id],
        ['v6-b', ['الأزمة باقية ما بقي البرلمان صامتا.'], ed.id],
        ['v6-c', ['حلول الأزمة عند الحكومة.'], col.id],
        ['v6-d', ['لا شيء هنا.'], col.id]
      ]
      for (const [id, ps, owner] of texts) {
        const c = content(ps)
        await db.query(
          `INSERT INTO desk_articles (id, owner_id, version, seq, title, author, pull_quote, status, status_by, status_at, blocks, created_at, updated_at, updated_by, search_terms)
           VALUES ($1, $2, 1, nextval('desk_change_seq'), $3, $4, $5, 'draft', $2, now(), $6::jsonb, now(), now(), $2, ${searchVectorSql(7)})`,
          [id, owner, c.title, c.author, c.pullQuote, JSON.stringify(c.blocks), ...searchParams(c)]
        )
      }
      await db.query(`UPDATE desk_search_index SET fingerprint = $1`, [searchFingerprint()])
      const indexedAt = (await db.query<{ at: unknown }>('SELECT indexed_at AS at FROM desk_search_index')).rows[0]!.at
      const queries = ['الأزمة', 'أزمة', 'حكومة', '"حلول للأزمة"', 'حلول -الوزير', 'الأزمة OR شيء', 'حلو*', 'غائبة']
      const users = [ed, col]
      // Before: what schema 6's column matched, within what each may see, newest change first.
      const before: unknown[] = []
      for (const u of users)
        for (const q of queries) {
          const { rows } = await db.query<{ id: string }>(
            `SELECT id FROM desk_articles WHERE search_terms @@ $1::tsquery AND ($2 OR owner_id = $3) ORDER BY seq DESC`,
            [toTsQuery(parseQuery(q)), u.role !== 'columnist', u.id]
          )
          before.push({ u: u.name, q, ids: rows.map((r) => r.id) })
        }
      expect(before[0]).toEqual({ u: ed.name, q: 'الأزمة', ids: ['v6-c', 'v6-b', 'v6-a'] })
      expect(before[queries.length]).toEqual({ u: col.name, q: 'الأزمة', ids: ['v6-c', 'v6-a'] })
      expect(await migrateDesk(db)).toBe(DESK_MIGRATIONS.length)
      const after: unknown[] = []
      for (const u of users)
        for (const q of queries) {
          const r = await searchDesk(db, u, q, 20)
          expect(r.total).toBe(r.hits.length)
          // Past the count cap (0), the page comes from the walk in change order: the same page.
          expect((await searchDesk(db, u, q, 20, 0)).hits).toEqual(r.hits)
          after.push({ u: u.name, q, ids: ids(r) })
        }
      expect(after).toEqual(before)
      // The vectors were copied, not made again: the fingerprint stays, and no re-index ran (it would set indexed_at).
      const fp = await db.query<{ f: string; at: unknown }>('SELECT fingerprint AS f, indexed_at AS at FROM desk_search_index')
      expect(fp.rows[0]).toEqual({ f: searchFingerprint(), at: indexedAt })
      const rows = await db.query<{ id: string; seq: string; owner_id: string }>('SELECT id, seq, owner_id FROM desk_search ORDER BY id')
      const arts = await db.query<{ id: string; seq: string; owner_id: string }>('SELECT id, seq, owner_id FROM desk_articles ORDER BY id')
      expect(rows.rows).toEqual(arts.rows)
      // The vectors are kept out of line, so the table's rows stay narrow.
      const storage = await db.query<{ s: string; o: string[] | null }>(
        `SELECT a.attstorage AS s, c.reloptions AS o FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          WHERE c.relname = 'desk_search' AND a.attname = 'search_terms'`
      )
      expect(storage.rows[0]).toEqual({ s: 'e', o: ['toast_tuple_target=128'] })
    } finally {
      await old.dispose()
    }
  })
}

describe('desk search on the embedded PostgreSQL (PGlite)', () => searchSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('desk search on a PostgreSQL server', () => searchSuite(serverBackend))

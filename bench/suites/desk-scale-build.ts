// The scale benchmark's desk: N articles (1,000,000 by default) made from the corpus, kept in a
// PostgreSQL database named for N (amud_bench_desk_N) and reused by later runs; it is built
// again when the desk schema, the search fingerprint or this build's format differ.
//
// The build goes straight into the desk schema, server-side. Each corpus article is indexed
// once in TypeScript by the desk's own code (searchParams) and its tsvector made by the desk's
// own SQL (searchVectorSql), kept in a staging table; copy c of article n is
// article `bench-{c·B+n}`, its title followed by the number c (copy 0: as in the corpus), so
// copies are distinct. Its tsvector is the title's (with c) concatenated with the base's
// author, pull quote, body and stem parts: tsvector concatenation is associative, so this is
// exactly what the desk computes for that text; the build checks it against searchParams +
// searchVectorSql on sample copies, the longest article among them, and refuses to go on if
// one differs. Each article gets its version-1 revision; the push log is not replicated. The
// lexeme counts (migration 008) are made once at the end from the vectors, as the migration
// makes them; the trigger that keeps them is off during the copies (it would otherwise count
// some 500 lexemes an article, row by row).
import { performance } from 'node:perf_hooks'
import type { DeskDb } from '../../src/node/desk/db'
import { openDeskDb } from '../../src/node/desk/db'
import { deskSchemaVersion, migrateDesk, DESK_SCHEMA_VERSION } from '../../src/node/desk/migrate'
import { RECOUNT_LEXEMES } from '../../src/node/desk/migrations/008-lexeme-counts'
import { searchFingerprint, searchParams, searchVectorSql } from '../../src/node/desk/search-index'
import { makeToken } from '../../src/node/desk/tokens'
import { addUser } from '../../src/node/desk/users'
import { documentFromParagraphs } from '../../src/shared/document/index'
import type { DeskContent } from '../../src/shared/desk/contract'
import { corpusToTagged, loadCorpus } from '../../tests/support/corpus'
import { asPostgres, createServerDatabase, serverDatabaseUrl } from '../../tests/support/desk'

/** Bump when the build below makes a different desk (2: the unweighted search_terms of migration 006; 3: desk_search, migration 007). */
const BUILD_FORMAT = 3
/** Each columnist owns about this many articles; columnist 0 is the one whose library pulls. */
const PER_COLUMNIST = 1000

export interface ScaleDesk {
  db: DeskDb
  url: string
  name: string
  editorToken: string
  columnistToken: string
  /** How it came: "reused (built …)" or "built now in … s". */
  how: string
}

interface BaseRow {
  title: string
  author: string
  pullQuote: string
  blocks: string
  titleWords: string
  people: string
  body: string
  stems: string
  content: DeskContent
}

const exists = (name: string): boolean => asPostgres(`SELECT 1 FROM pg_database WHERE datname = '${name}'`).trim() === '1'

async function reusable(db: DeskDb, articles: number): Promise<{ editor: string; columnist: string; builtAt: string; ms: number } | string> {
  const version = await deskSchemaVersion(db)
  if (version !== DESK_SCHEMA_VERSION) return `its desk schema is version ${version}, this Amud's is ${DESK_SCHEMA_VERSION}`
  const t = await db.query<{ t: string | null }>(`SELECT to_regclass('amud_bench_build')::text AS t`)
  if (t.rows[0]?.t == null) return 'its build did not finish'
  const { rows } = await db.query<{
    articles: number
    format: number
    fingerprint: string
    editor_token: string
    columnist_token: string
    built_at: Date
    build_ms: number
  }>('SELECT articles, format, fingerprint, editor_token, columnist_token, built_at, build_ms FROM amud_bench_build')
  const b = rows[0]
  if (!b) return 'its build did not finish'
  if (b.articles !== articles || b.format !== BUILD_FORMAT) return 'it was built another way'
  if (b.fingerprint !== searchFingerprint()) return 'its search index was made with other normalization rules'
  return { editor: b.editor_token, columnist: b.columnist_token, builtAt: new Date(b.built_at).toISOString(), ms: b.build_ms }
}

/** The desk of `articles` articles: reused when it is there and current, else built (minutes). */
export async function scaleDesk(articles: number, log: (line: string) => void): Promise<ScaleDesk> {
  const name = `amud_bench_desk_${articles}`
  const url = serverDatabaseUrl(name)
  if (exists(name)) {
    const db = await openDeskDb({ database: url })
    const ok = await reusable(db, articles)
    if (typeof ok !== 'string') {
      await migrateDesk(db)
      return {
        db,
        url,
        name,
        editorToken: ok.editor,
        columnistToken: ok.columnist,
        how: `reused PostgreSQL database ${name} (built ${ok.builtAt} in ${Math.round(ok.ms / 1000)} s)`
      }
    }
    const resume = ok === 'its build did not finish' && (await resumable(db))
    if (!resume) {
      await db.close()
      log(`the cached desk ${name} is rebuilt: ${ok}`)
      asPostgres(`DROP DATABASE ${name} WITH (FORCE)`)
    } else {
      log(`the cached desk ${name} did not finish building (PostgreSQL restarted?): its build goes on`)
      return finish(db, await build(db, articles, log, true), performance.now(), articles, url, name)
    }
  }
  const t0 = performance.now()
  createServerDatabase(name)
  const db = await openDeskDb({ database: url })
  return finish(
    db,
    await build(db, articles, log, false).catch(async (err: unknown) => {
      await db.close()
      throw err
    }),
    t0,
    articles,
    url,
    name
  )
}

/** True when an unfinished build of this schema left its staging table: it can go on. */
async function resumable(db: DeskDb): Promise<boolean> {
  if ((await deskSchemaVersion(db)) !== DESK_SCHEMA_VERSION) return false
  const t = await db.query<{ t: string | null }>(`SELECT to_regclass('amud_bench_base')::text AS t`)
  return t.rows[0]?.t != null
}

async function finish(db: DeskDb, tokens: { editor: string; columnist: string }, t0: number, articles: number, url: string, name: string): Promise<ScaleDesk> {
  try {
    const ms = Math.round(performance.now() - t0)
    await db.query(
      `CREATE TABLE amud_bench_build AS SELECT $1::int AS articles, $2::int AS format, $3::text AS fingerprint, $4::text AS editor_token,
         $5::text AS columnist_token, now() AS built_at, $6::int AS build_ms`,
      [articles, BUILD_FORMAT, searchFingerprint(), tokens.editor, tokens.columnist, ms]
    )
    return {
      db,
      url,
      name,
      editorToken: tokens.editor,
      columnistToken: tokens.columnist,
      how: `built now in PostgreSQL database ${name} (${Math.round(ms / 1000)} s; kept for the next run)`
    }
  } catch (err) {
    await db.close()
    throw err
  }
}

const LOST = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET'])
const lostConnection = (err: unknown): boolean =>
  LOST.has((err as { code?: string }).code ?? '') || /Connection terminated|terminating connection/.test(err instanceof Error ? err.message : '')

/** Runs `step` again after PostgreSQL comes back when the connection was lost (a restart). */
async function retried<T>(db: DeskDb, log: (line: string) => void, step: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step()
    } catch (err) {
      if (!lostConnection(err) || attempt >= 5) throw err
      log(`scale build: the connection to PostgreSQL was lost (${err instanceof Error ? err.message : String(err)}); waiting for it`)
      const end = Date.now() + 120_000
      for (;;) {
        const up = await db.query('SELECT 1').then(
          () => true,
          () => false
        )
        if (up) break
        if (Date.now() > end) throw err
        await new Promise((r) => setTimeout(r, 1000))
      }
    }
  }
}

/** New tokens for the two users the benchmark signs in as (an unfinished build's were not kept). */
export async function reissue(db: DeskDb): Promise<{ editor: string; columnist: string }> {
  const out: string[] = []
  for (const name of ['bench-editor', 'bench-columnist-0']) {
    const t = await makeToken()
    await db.query('UPDATE desk_users SET token_id = $2, token_salt = $3, token_hash = $4 WHERE name = $1', [name, t.tokenId, t.salt, t.hash])
    out.push(t.token)
  }
  return { editor: out[0]!, columnist: out[1]! }
}

async function build(db: DeskDb, articles: number, log: (line: string) => void, resume: boolean): Promise<{ editor: string; columnist: string }> {
  const columnists = Math.max(1, Math.round(articles / PER_COLUMNIST))
  let tokens: { editor: string; columnist: string }
  if (resume) tokens = await reissue(db)
  else {
    await migrateDesk(db)
    tokens = { editor: (await addUser(db, 'bench-editor', 'editor')).token, columnist: (await addUser(db, 'bench-columnist-0', 'columnist')).token }
    // The other columnists never sign in: a token hash that matches nothing.
    await db.query(
      `INSERT INTO desk_users (name, role, token_id, token_salt, token_hash)
       SELECT 'bench-columnist-' || i, 'columnist', 'benchnologin' || i, 'none', 'none' FROM generate_series(1, $1::int - 1) i`,
      [columnists]
    )
  }
  await db.query('ALTER TABLE desk_search DISABLE TRIGGER desk_search_lexemes')
  const owners = (
    await db.query<{ id: string }>(`SELECT id FROM desk_users WHERE name LIKE 'bench-columnist-%' ORDER BY substring(name FROM 17)::int`)
  ).rows.map((r) => Number(r.id))

  const tc = performance.now()
  const corpus = (await loadCorpus()).map((a) => {
    const t = corpusToTagged(a)
    return { title: a.title.replace(/\s+/g, ' ').trim() || 'بلا عنوان', author: t.authorName ?? '', pullQuote: t.pullQuote ?? '', paragraphs: t.paragraphs }
  })
  const bases: BaseRow[] = corpus.map((a) => {
    const content: DeskContent = {
      title: a.title,
      author: a.author,
      pullQuote: a.pullQuote,
      status: 'published',
      blocks: documentFromParagraphs(a.paragraphs).root.children
    }
    const [titleWords, people, body, stems] = searchParams(content)
    return { title: a.title, author: a.author, pullQuote: a.pullQuote, blocks: JSON.stringify(content.blocks), titleWords, people, body, stems, content }
  })
  log(`scale build: ${bases.length} corpus articles indexed by the desk's code in ${((performance.now() - tc) / 1000).toFixed(1)} s`)

  const rest = searchVectorSql(1)
    .replace(/to_tsvector\('simple', \$1\) \|\|/, '')
    .replace(/\$(\d)/g, (_m, n: string) => ['', '', 'u.people', 'u.body', 'u.stems'][Number(n)]!)
  if (rest.includes('$') || !rest.includes('u.people')) throw new Error(`the desk's search SQL changed shape; update the scale build (${rest})`)
  if (!resume)
    await db.query(`CREATE TABLE amud_bench_base (n INT PRIMARY KEY, title TEXT, author TEXT, pull_quote TEXT, blocks JSONB, title_words TEXT, rest TSVECTOR)`)
  for (let i = resume ? bases.length : 0; i < bases.length; i += 500) {
    const slice = bases.slice(i, i + 500)
    await db.query(
      `INSERT INTO amud_bench_base SELECT u.n, u.title, u.author, u.pull_quote, u.blocks::jsonb, u.title_words, ${rest}
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS u(n, title, author, pull_quote, blocks, title_words, people, body, stems)`,
      [
        slice.map((_b, k) => i + k),
        slice.map((b) => b.title),
        slice.map((b) => b.author),
        slice.map((b) => b.pullQuote),
        slice.map((b) => b.blocks),
        slice.map((b) => b.titleWords),
        slice.map((b) => b.people),
        slice.map((b) => b.body),
        slice.map((b) => b.stems)
      ]
    )
  }

  const B = bases.length
  const copies = Math.ceil(articles / B)
  const tl = performance.now()
  const copyTitle = `CASE WHEN c = 0 THEN b.title ELSE b.title || ' ' || c END`
  const copyWords = `CASE WHEN c = 0 THEN b.title_words ELSE b.title_words || ' ' || c END`
  // Copy c of every base article: its number g and its owner.
  const fromCopies = `FROM (SELECT $1::int AS c) k CROSS JOIN amud_bench_base b
           CROSS JOIN LATERAL (SELECT k.c * $2::int + b.n AS g) x
           CROSS JOIN LATERAL (SELECT ($3::bigint[])[(x.g % $4::int) + 1] AS id) o
          WHERE x.g < $5::int`
  const present = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM desk_articles')).rows[0]!.n)
  if (present % B !== 0 && present !== articles) throw new Error(`the unfinished scale desk holds ${present} articles, not whole copies of the corpus; drop it`)
  for (let c = present / B; c < copies; c++) {
    await retried(db, log, () =>
      db.transaction(async (q) => {
        await q.query(
          `INSERT INTO desk_articles (id, owner_id, version, seq, title, author, pull_quote, status, status_by, status_at, blocks, created_at, updated_at, updated_by)
         SELECT 'bench-' || g, o.id, 1, g + 1, ${copyTitle}, b.author, b.pull_quote, 'published', o.id, now(), b.blocks, now(), now(), o.id
           ${fromCopies}`,
          [c, B, owners, owners.length, articles]
        )
        // The search rows (migration 007's narrow table), as the desk writes them with each article.
        await q.query(
          `INSERT INTO desk_search (id, seq, owner_id, search_terms)
         SELECT 'bench-' || g, g + 1, o.id, to_tsvector('simple', ${copyWords}) || b.rest
           ${fromCopies}`,
          [c, B, owners, owners.length, articles]
        )
        await q.query(
          `INSERT INTO desk_revisions (article_id, version, kind, title, author, pull_quote, status, blocks, created_at, created_by)
         SELECT id, 1, 'edit', title, author, pull_quote, status, blocks, created_at, owner_id FROM desk_articles WHERE seq > $1 AND seq <= $2`,
          [c * B, (c + 1) * B]
        )
      })
    )
    const done = Math.min(articles, (c + 1) * B)
    const s = (performance.now() - tl) / 1000
    log(
      `scale build: ${done.toLocaleString('en-US')} of ${articles.toLocaleString('en-US')} articles (${s.toFixed(0)} s, ${((done - present) / s).toFixed(0)} a second)`
    )
  }
  // The latest change: an unfinished build measured meanwhile may have moved past `articles`.
  await db.query(`SELECT setval('desk_change_seq', greatest($1::bigint, (SELECT max(seq) FROM desk_articles)))`, [articles])
  await verify(db, bases, copies, articles)
  const tx = performance.now()
  await db.transaction(async (q) => {
    await q.exec(RECOUNT_LEXEMES)
    await q.query('ALTER TABLE desk_search ENABLE TRIGGER desk_search_lexemes')
  })
  log(`scale build: lexemes counted in ${((performance.now() - tx) / 1000).toFixed(0)} s`)
  await db.query('DROP TABLE amud_bench_base')
  const tv = performance.now()
  await retried(db, log, () => db.query('VACUUM ANALYZE desk_articles'))
  await retried(db, log, () => db.query('VACUUM ANALYZE desk_revisions'))
  await retried(db, log, () => db.query('VACUUM ANALYZE desk_search'))
  log(`scale build: VACUUM ANALYZE in ${((performance.now() - tv) / 1000).toFixed(0)} s`)
  return tokens
}

/** Sample copies' tsvectors against what the desk's own code computes for their text. */
async function verify(db: DeskDb, bases: BaseRow[], copies: number, articles: number): Promise<void> {
  const B = bases.length
  const longest = bases.reduce((best, b, n) => (b.body.length > bases[best]!.body.length ? n : best), 0)
  const samples = [0, 1, B - 1, longest, 137 % B].flatMap((n) => [0, 1, copies - 1].map((c) => ({ n, c })))
  for (const { n, c } of samples) {
    const g = c * B + n
    if (g >= articles) continue
    const base = bases[n]!
    const content = { ...base.content, title: c === 0 ? base.title : `${base.title} ${c}` }
    const { rows } = await db.query<{ same: boolean }>(`SELECT search_terms = ${searchVectorSql(2)} AS same FROM desk_search WHERE id = $1`, [
      `bench-${g}`,
      ...searchParams(content)
    ])
    if (rows[0]?.same !== true) throw new Error(`the scale build's tsvector for bench-${g} differs from the desk's own; the build is wrong, not the desk`)
  }
}

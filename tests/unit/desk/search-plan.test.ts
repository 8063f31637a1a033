// The desk's lexeme counts (migration 008) and the search plans they choose (search-plan.ts), on
// the embedded PostgreSQL and on a real server when one is reachable: the counts stay exactly
// what the vectors hold through sends, edits, re-indexing and deletions, and whichever plan a
// search takes, it shows the page and the count that reading every match would give.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { push } from '../../../src/node/desk/articles'
import { migrateDesk } from '../../../src/node/desk/migrate'
import { DESK_MIGRATIONS } from '../../../src/node/desk/migrations/index'
import { searchDesk, toTsQuery } from '../../../src/node/desk/search'
import { ensureSearchIndex, searchParams, searchVectorSql } from '../../../src/node/desk/search-index'
import { choosePlan, POSTINGS_PER_OWN_ARTICLE } from '../../../src/node/desk/search-plan'
import { addUser, type DeskUser } from '../../../src/node/desk/users'
import { parseQuery } from '../../../src/node/library/search-query'
import type { DeskDb, Queryable } from '../../../src/node/desk/db'
import { embeddedBackend, postgresUnavailable, serverBackend, type DeskBackend } from '../../support/desk'
import { content } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

/** desk_lexemes' non-zero counts, and what PostgreSQL counts from the vectors themselves. */
async function countsAndTruth(db: Queryable): Promise<[Record<string, number>, Record<string, number>]> {
  const kept = await db.query<{ lexeme: string; articles: number }>('SELECT lexeme, articles FROM desk_lexemes WHERE articles <> 0 ORDER BY lexeme')
  const truth = await db.query<{ word: string; ndoc: number }>(`SELECT word, ndoc FROM ts_stat('SELECT search_terms FROM desk_search') ORDER BY word`)
  return [Object.fromEntries(kept.rows.map((r) => [r.lexeme, r.articles])), Object.fromEntries(truth.rows.map((r) => [r.word, r.ndoc]))]
}

async function userOf(db: DeskDb, name: string, role: 'editor' | 'columnist'): Promise<DeskUser> {
  return { ...(await addUser(db, name, role)).user }
}

/** Sends a new article as `user` (the desk's own writer, as a sync does); returns its id. */
async function send(db: DeskDb, user: DeskUser, paragraphs: string[], title = 'عمود'): Promise<string> {
  const articleId = randomUUID()
  await push(db, user, [{ changeId: randomUUID(), articleId, baseVersion: 0, content: content(paragraphs, title) }])
  return articleId
}

function planSuite(backend: DeskBackend): void {
  let opened: Awaited<ReturnType<DeskBackend['open']>>
  let db: DeskDb
  let editor: DeskUser
  let alice: DeskUser
  let bob: DeskUser

  beforeAll(async () => {
    opened = await backend.open()
    db = opened.db
    editor = await userOf(db, 'plan-editor', 'editor')
    alice = await userOf(db, 'plan-alice', 'columnist')
    bob = await userOf(db, 'plan-bob', 'columnist')
    // Alice: two articles. Bob: many, most of them on the crisis, so that the words of the crisis
    // are in more articles than Alice owns by far.
    await send(db, alice, ['لا حلول للأزمة في الأفق.', 'وقال الوزير إن الحكومة ستعمل على خطة جديدة.'], 'عمود الأربعاء')
    await send(db, alice, ['الحكومة والبرلمان في اجتماع طويل.'], 'رأي')
    for (let i = 0; i < 4 * POSTINGS_PER_OWN_ARTICLE; i++) {
      await send(db, bob, i % 3 === 2 ? [`الطقس معتدل في اليوم ${i}.`] : [`الأزمة ${i} باقية ما بقي البرلمان صامتا.`, 'وزارة الصحة تعلن.'])
    }
    // The desk's size as the plans read it (PostgreSQL's estimate, made by ANALYZE).
    await db.query('ANALYZE desk_search')
  }, 180_000)
  afterAll(async () => opened?.dispose(), 60_000)

  it('keeps each lexeme’s count of articles exact through sends, edits, re-indexing and deletions', async () => {
    const [kept, truth] = await countsAndTruth(db)
    expect(kept).toEqual(truth)
    expect(kept['البرلمان']).toBeGreaterThan(2 * POSTINGS_PER_OWN_ARTICLE)
    // An edit: the words it removes and adds move; the rest stay.
    const id = await send(db, alice, ['زمردين في العقد.'])
    expect((await countsAndTruth(db))[0]['زمردين']).toBe(1)
    const v = await db.query<{ version: number }>('SELECT version FROM desk_articles WHERE id = $1', [id])
    await push(db, alice, [{ changeId: randomUUID(), articleId: id, baseVersion: v.rows[0]!.version, content: content(['ياقوتين في العقد.']) }])
    const [afterEdit, truthAfterEdit] = await countsAndTruth(db)
    expect(afterEdit).toEqual(truthAfterEdit)
    expect(afterEdit['زمردين']).toBeUndefined()
    expect(afterEdit['ياقوتين']).toBe(1)
    // A re-index writes every row again (ensureSearchIndex after a change of rules): same counts.
    await db.query(`UPDATE desk_search_index SET fingerprint = 'older'`)
    expect(await ensureSearchIndex(db)).toBeGreaterThan(100)
    expect((await countsAndTruth(db))[0]).toEqual(truthAfterEdit)
    // A search row deleted (the desk deletes no article today; a deleted one's row would go by
    // cascade): its words go.
    await db.query('DELETE FROM desk_search WHERE id = $1', [id])
    const [afterDelete, truthAfterDelete] = await countsAndTruth(db)
    expect(afterDelete).toEqual(truthAfterDelete)
    expect(afterDelete['ياقوتين']).toBeUndefined()
  })

  it('chooses the plan from the counts: known past the cap, the columnist’s own articles, or the bitmap', async () => {
    const plan = async (q: string, user: DeskUser, countCap: number): Promise<string> =>
      (await choosePlan(db, { parsed: parseQuery(q), ownerId: user.role === 'columnist' ? user.id : null, countCap, limit: 20 })).plan
    const crisis = (await countsAndTruth(db))[0]['الازمه']!
    expect(crisis).toBeGreaterThan(50)
    // One word (its forms and stem keys): past the cap when one lexeme alone is.
    expect(await plan('الأزمة', editor, crisis - 1)).toBe('known past the cap')
    expect(await plan('الأزمة', editor, crisis)).not.toBe('known past the cap')
    expect(await plan('ازم*', editor, crisis - 1)).toBe('known past the cap')
    expect(await plan('الأزمة OR كلمةغائبة', editor, crisis - 1)).toBe('known past the cap')
    // More than one group, an exclusion, a phrase: no lexeme's count bounds the matches.
    expect(await plan('الأزمة البرلمان', editor, 1)).toBe('bitmap')
    expect(await plan('الأزمة -الطقس', editor, 1)).toBe('bitmap')
    expect(await plan('"الأزمة باقية"', editor, 1)).toBe('bitmap')
    // A columnist's two articles against the long lists of Bob's words: read their own articles.
    expect(await plan('البرلمان', alice, 1000)).toBe('own articles')
    expect(await plan('الأزمة البرلمان', alice, 1000)).toBe('own articles')
    // Few matches at most (Alice's two articles hold the government), a page far from the
    // newest: every match read and sorted.
    expect(await plan('الحكو*', editor, 1)).toBe('every match')
    // A rare word, or a columnist with many articles of their own: the bitmap.
    expect(await plan('الأربعاء', alice, 1000)).toBe('bitmap')
    expect(await plan('البرلمان', bob, 1000)).toBe('bitmap')
  })

  it('shows, whichever plan it takes, the page and count that reading every match gives', async () => {
    const plans = new Set<string>()
    const queries = [
      'الأزمة',
      'ازمه',
      'البرلمان',
      'ازم*',
      'الحكو*',
      '"الأزمة 7 باقية"',
      'الأزمة -الطقس',
      'البرلمان OR الطقس',
      'الأزمة OR البرلمان',
      'الصحة البرلمان',
      'كلمةغائبة'
    ]
    for (const user of [editor, alice, bob]) {
      for (const q of queries) {
        const tsquery = toTsQuery(parseQuery(q))!
        const all = await db.query<{ id: string }>(
          `SELECT s.id FROM desk_search s WHERE s.search_terms @@ $1::tsquery AND ($2 OR s.owner_id = $3) ORDER BY s.seq DESC`,
          [tsquery, user.role !== 'columnist', user.id]
        )
        const every = all.rows.map((r) => r.id)
        for (const cap of [0, 1, 5, every.length - 1, every.length, 1000].filter((c) => c >= 0)) {
          for (const limit of [1, 20]) {
            const r = await searchDesk(db, user, q, limit, cap)
            plans.add((await choosePlan(db, { parsed: parseQuery(q), ownerId: user.role === 'columnist' ? user.id : null, countCap: cap, limit })).plan)
            expect({ q, user: user.name, cap, limit, ids: r.hits.map((h) => h.articleId), total: r.total, atLeast: r.totalIsAtLeast }).toEqual({
              q,
              user: user.name,
              cap,
              limit,
              ids: every.slice(0, limit),
              total: Math.min(every.length, cap),
              atLeast: every.length > cap
            })
          }
        }
      }
    }
    // Every plan was taken, and each gave what reading every match gives.
    expect([...plans].sort()).toEqual(['bitmap', 'every match', 'known past the cap', 'own articles'])
  }, 120_000)

  it('counts the lexemes of a desk at schema 7 when it migrates', async () => {
    const old = await backend.open(DESK_MIGRATIONS.slice(0, 7))
    try {
      const { user } = await addUser(old.db, 'schema-7', 'columnist')
      for (const [id, ps] of [
        ['v7-a', ['لا حلول للأزمة.']],
        ['v7-b', ['الأزمة باقية.', 'والحكومة صامتة.']]
      ] as const) {
        const c = content([...ps])
        await old.db.query(
          `INSERT INTO desk_articles (id, owner_id, version, seq, title, author, pull_quote, status, status_by, status_at, blocks, created_at, updated_at, updated_by)
           VALUES ($1, $2, 1, nextval('desk_change_seq'), $3, $4, $5, 'draft', $2, now(), $6::jsonb, now(), now(), $2)`,
          [id, user.id, c.title, c.author, c.pullQuote, JSON.stringify(c.blocks)]
        )
        await old.db.query(
          `INSERT INTO desk_search (id, seq, owner_id, search_terms) SELECT id, seq, owner_id, ${searchVectorSql(2)} FROM desk_articles WHERE id = $1`,
          [id, ...searchParams(c)]
        )
      }
      expect(await migrateDesk(old.db)).toBe(DESK_MIGRATIONS.length)
      const [kept, truth] = await countsAndTruth(old.db)
      expect(kept).toEqual(truth)
      expect(kept['الازمه']).toBe(1)
      expect(kept['باقيه']).toBe(1)
    } finally {
      await old.dispose()
    }
  })
}

describe('desk search plans on the embedded PostgreSQL (PGlite)', () => planSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('desk search plans on a PostgreSQL server', () => planSuite(serverBackend))

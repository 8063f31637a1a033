// Many libraries syncing with one desk at once (issue 14's load, at test size; the 50-client
// figures are in `npm run bench -- desk`): columnists and editors edit different paragraphs of
// the same articles between concurrent syncs, and every acknowledged edit must end on the desk
// and in every library, with no error and no conflict. Not timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { embeddedBackend, postgresUnavailable, serverBackend, type DeskBackend } from '../../support/desk'
import { runLoad } from '../../support/desk-load'
import { content, startTestDesk, unique, type TestDesk } from '../../support/desk-suite'
import { addUser } from '../../../src/node/desk/users'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)

function loadSuite(backend: DeskBackend): void {
  let desk: TestDesk

  beforeAll(async () => {
    desk = await startTestDesk(backend)
  }, 180_000)
  afterAll(async () => desk?.close(), 60_000)

  it('loses no acknowledged edit when 8 libraries sync concurrently, round after round', async () => {
    const r = await runLoad({
      url: desk.running.url,
      addUser: async (name, role) => (await addUser(desk.db, name, role)).token,
      columnists: 6,
      editors: 2,
      articles: 5,
      rounds: 3
    })
    expect(r.errors).toEqual([])
    expect(r.conflicts).toBe(0)
    // 6 columnists × 5 articles × 3 rounds, and each editor 3 columnists' articles × 3 rounds.
    expect(r.acknowledged).toBe(6 * 5 * 3 + 2 * 3 * 3)
    expect(r.lost).toEqual([])
    expect(await desk.count('desk_articles')).toBe(30)
  }, 300_000)

  // A request's changes share one transaction (one commit a request); a refusal still undoes
  // only itself and what follows it.
  it('keeps the changes of a request before one the desk refuses, and applies none after it', async () => {
    const alice = await desk.user('columnist')
    const first = unique('first')
    const last = unique('last')
    const res = await fetch(new URL('/v1/push', desk.running.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${alice.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        changes: [
          { changeId: unique('change-first-'), articleId: first, baseVersion: 0, content: content(['قبل الرفض']) },
          { changeId: unique('change-refused-'), articleId: unique('missing'), baseVersion: 2, content: content(['مرفوض']) },
          { changeId: unique('change-last-'), articleId: last, baseVersion: 0, content: content(['بعد الرفض']) }
        ]
      })
    })
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/is not on this desk/)
    const { rows } = await desk.db.query<{ id: string }>('SELECT id FROM desk_articles WHERE id = ANY($1) ORDER BY id', [[first, last]])
    expect(rows.map((r) => r.id)).toEqual([first])
    const { rows: log } = await desk.db.query<{ n: string }>('SELECT count(*) AS n FROM desk_changes WHERE article_id = $1', [last])
    expect(Number(log[0]!.n)).toBe(0)
  })
}

describe('concurrent syncs on the embedded PostgreSQL (PGlite)', () => loadSuite(embeddedBackend))
describe.skipIf(unavailable !== null)('concurrent syncs on a PostgreSQL server', () => loadSuite(serverBackend))

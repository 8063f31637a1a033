import { describe, expect, it } from 'vitest'
import { autosavesToDrop, DAY_MS, HOUR_MS, TEN_MINUTES_MS } from '../../../src/node/library/thinning'
import { doc, expectAmudError, freshLibrary } from './helpers'

const MINUTE = 60_000

describe('revisions', () => {
  it('records one revision per saved version, newest first, with its reason', () => {
    const { lib, clock } = freshLibrary()
    const a = lib.createArticle({ title: 'أ', document: doc('واحد') })
    clock.advance(MINUTE)
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { document: doc('واحد اثنان') }, reason: 'autosave' })
    clock.advance(MINUTE)
    lib.saveArticle({ id: a.id, baseVersion: 2, changes: { title: 'ب' }, reason: 'manual' })
    const revs = lib.listRevisions(a.id)
    expect(revs.map((r) => [r.version, r.reason, r.title, r.wordCount])).toEqual([
      [3, 'manual', 'ب', 2],
      [2, 'autosave', 'أ', 2],
      [1, 'manual', 'أ', 1]
    ])
    const full = lib.getRevision(revs[1]!.id)
    expect(full.bodyText).toBe('واحد اثنان')
    expect(full.document).toEqual(doc('واحد اثنان'))
    expect(full.articleId).toBe(a.id)
  })

  it('keeps every snapshot right while new revisions share the current body', () => {
    const { lib, clock } = freshLibrary()
    const imported = lib.importTagged([{ authorName: 'س', authorPictureUrl: null, pullQuote: null, paragraphs: ['نص مستورد', 'فقرة'] }])
    const id = imported[0]!.articleId
    const bodies = ['نص مستورد\nفقرة']
    let v = 1
    const steps: { document?: ReturnType<typeof doc>; status?: 'ready' }[] = [
      { status: 'ready' },
      { document: doc('تعديل أول') },
      { status: 'ready' },
      { document: doc('تعديل ثان', 'مع فقرة') }
    ]
    for (const changes of steps) {
      clock.advance(2 * MINUTE)
      v = lib.saveArticle({ id, baseVersion: v, changes: { ...changes, title: `v${v + 1}` } }).version
      bodies.push(changes.document ? lib.getArticle(id).bodyText : bodies.at(-1)!)
    }
    const revs = lib.listRevisions(id).reverse()
    expect(revs.map((r) => lib.getRevision(r.id).bodyText)).toEqual(bodies)
    expect(lib.getRevision(revs[0]!.id).document).toEqual(doc('نص مستورد', 'فقرة'))
    const d = lib.diffRevisions(id, revs[0]!.id, revs[2]!.id)
    expect(d.paragraphs.map((p) => p.op)).toEqual(['delete', 'insert', 'delete'])
    const restored = lib.restoreRevision(id, revs[0]!.id, v)
    expect(restored.bodyText).toBe(bodies[0])
    expect(lib.getRevision(revs[4]!.id).bodyText).toBe(bodies[4])
  })

  it('coalesces autosaves within the same clock minute, never a manual revision', () => {
    const { lib, clock } = freshLibrary()
    clock.ms = Date.parse('2025-03-10T09:00:05Z')
    const a = lib.createArticle({ document: doc('0') })
    let v = 1
    for (let i = 1; i <= 5; i++) {
      clock.advance(5000)
      v = lib.saveArticle({ id: a.id, baseVersion: v, changes: { document: doc(`نص ${i}`) }, reason: 'autosave' }).version
    }
    const revs = lib.listRevisions(a.id)
    expect(revs.map((r) => [r.reason, r.version])).toEqual([
      ['autosave', 6],
      ['manual', 1]
    ])
    expect(lib.getRevision(revs[0]!.id).bodyText).toBe('نص 5')
    clock.advance(MINUTE)
    lib.saveArticle({ id: a.id, baseVersion: v, changes: { document: doc('دقيقة أخرى') }, reason: 'autosave' })
    expect(lib.listRevisions(a.id).map((r) => r.reason)).toEqual(['autosave', 'autosave', 'manual'])
  })

  it('thins autosaves with age: all of the last hour, one per 10 minutes for a day, one per day after', () => {
    const { lib, clock } = freshLibrary()
    clock.ms = Date.parse('2025-03-01T00:00:30Z')
    const a = lib.createArticle({ document: doc('بداية') })
    let v = 1
    // An autosave every 5 minutes for 3 days, and a manual save every 6 hours instead.
    const end = clock.ms + 3 * DAY_MS
    let n = 0
    while (clock.ms < end) {
      clock.advance(5 * MINUTE)
      n++
      const reason = n % 72 === 0 ? 'manual' : 'autosave'
      v = lib.saveArticle({ id: a.id, baseVersion: v, changes: { document: doc(`نسخة ${n}`) }, reason }).version
    }
    const now = clock.ms
    const revs = lib.listRevisions(a.id)
    const autos = revs.filter((r) => r.reason === 'autosave').map((r) => Date.parse(r.createdAt))
    const lastHour = autos.filter((t) => now - t < HOUR_MS)
    const lastDay = autos.filter((t) => now - t >= HOUR_MS && now - t < DAY_MS)
    const older = autos.filter((t) => now - t >= DAY_MS)
    // 12 saves in the last hour, the very last one manual.
    expect(lastHour.length).toBe(11)
    const tenMinuteSlices = new Set(lastDay.map((t) => Math.floor(t / TEN_MINUTES_MS)))
    expect(tenMinuteSlices.size).toBe(lastDay.length)
    expect(lastDay.length).toBeGreaterThanOrEqual(136)
    expect(lastDay.length).toBeLessThanOrEqual(140)
    const days = new Set(older.map((t) => Math.floor(t / DAY_MS)))
    expect(days.size).toBe(older.length)
    expect(older.length).toBeLessThanOrEqual(3)
    // Manual revisions are kept forever: 3 days × 4 + the first.
    expect(revs.filter((r) => r.reason === 'manual')).toHaveLength(13)
  })

  it('thinning is stable: running it again removes nothing more', () => {
    const revs = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, time: i * 3 * MINUTE }))
    const now = 500 * 3 * MINUTE
    const drop = new Set(autosavesToDrop(revs, now))
    const kept = revs.filter((r) => !drop.has(r.id))
    expect(autosavesToDrop(kept, now)).toEqual([])
    // The newest autosave is always kept.
    expect(drop.has(500)).toBe(false)
  })

  it('Library.thinRevisions thins every article as of now', () => {
    const { lib, clock } = freshLibrary()
    const a = lib.createArticle()
    let v = 1
    for (let i = 0; i < 12; i++) {
      clock.advance(MINUTE)
      v = lib.saveArticle({ id: a.id, baseVersion: v, changes: { title: `${i}` }, reason: 'autosave' }).version
    }
    expect(lib.listRevisions(a.id)).toHaveLength(13)
    clock.advance(2 * DAY_MS)
    expect(lib.thinRevisions()).toBe(11)
    expect(lib.listRevisions(a.id).map((r) => r.title)).toEqual(['11', ''])
  })

  it('restores a revision as a new version with a restore revision', () => {
    const { lib, clock } = freshLibrary()
    const au = lib.createAuthor('س', null)
    const a = lib.createArticle({ title: 'الأصل', authorId: au.id, pullQuote: 'ق١', document: doc('نص أول'), tags: ['t'] })
    clock.advance(MINUTE)
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'تغيير', pullQuote: 'ق٢', document: doc('نص ثان'), status: 'ready', authorId: null } })
    const first = lib.listRevisions(a.id).at(-1)!
    clock.advance(MINUTE)
    const r = lib.restoreRevision(a.id, first.id, 2)
    expect(r).toMatchObject({ version: 3, title: 'الأصل', pullQuote: 'ق١', bodyText: 'نص أول', status: 'ready', tags: ['t'] })
    expect(r.author?.id).toBe(au.id)
    expect(lib.listRevisions(a.id)[0]).toMatchObject({ version: 3, reason: 'restore', title: 'الأصل' })
    expect(lib.search({ query: 'أول' }).hits).toHaveLength(1)
  })

  it('restoring checks the base version and the revision owner', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle({ title: 'أ' })
    const b = lib.createArticle({ title: 'ب' })
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { title: 'أأ' } })
    const revA = lib.listRevisions(a.id).at(-1)!
    const revB = lib.listRevisions(b.id)[0]!
    expect(expectAmudError(() => lib.restoreRevision(a.id, revA.id, 1), 'conflict').details).toEqual({ currentVersion: 2 })
    expectAmudError(() => lib.restoreRevision(a.id, revB.id, 2), 'not_found')
    expectAmudError(() => lib.restoreRevision(a.id, 9999, 2), 'not_found')
    expect(lib.getArticle(a.id).version).toBe(2)
  })
})

describe('diffing revisions', () => {
  it('diffs paragraphs, then words inside changed paragraphs', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle({
      title: 'عنوان قديم',
      document: doc('الفقرة الأولى باقية', 'كان الجو باردا جدا', 'فقرة ستحذف كلها', 'الخاتمة')
    })
    lib.saveArticle({
      id: a.id,
      baseVersion: 1,
      changes: { title: 'عنوان جديد', document: doc('الفقرة الأولى باقية', 'كان الجو حارا جدا', 'الخاتمة', 'فقرة مضافة') }
    })
    const first = lib.listRevisions(a.id).at(-1)!.id
    const d = lib.diffRevisions(a.id, first, 'current')
    expect(d.from).toBe(first)
    expect(d.to).toBe('current')
    expect(d.title).toEqual([
      { op: 'equal', text: 'عنوان ' },
      { op: 'delete', text: 'قديم' },
      { op: 'insert', text: 'جديد' }
    ])
    expect(d.paragraphs.map((p) => p.op)).toEqual(['equal', 'change', 'delete', 'equal', 'insert'])
    expect(d.paragraphs[1]!.parts).toEqual([
      { op: 'equal', text: 'كان الجو ' },
      { op: 'delete', text: 'باردا' },
      { op: 'insert', text: 'حارا' },
      { op: 'equal', text: ' جدا' }
    ])
    expect(d.paragraphs[2]!.parts).toEqual([{ op: 'delete', text: 'فقرة ستحذف كلها' }])
    expect(d.stats).toEqual({ wordsInserted: 1 + 1 + 2, wordsDeleted: 1 + 1 + 3 })
  })

  it('word parts rebuild both sides exactly', () => {
    const { lib } = freshLibrary()
    const before = 'هذا  نص،   فيه مسافات   غريبة ونقاط.'
    const after = 'هذا نص فيه مسافات غريبة جدا ونقاط!'
    const a = lib.createArticle({ document: doc(before) })
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { document: doc(after) } })
    const [older, newer] = lib.listRevisions(a.id).reverse()
    const d = lib.diffRevisions(a.id, older!.id, newer!.id)
    const parts = d.paragraphs.flatMap((p) => p.parts)
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join('')
    ).toBe(before)
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join('')
    ).toBe(after)
  })

  it('a paragraph rewritten without a shared word is a delete and an insert, not a change', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle({ document: doc('قديم تماما') })
    lib.saveArticle({ id: a.id, baseVersion: 1, changes: { document: doc('شيء مختلف') } })
    const rev = lib.listRevisions(a.id).at(-1)!.id
    expect(lib.diffRevisions(a.id, rev, 'current').paragraphs.map((p) => p.op)).toEqual(['delete', 'insert'])
    expect(lib.diffRevisions(a.id, 'current', 'current').paragraphs.map((p) => p.op)).toEqual(['equal'])
  })

  it('refuses a revision of another article', () => {
    const { lib } = freshLibrary()
    const a = lib.createArticle()
    const b = lib.createArticle()
    expectAmudError(() => lib.diffRevisions(a.id, lib.listRevisions(b.id)[0]!.id, 'current'), 'not_found')
  })
})

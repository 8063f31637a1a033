// Presence on the desk: who else has an article open, forgotten once not repeated within its
// time to live; over the real HTTP route, refusing an article the asker may not see. And the
// hand-over routes beside it: the editors an article can go to, sending one with a note, and
// the desk view's filtered list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeskClient } from '../../../src/node/desk/client'
import { Presence } from '../../../src/node/desk/presence'
import { syncLibrary, markSent } from '../../../src/node/desk/sync'
import { documentFromParagraphs } from '../../../src/shared/document/index'
import { embeddedBackend } from '../../support/desk'
import { startTestDesk, type TestDesk } from '../../support/desk-suite'

describe('Presence', () => {
  it('names the others on the same article, and forgets one whose word has expired', () => {
    let now = 1_000
    const p = new Presence(20_000, () => now)
    expect(p.here('salma', 'a1')).toEqual([])
    expect(p.here('omar', 'a1')).toEqual(['salma'])
    expect(p.here('huda', 'a2')).toEqual([])
    now += 15_000
    expect(p.here('salma', 'a1')).toEqual(['omar'])
    now += 10_000 // omar last spoke 25 s ago
    expect(p.here('salma', 'a1')).toEqual([])
    expect(p.here('omar', 'a1')).toEqual(['salma'])
    expect(p.here('omar', null)).toEqual([])
    expect(p.here('salma', 'a1')).toEqual([])
  })
})

describe('the desk routes the app uses (embedded PostgreSQL)', () => {
  let desk: TestDesk
  beforeAll(async () => {
    desk = await startTestDesk(embeddedBackend)
  })
  afterAll(async () => {
    await desk.close()
  })

  it('presence, editors, send with a note, and the filtered list', async () => {
    const col = await desk.user('columnist')
    const other = await desk.user('columnist')
    const ed = await desk.user('editor')
    const { lib } = await desk.library(col.token)
    const a = lib.createArticle({ title: 'عن المطر', document: documentFromParagraphs(['الفقرة الأولى عن المطر']) })
    markSent(lib, a.id, null)
    await syncLibrary(lib)

    const c = new DeskClient(desk.running.url, col.token)
    const e = new DeskClient(desk.running.url, ed.token)
    const o = new DeskClient(desk.running.url, other.token)
    expect((await c.presence(a.id)).others).toEqual([])
    expect((await e.presence(a.id)).others).toEqual([col.name])
    expect((await c.presence(a.id)).others).toEqual([ed.name])
    await expect(o.presence(a.id)).rejects.toThrow(/another columnist/)

    expect((await c.editors()).editors.map((x) => x.name)).toContain(ed.name)
    const sent = await c.send(a.id, ed.name, 'راجعها من فضلك')
    expect(sent.assignedTo).toBe(ed.name)
    expect(sent.note).toBe('راجعها من فضلك')
    await expect(c.send(a.id, other.name, null)).rejects.toThrow(/no editor named/)

    expect((await e.list({ assigned: ed.name })).items.map((i) => i.title)).toEqual(['عن المطر'])
    expect((await e.list({ owner: col.name, status: 'draft', q: 'المطر' })).items).toHaveLength(1)
    expect((await e.list({ status: 'ready' })).items).toHaveLength(0)
    expect((await e.list({ q: 'الثلج' })).items).toHaveLength(0)
    expect((await o.list({})).items).toHaveLength(0)
    lib.close()
  })
})

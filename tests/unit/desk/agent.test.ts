// The host's desk link (DeskAgent) against a real desk server on the embedded PostgreSQL and
// real library files: connecting (an unreachable desk and a wrong token said in both
// languages), sending to an editor with a note, the state going offline with the changes that
// wait while the desk is stopped and back when it returns, and an editor opening a desk
// article into their own library.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeskStatus } from '../../../src/shared/api/desk'
import { AmudError } from '../../../src/shared/model/errors'
import { DeskAgent } from '../../../src/node/desk/agent'
import { startDeskServer } from '../../../src/node/desk/server'
import { openLibrary, type Library } from '../../../src/node/library/index'
import { embeddedBackend } from '../../support/desk'
import { edit, paragraphs, startTestDesk, write, type TestDesk } from '../../support/desk-suite'
import { ar } from '../messages/render'

// The timed syncs wait an hour: each sync here is asked for.
const QUIET = { intervalMs: 3_600_000 }

describe('DeskAgent (embedded PostgreSQL)', () => {
  let desk: TestDesk
  const dirs: string[] = []
  const libs: Library[] = []
  const agents: DeskAgent[] = []
  const fresh = (states?: DeskStatus[]): { lib: Library; agent: DeskAgent } => {
    const dir = mkdtempSync(join(tmpdir(), 'amud-agent-'))
    dirs.push(dir)
    const lib = openLibrary(join(dir, 'library.sqlite'))
    const agent = new DeskAgent(lib, { ...QUIET, onState: (s) => states?.push(s) })
    libs.push(lib)
    agents.push(agent)
    return { lib, agent }
  }
  beforeAll(async () => {
    desk = await startTestDesk(embeddedBackend)
  })
  afterAll(async () => {
    for (const a of agents) a.close()
    for (const l of libs) l.close()
    await desk.close()
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  })

  it('connects, sends with a note, goes offline with changes waiting, and comes back', async () => {
    const col = await desk.user('columnist')
    const ed = await desk.user('editor')
    const states: DeskStatus[] = []
    const { lib, agent } = fresh(states)
    expect((await agent.deskStatus()).state).toBe('unlinked')

    const unreachable = await agent.deskConnect('http://127.0.0.1:9', col.token).catch((e: unknown) => e)
    expect(unreachable).toBeInstanceOf(AmudError)
    expect(ar((unreachable as AmudError).said)).toContain('تعذّر الوصول إلى المكتب')
    expect((unreachable as AmudError).message).toContain('cannot be reached')
    const wrong = await agent.deskConnect(desk.running.url, `${col.token.slice(0, -4)}AAAA`).catch((e: unknown) => e)
    expect(ar((wrong as AmudError).said)).toContain('لا يقبل المكتب رمز الدخول')
    expect((await agent.deskStatus()).state).toBe('unlinked')

    const connected = await agent.deskConnect(desk.running.url, col.token)
    expect(connected).toMatchObject({ state: 'connected', user: col.name, role: 'columnist', waiting: 0 })
    expect((await agent.deskEditors()).map((e) => e.name)).toContain(ed.name)

    const id = write(lib, ['الأولى', 'الثانية', 'الثالثة'], 'عن الريح')
    const info = await agent.deskSend(id, ed.name, 'قبل الخامسة')
    expect(info).toMatchObject({ assignedTo: ed.name, note: 'قبل الخامسة', owner: col.name, status: 'draft', waiting: false, notYetSent: false })
    expect((await agent.deskList({ assignedTo: ed.name })).items.map((i) => [i.title, i.localId])).toEqual([['عن الريح', id]])

    // The desk stops: a save waits, and the state says so.
    const port = Number(new URL(desk.running.url).port)
    await desk.running.close()
    edit(lib, id, 0, 'الأولى وقد تغيّرت')
    agent.poke()
    const offline = await agent.deskSyncNow()
    expect(offline).toMatchObject({ state: 'offline', waiting: 1 })
    expect(ar(offline.error?.said)).toContain('تعذّر الوصول')
    expect(states.some((s) => s.state === 'syncing')).toBe(true)

    // Back on the same address: the change goes up.
    desk.running = await startDeskServer(desk.db, { port, log: () => undefined })
    expect(await agent.deskSyncNow()).toMatchObject({ state: 'connected', waiting: 0, error: null })

    // The editor opens it from the desk into their own library.
    const other = fresh()
    await other.agent.deskConnect(desk.running.url, ed.token)
    const localId = await other.agent.deskOpen(id)
    expect(paragraphs(other.lib, localId)).toEqual(['الأولى وقد تغيّرت', 'الثانية', 'الثالثة'])
    expect(await other.agent.deskOpen(id)).toBe(localId)
  })
})

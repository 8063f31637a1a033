// A network partition between the desk and two client processes (issue 14: "a network-partition
// test with two client processes"). Each client is a real `amud desk sync` (amud bundled once)
// in its own network namespace, linked to the host by a veth pair with a private /30
// (tests/support/netns.ts); the desk runs on the host, listening on each link's host address.
// At a random moment of each round one link or both are cut (ip link set down) for a random
// while, then healed; afterwards a sync converges and every word either side wrote is in both
// libraries and on the desk, with no conflict. Root only, bounded in rounds and time; skipped
// with a sentence where namespaces cannot be made. Everything is torn down in afterAll.
import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeLink } from '../../../src/node/desk/local'
import { startDeskServer, type RunningDesk } from '../../../src/node/desk/server'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import { openLibrary, type Library } from '../../../src/node/library/index'
import { bundleAmud } from '../../support/amud-bundle'
import { embeddedBackend, postgresUnavailable, serverBackend } from '../../support/desk'
import { append, conflictsIn, converge, onDesk } from '../../support/desk-faults'
import { localOf, paragraphs, startTestDesk, write, type TestDesk } from '../../support/desk-suite'
import { makeNamespaces, netnsUnavailable, type Namespace } from '../../support/netns'

const unavailable = postgresUnavailable()
const noNetns = netnsUnavailable()
if (noNetns) console.warn(noNetns)
const ROUNDS = Number(process.env.AMUD_DESK_PARTITIONS ?? 12)
const BUDGET_MS = 60_000

function withFile<T>(path: string, fn: (lib: Library) => T): T {
  const lib = openLibrary(path)
  try {
    return fn(lib)
  } finally {
    lib.close()
  }
}

describe.skipIf(noNetns !== null)('a network partition between the desk and two client processes', () => {
  let amud: Awaited<ReturnType<typeof bundleAmud>> | null = null
  let net: ReturnType<typeof makeNamespaces> | null = null
  let desk: TestDesk | null = null
  const servers: RunningDesk[] = []
  beforeAll(async () => {
    amud = await bundleAmud()
    net = makeNamespaces(2)
    desk = await startTestDesk(unavailable === null ? serverBackend : embeddedBackend)
    // The same desk (one database) answering on each link's host address.
    for (const space of net.spaces) servers.push(await startDeskServer(desk.db, { host: space.hostAddress, port: 0, log: () => undefined }))
  }, 180_000)
  afterAll(async () => {
    for (const s of servers) await s.close()
    net?.remove()
    await desk?.close()
    amud?.remove()
  }, 60_000)

  /** `amud desk sync` inside `space`. */
  function syncIn(space: Namespace, path: string): { exited: Promise<number | null>; running(): boolean } {
    const child = spawn('ip', ['netns', 'exec', space.name, process.execPath, amud!.path, 'desk', 'sync', '--library', path], { stdio: 'ignore' })
    let done = false
    const exited = new Promise<number | null>((r) =>
      child.on('exit', (code) => {
        done = true
        r(code)
      })
    )
    return { exited, running: () => !done }
  }

  it('converges after each cut and heal, with every word on both sides', async () => {
    const [sa, se] = net!.spaces as [Namespace, Namespace]
    const alice = await desk!.user('columnist')
    const editor = await desk!.user('editor')
    const a = await desk!.library(alice.token)
    const e = await desk!.library(editor.token)
    // Each library syncs over its own link (the host reaches both addresses too).
    const relink = (lib: Library, server: RunningDesk, who: { name: string; token: string }, role: 'columnist' | 'editor'): void =>
      writeLink(lib, { url: server.url, token: who.token, userName: who.name, role }, new Date().toISOString())
    // A new URL is another desk for the library: link first, then write and send.
    relink(a.lib, servers[0]!, alice, 'columnist')
    relink(e.lib, servers[1]!, editor, 'editor')
    const id = write(a.lib, ['فقرة الكاتبة', 'فقرة المحرر'])
    markSent(a.lib, id, null)
    await syncLibrary(a.lib)
    await syncLibrary(e.lib)
    const eid = localOf(e.lib, id)
    a.lib.close()
    e.lib.close()

    // One round of both processes, unbroken: its length spreads the cuts over a sync.
    const started = Date.now()
    await Promise.all([syncIn(sa, a.path).exited, syncIn(se, e.path).exited])
    const roundMs = Date.now() - started

    const written = { a: [] as string[], e: [] as string[] }
    let inFlight = 0
    let failed = 0
    const end = Date.now() + BUDGET_MS
    for (let r = 0; r < ROUNDS && Date.now() < end; r++) {
      withFile(a.path, (lib) => append(lib, id, 0, `ك${r}`))
      withFile(e.path, (lib) => append(lib, eid, 1, `م${r}`))
      written.a.push(`ك${r}`)
      written.e.push(`م${r}`)
      const syncs = [syncIn(sa, a.path), syncIn(se, e.path)]
      // A random moment of the round, a random link or both, cut for a random while (the
      // moments and the length are the fault, not waits for something).
      await new Promise((res) => setTimeout(res, roundMs * (0.3 + Math.random() * 0.7)))
      const cut = r % 3 === 2 ? [sa, se] : [[sa, se][r % 2]!]
      if (syncs.some((s) => s.running())) inFlight++
      for (const s of cut) s.cut()
      try {
        await new Promise((res) => setTimeout(res, 200 + Math.random() * 1500))
      } finally {
        for (const s of cut) s.heal()
      }
      for (const code of await Promise.all(syncs.map((s) => s.exited))) if (code !== 0) failed++

      const [al, el] = [openLibrary(a.path), openLibrary(e.path)]
      try {
        await converge([al, el, al])
        const both = [['فقرة الكاتبة', ...written.a].join(' '), ['فقرة المحرر', ...written.e].join(' ')]
        expect(paragraphs(al, id)).toEqual(both)
        expect(paragraphs(el, eid)).toEqual(both)
        expect(await onDesk(desk!.running.url, editor.token, id)).toEqual(both)
        expect(conflictsIn(al) + conflictsIn(el)).toBe(0)
      } finally {
        al.close()
        el.close()
      }
    }
    // The cuts fell on syncs in flight.
    expect(inFlight).toBeGreaterThan(0)
    console.log(`partitions: ${inFlight} struck syncs in flight, ${failed} sync processes failed and were retried`)
  }, 300_000)
})

// The desk server killed with SIGKILL at random moments of sync rounds of two clients, then
// started again on the same port (issue 14: "kill -9 the server at random moments during 100
// sync rounds of two clients"). After the last kill a sync converges, every word either
// library wrote (a fortiori every acknowledged one) is on the desk and in both, no conflict.
// 100 rounds on a PostgreSQL server (AMUD_DESK_FAULT_ROUNDS), 5 on the embedded one
// (AMUD_DESK_FAULT_ROUNDS_EMBEDDED: each start loads PostgreSQL compiled to WebAssembly, ~5 s).
// The server is `amud` bundled once (tests/support/amud-bundle.ts): a tsx start per round
// would triple the file's time.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDeskDb } from '../../../src/node/desk/db'
import { writeLink } from '../../../src/node/desk/local'
import { migrateDesk } from '../../../src/node/desk/migrate'
import { markSent, syncLibrary } from '../../../src/node/desk/sync'
import { addUser } from '../../../src/node/desk/users'
import { openLibrary, type Library } from '../../../src/node/library/index'
import { bundleAmud } from '../../support/amud-bundle'
import { postgresUnavailable, serverBackend } from '../../support/desk'
import { append, conflictsIn, converge, freePort, onDesk, ServeProcess, words } from '../../support/desk-faults'
import { localOf, paragraphs, write } from '../../support/desk-suite'

const unavailable = postgresUnavailable()
if (unavailable) console.warn(unavailable)
const ROUNDS = Number(process.env.AMUD_DESK_FAULT_ROUNDS ?? 100)
const EMBEDDED_ROUNDS = Number(process.env.AMUD_DESK_FAULT_ROUNDS_EMBEDDED ?? 5)

let amud: Awaited<ReturnType<typeof bundleAmud>>
beforeAll(async () => {
  amud = await bundleAmud()
}, 120_000)
afterAll(() => amud?.remove())

describe.each([
  ['the embedded PostgreSQL (PGlite)', false, EMBEDDED_ROUNDS],
  ['a PostgreSQL server', true, ROUNDS]
])('the desk server killed at random during sync rounds, on %s', (_name, server, rounds) => {
  const skip = server && unavailable !== null
  it.skipIf(skip)(
    `converges after each of ${rounds} kills, with every word both clients wrote on both sides`,
    async () => {
      const opened = server ? await serverBackend.open() : null
      const data = server ? null : mkdtempSync(join(tmpdir(), 'amud-desk-kill-'))
      const folders: string[] = []
      let desk: ServeProcess | null = null
      const libs: Library[] = []
      try {
        // Users first: the embedded folder is one process's at a time.
        const db = opened ? opened.db : await openDeskDb({ data: data! })
        if (!opened) await migrateDesk(db)
        const alice = (await addUser(db, `alice${process.pid}`, 'columnist')).token
        const editor = (await addUser(db, `editor${process.pid}`, 'editor')).token
        if (!opened) await db.close()
        desk = new ServeProcess(amud.path, opened ? ['--database', opened.database!] : ['--data', data!], await freePort())
        await desk.start()

        const join_ = (token: string, name: string, role: 'columnist' | 'editor'): Library => {
          const dir = mkdtempSync(join(tmpdir(), 'amud-desk-kill-lib-'))
          folders.push(dir)
          const lib = openLibrary(join(dir, 'library.sqlite'))
          writeLink(lib, { url: desk!.url, token, userName: name, role }, new Date().toISOString())
          libs.push(lib)
          return lib
        }
        const a = join_(alice, `alice${process.pid}`, 'columnist')
        const e = join_(editor, `editor${process.pid}`, 'editor')
        const id = write(a, ['فقرة الكاتبة', 'فقرة المحرر'])
        markSent(a, id, null)
        await syncLibrary(a)
        await syncLibrary(e)
        const eid = localOf(e, id)

        const written = { a: [] as string[], e: [] as string[] }
        const acknowledged = new Set<string>()
        let kills = 0
        let struck = 0
        // How long a round of two syncs takes here: the kills fall anywhere inside one.
        const started = Date.now()
        append(a, id, 0, 'تمهيد')
        append(e, eid, 1, 'تمهيد')
        written.a.push('تمهيد')
        written.e.push('تمهيد')
        await Promise.all([syncLibrary(a), syncLibrary(e)])
        const roundMs = Date.now() - started
        for (let r = 0; r < rounds; r++) {
          append(a, id, 0, `ك${r}`)
          written.a.push(`ك${r}`)
          append(e, eid, 1, `م${r}`)
          written.e.push(`م${r}`)
          const pending = { a: [...written.a], e: [...written.e] }
          const syncs = [
            syncLibrary(a).then(
              () => pending.a.forEach((w) => acknowledged.add(w)),
              () => struck++
            ),
            syncLibrary(e).then(
              () => pending.e.forEach((w) => acknowledged.add(w)),
              () => struck++
            )
          ]
          // A random moment of the round (the moment is the fault, not a wait for something).
          await new Promise((res) => setTimeout(res, Math.random() * roundMs * 1.2))
          await desk.kill()
          kills++
          await Promise.all(syncs)
          await desk.start()
        }
        await converge([a, e, a])
        const expected = ['فقرة الكاتبة', ...written.a].join(' ')
        const expectedE = ['فقرة المحرر', ...written.e].join(' ')
        // The kills did strike syncs in flight (a kill between syncs tests nothing).
        expect(struck).toBeGreaterThan(0)
        expect(paragraphs(a, id)).toEqual([expected, expectedE])
        expect(paragraphs(e, eid)).toEqual([expected, expectedE])
        expect(await onDesk(desk.url, editor, id)).toEqual([expected, expectedE])
        for (const w of acknowledged) expect(words(`${expected} ${expectedE}`)).toContain(w)
        expect(kills).toBe(rounds)
        // Nothing was reported as a conflict: the faults cost no one their text.
        expect(conflictsIn(a)).toBe(0)
        expect(conflictsIn(e)).toBe(0)
      } finally {
        await desk?.kill()
        for (const lib of libs) lib.close()
        for (const dir of folders) rmSync(dir, { recursive: true, force: true })
        if (data) rmSync(data, { recursive: true, force: true })
        await opened?.dispose()
      }
    },
    600_000
  )
})

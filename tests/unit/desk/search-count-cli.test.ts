// How `amud desk search` says a capped count: the desk counts matches up to 1,000 (issue 14)
// and sets totalIsAtLeast past it; a desk that never said (older than migration 006) counted
// every match. Answered by a stand-in desk: the count itself is tested on real desks
// (search.test.ts, search-plan.test.ts); this is how the command words it.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeLink } from '../../../src/node/desk/local'
import { openLibrary } from '../../../src/node/library/index'
import { amud } from '../../support/cli'

let server: Server | null = null
const dirs: string[] = []

afterEach(async () => {
  const s = server
  server = null
  if (s) await new Promise<void>((resolve) => s.close(() => resolve()))
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const hit = {
  articleId: 'a1',
  version: 1,
  owner: 'salma',
  status: 'draft',
  updatedAt: '2026-12-07T00:00:00.000Z',
  title: 'الأزمة',
  score: 0,
  titleHighlights: [[0, 6]],
  snippet: { text: 'الأزمة باقية', highlights: [[0, 6]] }
}

/** A library joined to a stand-in desk whose every search answers `answer`. */
async function libraryAnswered(answer: object): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(answer))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  const dir = mkdtempSync(join(tmpdir(), 'amud-desk-count-'))
  dirs.push(dir)
  const path = join(dir, 'library.sqlite')
  const lib = openLibrary(path)
  writeLink(lib, { url: `http://127.0.0.1:${port}`, token: 'token', userName: 'salma', role: 'editor' }, new Date().toISOString())
  lib.close()
  return path
}

describe('amud desk search: the count', () => {
  it('says "more than 1,000" when the desk stopped counting', async () => {
    const library = await libraryAnswered({ hits: [hit], terms: ['الازمه'], total: 1_000, totalIsAtLeast: true })
    const run = await amud(['desk', 'search', 'الأزمة', '--library', library])
    expect(run.code).toBe(0)
    expect(run.out.trimEnd().split('\n').at(-1)).toBe('more than 1,000 desk articles match (1 shown)')
    const json = JSON.parse((await amud(['desk', 'search', 'الأزمة', '--json', '--library', library])).out) as { total: number; totalIsAtLeast: boolean }
    expect(json).toMatchObject({ total: 1_000, totalIsAtLeast: true })
  })

  it('reads an older desk, which counted every match and did not say', async () => {
    const library = await libraryAnswered({ hits: [hit], terms: ['الازمه'], total: 12_345 })
    const run = await amud(['desk', 'search', 'الأزمة', '--library', library])
    expect(run.out.trimEnd().split('\n').at(-1)).toBe('12345 desk articles match (1 shown)')
    const json = JSON.parse((await amud(['desk', 'search', 'الأزمة', '--json', '--library', library])).out) as { totalIsAtLeast: boolean }
    expect(json.totalIsAtLeast).toBe(false)
  })
})

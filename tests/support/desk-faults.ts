// What the desk's fault tests (tests/unit/desk/*-fault… files) share: `amud desk serve` as a
// process to kill and start again, syncing until two libraries converge, and reading an
// article's words back from a library and from the desk, so each test states only its fault.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { DeskClient } from '../../src/node/desk/client'
import { syncLibrary, type SyncReport } from '../../src/node/desk/sync'
import type { Library } from '../../src/node/library/index'
import { paragraphsFromDocument } from '../../src/shared/document/index'
import { waitFor } from './desk'
import { edit, paragraphs } from './desk-suite'

export async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

/** `amud desk serve` (the script `bin`, run by node) as a child process, started again on the same port after each kill. */
export class ServeProcess {
  private child: ChildProcess | null = null
  private exited: Promise<unknown> = Promise.resolve()
  readonly url: string

  constructor(
    private readonly bin: string,
    private readonly store: string[],
    private readonly port: number
  ) {
    this.url = `http://127.0.0.1:${port}`
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [this.bin, 'desk', 'serve', ...this.store, '--port', String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout!.on('data', (b: Buffer) => (out += b.toString()))
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()))
    this.exited = new Promise((r) => child.on('exit', r))
    this.child = child
    await waitFor(`the desk to start (${err})`, () => out.includes('\n') || child.exitCode !== null, 90_000)
    if (!out.startsWith(this.url)) throw new Error(`the desk did not start: ${err}`)
  }

  async kill(): Promise<void> {
    this.child?.kill('SIGKILL')
    await this.exited
    this.child = null
  }
}

/** Syncs until every library has nothing to send or receive: at most `tries` rounds. */
export async function converge(libs: Library[], tries = 10): Promise<void> {
  for (let i = 0; i < tries; i++) {
    const reports: SyncReport[] = []
    for (const lib of libs) reports.push(await syncLibrary(lib))
    if (reports.every((r) => r.sent === 0 && r.received === 0 && r.leftForNext === 0 && r.conflicts.length === 0)) return
  }
  throw new Error(`the libraries did not converge in ${tries} sync rounds`)
}

export const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '')

/** Adds `word` at the end of paragraph `index`, as a new local revision. */
export function append(lib: Library, id: string, index: number, word: string): void {
  const ps = paragraphs(lib, id)
  edit(lib, id, index, `${ps[index]} ${word}`)
}

/** The paragraphs of a desk article as `token` sees it over HTTP. */
export async function onDesk(url: string, token: string, id: string): Promise<string[]> {
  let since = 0
  for (;;) {
    const page = await new DeskClient(url, token).pull(since)
    const found = page.articles.find((a) => a.articleId === id)
    if (found) return paragraphsFromDocument({ root: { type: 'root', version: 1, children: found.content.blocks } } as never)
    if (!page.more) throw new Error(`article ${id} is not on the desk`)
    since = page.next
  }
}

/** The number of conflicts a library has recorded. */
export const conflictsIn = (lib: Library): number => (lib.database.prepare('SELECT count(*) AS n FROM desk_conflicts').get() as { n: number }).n

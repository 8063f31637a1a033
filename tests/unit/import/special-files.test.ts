// Import of files that are not plain files, or are too big to be articles: a named pipe (its
// read blocks forever), /dev/zero behind a .txt link (memory grew to 9 GB), a 2.1 GiB file
// (sparse: no disk used), a file whose read fails with EIO (/proc/self/mem read at address 0).
// Each must fail alone with its reason while the other files import; a folder lists the links,
// pipes and devices it holds as skipped. The command runs as its own process with a time limit,
// so a regression that blocks fails the test instead of hanging it.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readImportFile } from '../../../src/node/transfer/read-file'
import { msg } from '../../../src/shared/messages/catalog'

const ROOT = resolve(__dirname, '../../..')
const tagged = (author: string, ...paragraphs: string[]): string =>
  [
    `[author image="https://example.com/a.jpg" alt="" class="avatar photo" height="60" width="60"]${author}[/author]`,
    '\u201D اقتباس\u201D',
    '\u0640'.repeat(25),
    ...paragraphs
  ].join('\n')

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function setUp(): void {
  dir = mkdtempSync(join(tmpdir(), 'amud-special-'))
  writeFileSync(join(dir, 'good.txt'), tagged('كاتب أول', 'فقرة أولى فيها اقتباس.'))
  execFileSync('mkfifo', [join(dir, 'pipe.txt')])
  symlinkSync('/dev/zero', join(dir, 'zero.txt'))
  writeFileSync(join(dir, 'big.txt'), '')
  truncateSync(join(dir, 'big.txt'), Math.round(2.1 * 1024 ** 3))
  symlinkSync('/proc/self/mem', join(dir, 'mem.txt'))
  mkdirSync(join(dir, 'drafts'))
  writeFileSync(join(dir, 'drafts', 'second.txt'), tagged('كاتب ثان', 'فقرة ثانية.'))
  symlinkSync(join(dir, 'good.txt'), join(dir, 'drafts', 'link.txt'))
  execFileSync('mkfifo', [join(dir, 'drafts', 'queue')])
}

function amudProcess(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'bin/amud.mjs'), ...args], { cwd: dir, timeout: 60_000, killSignal: 'SIGKILL' }, (error, out, err) => {
      done({ code: error ? ((error as { code?: number }).code ?? null) : 0, out, err })
    })
  })
}

describe('importing special files', () => {
  it('fails the pipe, the device, the 2.1 GiB file and the unreadable file alone; imports the rest; lists what a folder skipped', async () => {
    setUp()
    const r = await amudProcess(['import', 'good.txt', 'pipe.txt', 'zero.txt', 'big.txt', 'mem.txt', 'drafts', '--library', join(dir, 'library.sqlite')])
    expect(r.out).toMatch(/^imported good\.txt \S+$/m)
    expect(r.out).toMatch(/^failed pipe\.txt: a named pipe \(FIFO\), not a file/m)
    expect(r.out).toMatch(/^failed zero\.txt: a device, not a file/m)
    expect(r.out).toMatch(/^failed big\.txt: too large to import \(2150\.4 MB; the most is 10\.0 MB\)/m)
    expect(r.out).toMatch(/^failed mem\.txt: .*input\/output error/m)
    expect(r.out).toMatch(/^imported drafts\/second\.txt \S+$/m)
    expect(r.out).toMatch(/^skipped drafts\/link\.txt: a symbolic link/m)
    expect(r.out).toMatch(/^skipped drafts\/queue: a named pipe/m)
    expect(r.out).toMatch(/^2 imported, 2 skipped, 4 failed$/m)
    expect(r.code).toBe(1)
  }, 90_000)

  it('the reader refuses a folder named as a file, in both languages, and reads a plain file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'amud-special-'))
    mkdirSync(join(dir, 'folder.txt'))
    expect(await readImportFile(join(dir, 'folder.txt'))).toEqual({ ok: false, reason: msg('file.folder') })
    writeFileSync(join(dir, 'a.txt'), 'نص')
    const ok = await readImportFile(join(dir, 'a.txt'))
    expect(ok.ok && ok.bytes.toString()).toBe('نص')
    // A file that says 0 bytes but holds more (as /proc files do) is read to its end, up to the cap.
    expect(existsSync('/proc/self/status')).toBe(true)
    const proc = await readImportFile('/proc/self/status', 1 << 20)
    expect(proc.ok && proc.bytes.toString()).toMatch(/^Name:/)
    const capped = await readImportFile('/proc/self/status', 10)
    expect(capped.ok).toBe(false)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('نص')
  })
})

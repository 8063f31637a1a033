// `npm run serve` in a terminal, as the README tells a newcomer to type it: npm's banner (and a
// first build, when there is none) come first, so the address to open must come last, alone on
// its line, where a person looks. Standard output and standard error share one file here, as
// they share a terminal, so the order is the order of the writes.
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { ROOT } from './support/host'

const dir = mkdtempSync(join(tmpdir(), 'amud-serve-'))
let child: ChildProcess | null = null

function exited(c: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (c.exitCode !== null || c.signalCode !== null) done()
    else c.once('exit', () => done())
  })
}

afterAll(async () => {
  // npm, its shell and the host form one process group. This test is about what startup
  // prints; stopping gracefully is host.test.ts's concern, so the whole group is killed.
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
    await exited(child)
  }
  rmSync(dir, { recursive: true, force: true })
})

const ADDRESS = /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/

it('npm run serve ends its startup with the address to open, alone on the last line', async () => {
  const outputPath = join(dir, 'terminal.txt')
  const fd = openSync(outputPath, 'w')
  child = spawn('npm', ['run', 'serve', '--', '--library', join(dir, 'library.sqlite'), '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', fd, fd],
    detached: true,
    env: { ...process.env, npm_config_update_notifier: 'false' }
  })
  closeSync(fd)
  const terminal = (): string[] => readFileSync(outputPath, 'utf8').split('\n')

  await expect.poll(() => terminal().some((line) => ADDRESS.test(line)), { timeout: 90_000 }).toBe(true)
  const url = terminal().find((line) => ADDRESS.test(line)) as string
  // The address works: the host answers there (a person opening it gets the app with its
  // cookie), and only then is the output read, so whatever startup printed after the address
  // would be there by now.
  const opened = await fetch(url, { redirect: 'manual' })
  expect(opened.status).toBe(303)
  expect(opened.headers.get('set-cookie')).toMatch(/HttpOnly/i)

  const lines = terminal()
  expect(lines.at(-1)).toBe('') // the address line ends with a line break
  expect(lines.at(-2)).toBe(url)
  expect(lines.filter((line) => line.includes('127.0.0.1'))).toEqual([url])
  expect(lines.slice(0, -2).join('\n')).toContain('open this address in a browser:')
})

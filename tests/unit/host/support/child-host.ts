// Starts the browser host in a child process (support/serve-child.mjs) on a throwaway library
// and a stand-in page, finds the address it prints, and never lets a test wait unbounded on
// it: every wait has a limit, and stop() ends with SIGKILL if the host ignores SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface ChildHost {
  child: ChildProcess
  origin: string
  port: number
  token: string
  /** A throwaway folder of the test's (removed by dispose). */
  dir: string
  log(): string
  /** Resolves with the exit code and signal, or null if the process is still alive after `ms`. */
  exited(ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null>
  dispose(): Promise<void>
}

const ADDRESS = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/

export async function startChildHost(): Promise<ChildHost> {
  const dir = mkdtempSync(join(tmpdir(), 'amud-child-host-'))
  const renderer = join(dir, 'root', 'out', 'renderer')
  mkdirSync(renderer, { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>عمود</title>')
  const child = spawn(process.execPath, [join(__dirname, 'serve-child.mjs'), join(dir, 'root'), '--library', join(dir, 'library.sqlite')], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  let stdout = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))

  const exited = (ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done({ code: child.exitCode, signal: child.signalCode })
      const timer = setTimeout(() => done(null), ms)
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        done({ code, signal })
      })
    })
  const dispose = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL')
      await exited(10_000)
    }
    rmSync(dir, { recursive: true, force: true })
  }

  const found = await new Promise<RegExpExecArray>((done, fail) => {
    const timer = setTimeout(() => {
      void dispose()
      fail(new Error(`the host printed no address within 30 s. Its log:\n${stderr}`))
    }, 30_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`the host exited (${code}) before printing its address. Its log:\n${stderr}`))
    })
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const match = ADDRESS.exec(stdout)
      if (match) {
        clearTimeout(timer)
        done(match)
      }
    })
  })
  const port = Number(found[1])
  return { child, origin: `http://127.0.0.1:${port}`, port, token: found[2] as string, dir, log: () => stderr, exited, dispose }
}

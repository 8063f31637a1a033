// Starts the browser host the way a user does (`node scripts/serve.mjs`), on a throwaway
// library and a free port, and reads the address it prints first.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../../..')

export interface RunningHost {
  /** The printed address, token included. */
  url: string
  origin: string
  port: number
  token: string
  libraryPath: string
  /** Everything the host wrote to stderr so far (its log). */
  log(): string
  stop(): Promise<void>
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done()
    else child.once('exit', () => done())
  })
}

export async function startHost(options: { libraryPath?: string } = {}): Promise<RunningHost> {
  const dir = mkdtempSync(join(tmpdir(), 'amud-host-'))
  const libraryPath = options.libraryPath ?? join(dir, 'library.sqlite')
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs'), '--library', libraryPath, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))

  const firstLine = await new Promise<string>((done, fail) => {
    const failed = (error: Error): void => {
      child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
      fail(error)
    }
    let stdout = ''
    const timer = setTimeout(() => failed(new Error(`the host printed no address within 60 s. Its log:\n${stderr}`)), 60_000)
    const onExit = (code: number | null): void => {
      clearTimeout(timer)
      failed(new Error(`the host exited (${code}) before printing its address. Its log:\n${stderr}`))
    }
    child.once('exit', onExit)
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const end = stdout.indexOf('\n')
      if (end >= 0) {
        clearTimeout(timer)
        child.off('exit', onExit)
        done(stdout.slice(0, end))
      }
    })
  })
  const url = new URL(firstLine)
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM')
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited(child)
    clearTimeout(killer)
    rmSync(dir, { recursive: true, force: true })
  }
  return {
    url: firstLine,
    origin: url.origin,
    port: Number(url.port),
    token: url.searchParams.get('token') ?? '',
    libraryPath,
    log: () => stderr,
    stop
  }
}

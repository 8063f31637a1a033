// `npm run serve -- [--library PATH] [--port N]`: Amud in a browser, for machines where the
// desktop window cannot open. The address to open (with this run's token) is the only line on
// standard output, written after every startup message (those go to stderr): in a terminal it
// is the last line, alone, below npm's banner and any build; a script reads it off stdout.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { DeskStatus } from '../../shared/api/desk'
import { AmudError } from '../../shared/model/errors'
import { DeskAgent } from '../desk/agent'
import { defaultLibraryPath, openLibrary } from '../library'
import { PictureFetcher } from '../pictures'
import { stopSpellChecker, warmSpellChecker } from '../spell'
import { startHostServer } from './server'

export const SERVE_USAGE = `Usage: npm run serve -- [--library PATH] [--port N]

Serves Amud to a browser on this computer only (127.0.0.1) and prints the address to open.
  --library PATH  the library file (default: $AMUD_LIBRARY, else the app's own library.sqlite)
  --port N        the port to listen on (default 0: any free port)
`

export interface HostCliContext {
  /** The repository root, where out/renderer is built. */
  root: string
  env?: NodeJS.ProcessEnv
  cwd?: string
}

/** After closing everything, how long the process may take to end by itself. */
const STOP_GRACE_MS = 1_000
/** The log's words when something was left open at exit (tests look for them). */
export const STILL_OPEN = 'still open after stopping:'

function fail(message: string, code: number): number {
  process.stderr.write(`amud serve: ${message}\n`)
  return code
}

/** Builds the renderer when it was never built; its output goes to stderr, keeping stdout for the URL alone. */
function ensureRenderer(root: string): string | null {
  const dir = join(root, 'out', 'renderer')
  if (existsSync(join(dir, 'index.html'))) return dir
  process.stderr.write('amud serve: the app is not built yet (out/renderer); running `electron-vite build` first…\n')
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: ['ignore', 2, 2] })
  return build.status === 0 && existsSync(join(dir, 'index.html')) ? dir : null
}

/** Seconds between background desk syncs: $AMUD_DESK_SYNC_SECONDS (tests shorten it), else 5. */
function deskInterval(env: NodeJS.ProcessEnv): number {
  const s = Number(env.AMUD_DESK_SYNC_SECONDS)
  return Number.isFinite(s) && s > 0 ? s * 1000 : 5000
}

/** Resolves once the host has stopped (on SIGINT or SIGTERM); the number is the exit status. */
export async function runHost(argv: string[], context: HostCliContext): Promise<number> {
  const env = context.env ?? process.env
  const cwd = context.cwd ?? process.cwd()
  let values: { library?: string | undefined; port?: string | undefined; help?: boolean | undefined }
  try {
    values = parseArgs({
      args: argv,
      options: { library: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true
    }).values
  } catch (err) {
    return fail(`${(err as Error).message}\n${SERVE_USAGE}`, 2)
  }
  if (values.help) {
    process.stdout.write(SERVE_USAGE)
    return 0
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`--port must be a number from 0 to 65535, not "${values.port}".`, 2)

  const rendererDir = ensureRenderer(context.root)
  if (!rendererDir) return fail('the app could not be built; run `npm run build` and look at its errors.', 1)

  const libraryPath = resolve(cwd, values.library ?? defaultLibraryPath(env))
  let library: ReturnType<typeof openLibrary>
  try {
    library = openLibrary(libraryPath, {
      onUpgrade: (p) => {
        if (p.total >= 2000 && (p.done === p.total || p.done % 5000 === 0)) {
          process.stderr.write(`amud serve: upgrading the library: search index ${p.done} of ${p.total} articles\n`)
        }
      }
    })
  } catch (err) {
    if (err instanceof AmudError) return fail(`cannot open the library ${libraryPath}: ${err.message}`, 1)
    throw err
  }

  let host: Awaited<ReturnType<typeof startHostServer>>
  // The desk syncs in this process, in the background; its state goes to the page as events.
  let onDeskState = (_s: DeskStatus): void => undefined
  const desk = new DeskAgent(library, { onState: (s) => onDeskState(s), log: (l) => process.stderr.write(`${l}\n`), intervalMs: deskInterval(env) })
  try {
    host = await startHostServer({ service: library, rendererDir, port, desk })
  } catch (err) {
    desk.close()
    library.close()
    return fail(`cannot listen on 127.0.0.1:${port}: ${(err as Error).message}`, 1)
  }
  process.stderr.write(`amud serve: library ${libraryPath}\namud serve: Ctrl+C stops; open this address in a browser:\n`)
  process.stdout.write(`${host.url}\n`)
  onDeskState = (s) => host.events.emit('deskState', s)
  // Authors' pictures are fetched here, in the background, and shown to the page from the library.
  const pictures = new PictureFetcher(library, { onStored: (authorIds) => host.events.emit('authorPictures', { authorIds }) })
  warmSpellChecker()

  return new Promise<number>((done) => {
    let stopping = false
    const stop = (): void => {
      if (stopping) return
      stopping = true
      desk.close()
      // The picture fetcher first (nothing is written to the library once it starts closing),
      // then the server (with every open connection, event streams included), the spell
      // worker, then the library: with nothing left open, the process ends by itself.
      void pictures
        .close()
        .then(() => host.close())
        .then(() => stopSpellChecker())
        .catch((err: unknown) => process.stderr.write(`amud serve: while stopping: ${(err as Error).message}\n`))
        .finally(() => {
          library.close()
          done(0)
          // A file-system call that never returns (see files/time-limit.ts) would keep the
          // process alive: it is named, and the process ends anyway, within the promised 2 s.
          setTimeout(() => {
            process.stderr.write(`amud serve: ${STILL_OPEN} ${JSON.stringify(process.getActiveResourcesInfo())}; stopping anyway.\n`)
            process.exit(0)
          }, STOP_GRACE_MS).unref()
        })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

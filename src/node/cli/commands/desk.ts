// `amud desk …`: the newsroom desk. `serve` and `user` run the desk server's side (over a
// PostgreSQL server or the embedded one in a data folder); `join`, `send`, `sync` and `status`
// run a library's side. See docs/desk.md.
import { join, resolve } from 'node:path'
import { DESK_ROLES, MAX_SEARCH_HITS } from '../../../shared/desk/contract'
import { AmudError } from '../../../shared/model/errors'
import { DeskClient } from '../../desk/client'
import { openDeskDb, type DeskDb } from '../../desk/db'
import { DeskFailure } from '../../desk/errors'
import { linkedArticles, linkedByArticleId, isDirty, readLink, writeLink } from '../../desk/local'
import { migrateDesk } from '../../desk/migrate'
import { isLoopback, startDeskServer } from '../../desk/server'
import { markSent, requireLink, syncLibrary, type SyncReport } from '../../desk/sync'
import { addUser, revokeUser } from '../../desk/users'
import { userDataFolder } from '../../library/index'
import type { CliIo, Command, ParsedArgs } from '../command'
import { flag, stringOption, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'
import { markRanges, SEARCH_SYNTAX_HELP } from './search'

const STORE_HELP = `  --data DIR        the embedded PostgreSQL's folder (default: the app's user-data folder/desk)
  --database URL    a PostgreSQL server instead: postgres://USER:PASSWORD@HOST/DATABASE`

async function withDesk<T>(args: ParsedArgs, io: CliIo, fn: (db: DeskDb) => Promise<T>): Promise<T> {
  const database = stringOption(args, 'database') ?? io.env.AMUD_DESK_DATABASE
  const data = stringOption(args, 'data')
  if (database !== undefined && data !== undefined) throw new UsageError('give either --data or --database, not both')
  if (database !== undefined && !/^postgres(ql)?:\/\//.test(database)) throw new UsageError('--database takes a postgres:// address')
  let db: DeskDb
  try {
    db = await openDeskDb(database !== undefined ? { database } : { data: data !== undefined ? resolve(io.cwd, data) : join(userDataFolder(io.env), 'desk') })
  } catch (err) {
    throw new AmudError('io', `Cannot open the desk's database: ${err instanceof Error ? err.message : String(err)}`)
  }
  try {
    await migrateDesk(db)
    return await fn(db)
  } catch (err) {
    if (err instanceof DeskFailure) throw new AmudError('invalid', err.message)
    throw err
  } finally {
    await db.close()
  }
}

function waitForStop(): Promise<string> {
  return new Promise((res) => {
    const stop = (signal: string): void => {
      process.off('SIGTERM', onTerm)
      process.off('SIGINT', onInt)
      res(signal)
    }
    const onTerm = (): void => stop('SIGTERM')
    const onInt = (): void => stop('SIGINT')
    process.on('SIGTERM', onTerm)
    process.on('SIGINT', onInt)
  })
}

async function serve(args: ParsedArgs, io: CliIo): Promise<number> {
  const host = stringOption(args, 'host') ?? '127.0.0.1'
  const portText = stringOption(args, 'port') ?? '7878'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got "${portText}")`)
  return withDesk(args, io, async (db) => {
    const desk = await startDeskServer(db, { port, host, log: (m) => io.err(`${m}\n`) })
    io.out(`${desk.url}\n`)
    io.err(`amud desk: serving ${db.where}${isLoopback(host) ? '' : ' beyond loopback: put it behind a TLS reverse proxy (docs/desk.md)'}; stop with Ctrl-C\n`)
    const signal = await waitForStop()
    await desk.close()
    io.err(`amud desk: stopped (${signal})\n`)
    return 0
  })
}

async function user(args: ParsedArgs, io: CliIo): Promise<number> {
  const [, action, name] = args.positionals
  if (action === 'add') {
    if (!name) throw new UsageError('amud desk user add NAME --role ROLE')
    const role = stringOption(args, 'role')
    if (!role) throw new UsageError(`--role is needed: ${DESK_ROLES.join(', ')}`)
    return withDesk(args, io, async (db) => {
      const { token } = await addUser(db, name, role)
      io.out(`${token}\n`)
      io.err(`amud desk: added ${role} "${name}"; the token above is shown only this once.\n`)
      return 0
    })
  }
  if (action === 'revoke') {
    if (!name) throw new UsageError('amud desk user revoke NAME')
    return withDesk(args, io, async (db) => {
      if (!(await revokeUser(db, name))) throw new AmudError('not_found', `The desk has no active user named "${name}".`)
      io.out(`revoked ${name}\n`)
      return 0
    })
  }
  throw new UsageError('amud desk user add NAME --role ROLE | amud desk user revoke NAME')
}

async function joinDesk(args: ParsedArgs, io: CliIo): Promise<number> {
  const url = args.positionals[1]
  const token = stringOption(args, 'token') ?? io.env.AMUD_DESK_TOKEN
  if (!url || !/^https?:\/\//.test(url)) throw new UsageError('amud desk join URL --token TOKEN (URL starts with http:// or https://)')
  if (!token) throw new UsageError('--token is needed (or $AMUD_DESK_TOKEN)')
  const me = await new DeskClient(url, token).whoami()
  await withLibrary(args, io, (library) => writeLink(library, { url, token, userName: me.name, role: me.role }, new Date().toISOString()))
  io.out(`joined ${url} as ${me.role} "${me.name}"\n`)
  return 0
}

function printReport(r: SyncReport, args: ParsedArgs, io: CliIo): number {
  if (flag(args, 'json')) io.out(`${JSON.stringify(r, null, 2)}\n`)
  else {
    io.out(
      `sent ${r.sent}, received ${r.received}, merged ${r.merged}, conflicts ${r.conflicts.length}${r.leftForNext > 0 ? `, ${r.leftForNext} left for the next sync` : ''}\n`
    )
    for (const c of r.conflicts) io.out(`conflict\t${c.articleId}\t${c.places.join(',')}\t${c.title}\n`)
  }
  return 0
}

async function send(args: ParsedArgs, io: CliIo): Promise<number> {
  const id = args.positionals[1]
  if (!id) throw new UsageError('amud desk send ID [--to EDITOR]')
  return withLibrary(args, io, async (library) => {
    markSent(library, id, stringOption(args, 'to') ?? null)
    return printReport(await syncLibrary(library), args, io)
  })
}

async function status(args: ParsedArgs, io: CliIo): Promise<number> {
  return withLibrary(args, io, (library) => {
    const link = readLink(library)
    if (!link) throw new AmudError('invalid', 'This library has not joined a desk; run `amud desk join URL --token TOKEN` first.')
    const items = linkedArticles(library).map((a) => ({
      articleId: a.articleId,
      deskId: a.deskId,
      title: a.title,
      deskVersion: a.baseVersion,
      state: a.deleted ? 'in the trash' : a.baseVersion === 0 ? 'not yet on the desk' : isDirty(a) ? 'changed here' : 'in step',
      conflicts: a.conflicts
    }))
    if (flag(args, 'json')) {
      io.out(`${JSON.stringify({ desk: link.url, user: link.userName, role: link.role, lastSyncAt: link.lastSyncAt, articles: items }, null, 2)}\n`)
      return 0
    }
    io.out(`desk ${link.url} as ${link.role} "${link.userName}", last sync ${link.lastSyncAt ?? 'never'}\n`)
    for (const a of items) io.out(`${[a.articleId, a.state, `v${a.deskVersion}`, `${a.conflicts} conflicts`, a.title].join('\t')}\n`)
    return 0
  })
}

async function searchCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const query = args.positionals.slice(1).join(' ')
  if (!query.trim()) throw new UsageError('amud desk search QUERY [--json] [--limit N]')
  const limitText = stringOption(args, 'limit')
  const limit = limitText === undefined ? 20 : Number(limitText)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_HITS) throw new UsageError(`--limit must be a whole number from 1 to ${MAX_SEARCH_HITS}`)
  const link = await withLibrary(args, io, (library) => requireLink(library))
  const result = await new DeskClient(link.url, link.token).search(query, limit)
  if (flag(args, 'json')) {
    io.out(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  }
  for (const hit of result.hits) {
    io.out(`${[hit.articleId, hit.status, hit.owner, markRanges(hit.title, hit.titleHighlights)].join('\t')}\n`)
    io.out(`    ${markRanges(hit.snippet.text, hit.snippet.highlights)}\n`)
  }
  if (result.total === 0) io.err('no desk article matches\n')
  else if (result.totalIsAtLeast)
    // The desk counts up to a cap (10,000): past it, only that more match is known.
    io.out(`more than ${result.total.toLocaleString('en-US')} desk articles match (${result.hits.length} shown)\n`)
  else
    io.out(
      `${result.total} ${result.total === 1 ? 'desk article matches' : 'desk articles match'}${result.total > result.hits.length ? ` (${result.hits.length} shown)` : ''}\n`
    )
  return 0
}

async function trail(args: ParsedArgs, io: CliIo): Promise<number> {
  const id = args.positionals[1]
  if (!id) throw new UsageError('amud desk trail ID [--json]')
  const { link, deskId } = await withLibrary(args, io, (library) => ({ link: requireLink(library), deskId: linkedByArticleId(library, id)?.deskId ?? id }))
  const result = await new DeskClient(link.url, link.token).trail(deskId)
  if (flag(args, 'json')) io.out(`${JSON.stringify(result, null, 2)}\n`)
  else for (const step of result.trail) io.out(`${[step.at, step.status, step.by, `v${step.version}`].join('\t')}\n`)
  return 0
}

/** `amud desk SUB`: what each subcommand runs. */
const SUBCOMMANDS: Record<string, (args: ParsedArgs, io: CliIo) => Promise<number>> = {
  serve,
  user,
  join: joinDesk,
  send,
  sync: (args, io) => withLibrary(args, io, async (library) => printReport(await syncLibrary(library), args, io)),
  status,
  search: searchCommand,
  trail
}

export const desk: Command = {
  name: 'desk',
  summary: 'The newsroom desk: serve one, or join, send to and sync with one.',
  usage: 'amud desk serve|user|join|send|sync|status|trail|search …',
  help: `amud desk serve [--data DIR | --database URL] [--port N] [--host ADDR]
    Runs a desk server; prints its URL first. Loopback only unless --host says otherwise
    (for a newsroom, put it behind a TLS reverse proxy: docs/desk.md). Stops on Ctrl-C / SIGTERM.
amud desk user add NAME --role columnist|editor|admin [--data DIR | --database URL]
    Adds a user and prints its access token, once.
amud desk user revoke NAME [--data DIR | --database URL]
amud desk join URL --token TOKEN [--library PATH]
    Links the library to a desk (the token is kept in the library; $AMUD_DESK_TOKEN works too).
amud desk send ID [--to EDITOR] [--library PATH]
    Puts a local article on the desk, then syncs.
amud desk sync [--json] [--library PATH]
    Pushes local changes, pulls the desk's; prints sent, received, merged, conflicts.
amud desk status [--json] [--library PATH]
    Lists this library's desk articles and their sync state.
amud desk trail ID [--json] [--library PATH]
    The article's status trail on the desk, oldest first: "WHEN<TAB>STATUS<TAB>WHO<TAB>vVERSION"
    (ID: a local article on the desk, or a desk article id).
amud desk search QUERY [--json] [--limit N] [--library PATH]
    Searches the desk (what this library's user may see), newest change first (not ranked):
    "ID<TAB>STATUS<TAB>OWNER<TAB>TITLE", a snippet with hits in [ ], then how many match
    (counted up to 10,000, 1,000 with a phrase: "more than 10,000" past it). The same syntax
    as \`amud search\`:
${SEARCH_SYNTAX_HELP.replace(/^/gm, '    ')}
${STORE_HELP}
  --port N          default 7878 (0: any free port)
${LIBRARY_HELP}`,
  options: {
    ...libraryOption,
    data: { type: 'string' },
    database: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    role: { type: 'string' },
    token: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' }
  },
  async run(args, io) {
    const sub = args.positionals[0]
    if (sub && Object.hasOwn(SUBCOMMANDS, sub)) return SUBCOMMANDS[sub]!(args, io)
    throw new UsageError(sub ? `there is no desk command "${sub}"` : 'which desk command? serve, user, join, send, sync, status, trail or search')
  }
}

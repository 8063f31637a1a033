// One file per command under ./commands; each declares its own usage and help, so `--help`
// and the dispatcher are generated from the same list.
import { parseArgs, type ParseArgsConfig } from 'node:util'

export interface CliIo {
  out(text: string): void
  err(text: string): void
  env: NodeJS.ProcessEnv
  /** Directory relative paths resolve against. */
  cwd: string
}

export interface Command {
  name: string
  /** One line for the command list. */
  summary: string
  /** e.g. "amud check FILE..." */
  usage: string
  /** Options and behaviour, printed by `amud help NAME` and `amud NAME --help`. */
  help: string
  options?: ParseArgsConfig['options']
  run(args: ParsedArgs, io: CliIo): Promise<number> | number
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
}

/** A user mistake: printed as "amud: message" with the command's usage, exit status 2. */
export class UsageError extends Error {}

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...(command.options ?? {}), help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    return { values: parsed.values, positionals: parsed.positionals }
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err))
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name]
  return typeof v === 'string' ? v : undefined
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true
}

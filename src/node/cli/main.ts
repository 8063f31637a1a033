import { commands } from './commands/index'
import { parseCommandArgs, UsageError, type CliIo, type Command } from './command'
import { AmudError } from '../../shared/model/errors'

const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd()
}

export function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    "amud: the command-line side of Amud, the Arabic columnist's workstation.",
    '',
    'Usage: amud COMMAND [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run `amud help COMMAND` or `amud COMMAND --help` for a command's options.",
    'Exit status: 0 success, 1 a file or article failed (reasons on standard error), 2 a usage mistake.',
    ''
  ].join('\n')
}

export function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.summary}\n\n${c.help.trimEnd()}\n`
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.out(overview())
    return 0
  }
  const wanted = name === 'help' ? rest[0] : name
  const command = commands.find((c) => c.name === wanted)
  if (!command) {
    io.err(`amud: there is no command "${wanted}". Run \`amud --help\` to see the commands.\n`)
    return 2
  }
  if (name === 'help') {
    io.out(commandHelp(command))
    return 0
  }
  try {
    const args = parseCommandArgs(command, rest)
    if (args.values.help) {
      io.out(commandHelp(command))
      return 0
    }
    return await command.run(args, io)
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`amud ${command.name}: ${err.message}\nUsage: ${command.usage}\n`)
      return 2
    }
    if (err instanceof AmudError) {
      io.err(`amud ${command.name}: ${err.message}\n`)
      return 1
    }
    throw err
  }
}

// Runs the amud command in-process with captured output, as a shell would see it.
import { runCli } from '../../src/node/cli/main'

export interface CliRun {
  code: number
  out: string
  err: string
}

export async function amud(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  let out = ''
  let err = ''
  const code = await runCli(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd()
  })
  return { code, out, err }
}

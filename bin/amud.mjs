#!/usr/bin/env node
// The amud command runs the TypeScript sources directly (through tsx), so `npx amud` works
// right after `npm ci`, with no build step.
import { tsImport } from 'tsx/esm/api'

// Piped into head or less that closed early: stop quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
}

const { runCli } = await tsImport('../src/node/cli/main.ts', import.meta.url)
process.exitCode = await runCli(process.argv.slice(2))

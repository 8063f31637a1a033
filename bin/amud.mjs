#!/usr/bin/env node
// The amud command runs the TypeScript sources directly (through tsx), so `npx amud` works
// right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api'

register()
const { runCli } = await import('../src/node/cli/main.ts')
process.exitCode = await runCli(process.argv.slice(2))

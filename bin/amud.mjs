#!/usr/bin/env node
// The amud command runs the TypeScript sources directly (through tsx), so `npx amud` works
// right after `npm ci`, with no build step.
import { tsImport } from 'tsx/esm/api'

const { runCli } = await tsImport('../src/node/cli/main.ts', import.meta.url)
process.exitCode = await runCli(process.argv.slice(2))

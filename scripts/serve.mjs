#!/usr/bin/env node
// npm run serve: runs the browser host's TypeScript directly through tsx, so serving needs no
// build of the Node side (the renderer is built on first use). tsImport, not register() +
// import(): on Node 20.19+ the latter trips over require(esm) ("ERR_REQUIRE_CYCLE_MODULE").
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const { runHost } = await tsImport('../src/node/host/cli.ts', import.meta.url)
process.exitCode = await runHost(process.argv.slice(2), { root: fileURLToPath(new URL('..', import.meta.url)) })

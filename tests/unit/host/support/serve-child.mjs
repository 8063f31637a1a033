// The browser host as `npm run serve` runs it (runHost through tsx, in its own process), but
// over a given root whose out/renderer holds a stand-in page: tests need the real process,
// signals and sockets, not the real renderer build. Arguments: ROOT, then serve's own.
import { tsImport } from 'tsx/esm/api'

const [root, ...args] = process.argv.slice(2)
const { runHost } = await tsImport('../../../../src/node/host/cli.ts', import.meta.url)
process.exitCode = await runHost(args, { root })

// The spell worker's entry when Amud runs from its TypeScript sources (the amud command, the
// browser host, tests, benchmarks): a worker thread starts without the tsx loader its parent
// may have, so it loads worker.ts through tsx itself. The Electron build does not use this
// file: electron-vite bundles worker.ts as out/main/spell-worker.js.
import { tsImport } from 'tsx/esm/api'

await tsImport('./worker.ts', import.meta.url)

// `npm run bench -- desk`: issue 14's load and scale figures for the desk server, each target
// said "met" or "MISSED". Load (desk-load.ts) on the PostgreSQL server, then on the embedded
// one for comparison; scale (desk-scale.ts) on the server, with the corpus. Parts that need a
// PostgreSQL server or the corpus say why they skip. AMUD_BENCH_DESK_PARTS=load,scale,embedded
// picks parts.
import { CORPUS_ABSENT, corpusPath } from '../../tests/support/corpus'
import { postgresUnavailable } from '../../tests/support/desk'
import type { Suite } from '../harness'
import { runLoadEmbedded, runLoadOnServer } from './desk-load'
import { runScale } from './desk-scale'

export const deskSuite: Suite = {
  name: 'desk',
  description: 'desk server: 50 libraries syncing at once (PostgreSQL, PGlite); 1,000,000 articles: search, pulling 1,000 changes',
  async run(ctx) {
    const parts = (process.env.AMUD_BENCH_DESK_PARTS ?? 'load,embedded,scale').split(',').map((p) => p.trim())
    const noServer = postgresUnavailable()
    if (parts.includes('load')) {
      if (noServer) ctx.log(noServer)
      else await runLoadOnServer(ctx)
    }
    if (parts.includes('embedded')) await runLoadEmbedded(ctx)
    if (parts.includes('scale')) {
      if (noServer) ctx.log(`${noServer} The scale part needs one: skipped.`)
      else if (!corpusPath()) ctx.log(`${CORPUS_ABSENT} (the desk's scale part replicates it)`)
      else await runScale(ctx)
    }
    ctx.figure('peak memory (max RSS)', process.resourceUsage().maxRSS / 1024, 'MB')
  }
}

// npm run bench [-- SUITE...]: runs the named suites (all by default) and prints their figures.
import { suites } from './suites/index'
import { fmt, type BenchContext } from './harness'

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
  const unknown = wanted.filter((w) => !suites.some((s) => s.name === w))
  if (unknown.length) {
    console.error(`bench: no suite named ${unknown.join(', ')}. Suites: ${suites.map((s) => s.name).join(', ')}`)
    process.exit(2)
  }
  const chosen = wanted.length ? suites.filter((s) => wanted.includes(s.name)) : suites
  for (const suite of chosen) {
    console.log(`\n== ${suite.name}: ${suite.description}`)
    const ctx: BenchContext = {
      log: (line) => console.log(`   ${line}`),
      figure: (name, value, unit, note) => console.log(`   ${name.padEnd(54)} ${fmt(value).padStart(12)} ${unit.padEnd(10)}${note ? ` ${note}` : ''}`)
    }
    await suite.run(ctx)
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})

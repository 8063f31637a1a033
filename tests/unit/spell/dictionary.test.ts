// The real thing: the AyaSpell dictionary loaded in its worker thread (once for this file: the
// CLI shares the process's worker), and the amud spell command over it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sharedSpellWorker, SpellWorker, warmSpellChecker } from '../../../src/node/spell/worker-client'
import { amud } from '../../support/cli'
import { describeEachColumn } from '../../support/each-column'

const dir = mkdtempSync(join(tmpdir(), 'amud-spell-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the spell worker with the real dictionary', () => {
  it('loads once (warmed when a host starts), then checks words with the rules and suggests', async () => {
    warmSpellChecker()
    const worker = sharedSpellWorker()
    const [correct, wrong] = await Promise.all([
      // Sent before the dictionary is loaded: both wait for it.
      worker.check(['مدرسة', 'والمدرسة', 'يحتاجها', 'فسيكتبونها', 'مَدْرَسَةٌ', 'عبدالعزيز', 'الحوثيين', 'بدأوا']),
      worker.check(['ذهبو', 'الذى', 'ان', 'المدرسه'])
    ])
    expect(correct.every((v) => v.correct)).toBe(true)
    expect(wrong.map((v) => v.correct)).toEqual([false, false, false, false])
    expect(wrong.map((v) => v.suggestions[0])).toEqual(['ذهبوا', 'الذي', 'أن', 'المدرسة'])
    expect(await worker.suggest('الاسبوع')).toContain('الأسبوع')
    expect((await worker.ready).loadMs).toBeGreaterThan(0)
  }, 60_000)

  it('tells hamza slips from other faults, splits glued words, and offers a name nothing', async () => {
    const worker = sharedSpellWorker()
    const [ila, an, asbahat, hammond, wamabayn, lam] = await worker.check(['الى', 'ان', 'اصبحت', 'هاموند', 'ومابين', 'لايمكن'])
    expect(ila).toMatchObject({ correct: false, kind: 'hamza', fix: 'إلى', hamzaOmitted: true })
    expect(ila!.suggestions[0]).toBe('إلى')
    // أن، إن and آن are all words: no fix for "fix all", the writer chooses.
    expect(an).toMatchObject({ kind: 'hamza', hamzaOmitted: true })
    expect(an!.fix).toBeUndefined()
    expect(an!.suggestions.slice(0, 2)).toEqual(['أن', 'إن'])
    expect(asbahat).toMatchObject({ kind: 'hamza', fix: 'أصبحت' })
    expect(hammond).toMatchObject({ correct: false, kind: 'word', suggestions: [] })
    expect(wamabayn).toMatchObject({ kind: 'word' })
    expect(wamabayn!.suggestions[0]).toBe('وما بين')
    expect(lam!.suggestions[0]).toBe('لا يمكن')
    // A real typo keeps its word: و is beside ز.
    expect((await worker.check(['الحكزمة']))[0]!.suggestions[0]).toBe('الحكومة')
  }, 60_000)

  it('says plainly when the dictionary cannot be loaded', async () => {
    const broken = join(dir, 'broken-worker.mjs')
    writeFileSync(broken, "import { parentPort } from 'node:worker_threads'\nparentPort.postMessage({ type: 'failed', message: 'ar.trie.gz: no such file' })\n")
    const worker = new SpellWorker(broken)
    await expect(worker.check(['كتاب'])).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/Arabic spelling dictionary could not be loaded \(ar\.trie\.gz: no such file\)/)
    })
    // And keeps saying it, without trying again on every call.
    await expect(worker.suggest('كتاب')).rejects.toMatchObject({ code: 'io' })
    await worker.terminate()
  })
})

describe('amud spell', () => {
  const tagged = [
    '[author name="كاتب" picture=""]',
    '”ذهبو الطلاب إلى المدرسه“',
    'ـــــــــــــــــــــــــ',
    'كتب الأستاذ Hello في 2015 مقالاً عن الذى جرى، إنشاء الله.',
    ''
  ].join('\n')

  it('lists each flagged word with its line, column and suggestions, and the share flagged', async () => {
    const file = join(dir, 'article.txt')
    writeFileSync(file, tagged)
    const r = await amud(['spell', file])
    expect(r.code).toBe(1)
    const lines = r.out.trim().split('\n')
    expect(lines[0]).toBe(`${file}:2:2: ذهبو → ${lines[0]!.split('→ ')[1]}`)
    expect(lines[0]).toMatch(/→ ذهبوا،/)
    expect(lines[1]).toMatch(new RegExp(`^${file}:2:18: المدرسه → المدرسة`))
    expect(lines[2]).toMatch(new RegExp(`^${file}:4:\\d+: الذى → الذي`))
    expect(lines[3]).toBe(`${file}:4:47: إنشاء الله → إن شاء الله`)
    expect(lines[4]).toBe('3 of 13 Arabic words flagged (23.1%)')
  }, 60_000)

  it('--json gives the counts and every issue; a clean file exits 0', async () => {
    const file = join(dir, 'plain.txt')
    writeFileSync(file, 'ذهبوا إلى المدرسة\nوالطلاب يكتبونها\n')
    const clean = await amud(['spell', file, '--json'])
    expect(clean.code).toBe(0)
    expect(JSON.parse(clean.out)).toMatchObject({ words: 5, flagged: 0, share: 0, issues: [] })
    writeFileSync(file, 'ذهبوا إلى المدرسه\n')
    const report = JSON.parse((await amud(['spell', file, '--json'])).out)
    expect(report).toMatchObject({ words: 3, flagged: 1, issues: [{ line: 1, column: 11, text: 'المدرسه', kind: 'word' }] })
    expect(report.issues[0].suggestions[0]).toBe('المدرسة')
  }, 60_000)

  it("accepts the words of a library's personal dictionary with --library", async () => {
    const file = join(dir, 'names.txt')
    writeFileSync(file, 'قال الزويهري إن الأمر انتهى\n')
    const library = join(dir, 'library.sqlite')
    expect((await amud(['spell', file, '--library', library])).out).toMatch(/الزويهري/)
    const { openLibrary } = await import('../../../src/node/library/index')
    const lib = openLibrary(library)
    lib.addUserWord('الزويهري')
    lib.close()
    expect(await amud(['spell', file, '--library', library])).toMatchObject({ code: 0 })
  }, 60_000)

  it('needs exactly one file', async () => {
    expect((await amud(['spell'])).code).toBe(2)
  })
})

/** Whether two words differ only in the alef forms ا أ إ آ. */
const sameButAlef = (a: string, b: string): boolean => a.replace(/[أإآ]/g, 'ا') === b.replace(/[أإآ]/g, 'ا')

describeEachColumn('amud spell on a whole column', (column) => {
  it('reports most flags as hamza slips, and the house style "hamza optional" leaves only the rest', async () => {
    type Report = { words: number; flagged: number; hamza: number; issues: { text: string; kind: string; fix?: string; suggestions: string[] }[] }
    const all = JSON.parse((await amud(['spell', column.path, '--json'])).out) as Report
    const optional = JSON.parse((await amud(['spell', column.path, '--json', '--hamza-optional'])).out) as Report
    const words = all.issues.filter((i) => i.kind === 'word')
    console.log(`${column.label}: ${all.flagged} of ${all.words} flagged, ${all.hamza} hamza slips; hamza optional: ${optional.flagged}`)
    expect(all.hamza).toBeGreaterThan(0)
    expect(all.hamza).toBe(all.issues.filter((i) => i.kind === 'hamza').length)
    // Fixes touch the hamza only; the ambiguous ones (ان) have none.
    for (const i of all.issues.filter((x) => x.fix)) expect(sameButAlef(i.text, i.fix!), `${i.text} → ${i.fix}`).toBe(true)
    expect(all.issues.filter((i) => i.text === 'ان').every((i) => i.kind === 'hamza' && i.fix === undefined)).toBe(true)
    // The house style drops the hamza slips (all of these columns' are hamzas left out), nothing else.
    expect(optional.issues.map((i) => i.text)).toEqual(words.map((i) => i.text))
    expect(optional.flagged / optional.words).toBeLessThan(0.01)
    // Names get no junk.
    for (const i of words.filter((x) => x.text === 'هاموند')) expect(i.suggestions).toEqual([])
  }, 60_000)
})

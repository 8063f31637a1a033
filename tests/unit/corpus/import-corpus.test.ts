// All 31,030 real articles, turned into tagged files, import into a real library with no failure,
// and each exports back to the very bytes it was imported from (author names as the corpus
// writes them: some 500 hold two spaces or a no-break space).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../../src/node/library'
import { writeTagged } from '../../../src/shared/format'
import { corpusPath, corpusToTagged, loadCorpus, CORPUS_ABSENT } from '../../support/corpus'

const present = corpusPath() !== null
if (!present) console.warn(CORPUS_ABSENT)

const dir = mkdtempSync(join(tmpdir(), 'amud-corpus-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.skipIf(!present)('the SaudiNewsNet corpus', () => {
  it('imports every article with no failure, search finds them, and each exports byte for byte', async () => {
    const corpus = await loadCorpus()
    expect(corpus.length).toBe(31_030)
    const texts = corpus.map((a) => writeTagged({ ...corpusToTagged(a), authorName: a.author.trim() || a.source }))
    const files = texts.map((text, i) => ({ name: `corpus/${i}.txt`, base64: Buffer.from(text).toString('base64') }))
    const library = openLibrary(join(dir, 'library.sqlite'))
    try {
      const report = library.importFiles(files, { allowDuplicates: true })
      const failures = report.files.filter((f) => f.outcome === 'failed').slice(0, 5)
      expect(failures).toEqual([])
      expect(report.imported).toBe(31_030)
      expect(library.countByStatus().total).toBe(31_030)
      // A word from a known article, searched in another hamza spelling, finds it.
      const hits = library.search({ query: 'الاسلامية', limit: 5 }).hits
      expect(hits.length).toBeGreaterThan(0)
      const sameBytes = report.files.filter((f, i) => f.articleId !== undefined && library.exportArticle(f.articleId).text === texts[i]).length
      expect(sameBytes).toBe(31_030)
    } finally {
      library.close()
    }
  }, 600_000)
})

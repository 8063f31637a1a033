// Imports commit in groups bounded by time as well as count (import-groups.ts), and the calls
// the hosts serve turn the event loop between groups, so a save made during a long import is
// answered before the import ends. No timing here: the clock is moved by hand.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/node/service-dispatch'
import { GroupBudget } from '../../../src/node/library/import-groups'
import { documentFromParagraphs } from '../../../src/shared/document/index'
import { freshLibrary } from './helpers'

function tagged(n: number): { name: string; base64: string } {
  const text = [
    '[author image="https://example.com/a.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب[/author]',
    `\u201D اقتباس ${n}\u201D`,
    '\u0640'.repeat(25),
    `فقرة المقال رقم ${n} وفيها اقتباس ${n}.`
  ].join('\n')
  return { name: `f${n}.txt`, base64: Buffer.from(text).toString('base64') }
}

const files = (count: number): { name: string; base64: string }[] => Array.from({ length: count }, (_, i) => tagged(i + 1))

describe('import groups', () => {
  it('commits a group once its time is up, before its count is reached', () => {
    const { lib, path } = freshLibrary()
    const reader = new Database(path, { readonly: true })
    const committed = (): number => (reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
    const seen: number[] = []
    let t = 0
    // Each look at the clock: 40 ms later. A group begins, then three files take it past 100 ms.
    const clock = (): number => {
      seen.push(committed())
      return (t += 40)
    }
    const report = lib.importFiles(files(10), {}, undefined, new GroupBudget(clock))
    expect(report.imported).toBe(10)
    expect([...new Set(seen)]).toEqual([0, 3, 6, 9])
    expect(committed()).toBe(10)
    reader.close()
  })

  it('commits a group once its count is reached while time stands still', () => {
    const { lib, path } = freshLibrary()
    const reader = new Database(path, { readonly: true })
    const seen: number[] = []
    const clock = (): number => {
      seen.push((reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n)
      return 0
    }
    lib.importFiles(files(10), {}, undefined, new GroupBudget(clock, 4))
    expect([...new Set(seen)]).toEqual([0, 4, 8])
    reader.close()
  })

  for (const method of ['importFiles', 'importDocuments'] as const) {
    it(`a save made during a running ${method} is answered before the import ends`, async () => {
      const { lib } = freshLibrary()
      const article = lib.createArticle({ title: 'مقال مفتوح' })
      const events: string[] = []
      let t = 0
      const hooks = {
        // Every file takes the whole 100 ms of its group.
        clock: () => (t += 100),
        onImportProgress: (p: { done: number }) => {
          events.push(`progress ${p.done}`)
          // A save arrives while the first group commits, as a request would: on a later turn.
          if (p.done === 1) {
            setImmediate(() => {
              const req = { id: article.id, baseVersion: 1, changes: { document: documentFromParagraphs(['كلمات حُفظت أثناء الاستيراد']) } }
              void dispatch(lib, 'saveArticle', [req]).then((r) => events.push(r.ok ? 'saved' : 'save failed'))
            })
          }
        }
      }
      const reply = await dispatch(lib, method, [files(6)], hooks)
      events.push('import done')
      expect(reply.ok).toBe(true)
      expect(events).toContain('saved')
      expect(events.indexOf('saved')).toBeLessThan(events.indexOf('progress 6'))
      expect(lib.getArticle(article.id).bodyText).toBe('كلمات حُفظت أثناء الاستيراد')
      expect(lib.listArticles({ limit: 100 }).items).toHaveLength(7)
    })
  }
})

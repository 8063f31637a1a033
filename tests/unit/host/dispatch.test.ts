import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch, INTERNAL_MESSAGE } from '../../../src/node/service-dispatch'
import type { ImportProgress, LibraryService } from '../../../src/shared/api/library'
import { articleFile, tempLibrary, type TempLibrary } from './fixtures'
import { ar, en } from '../messages/render'
import type { Said } from '../../../src/shared/messages/catalog'

let temp: TempLibrary
beforeEach(() => {
  temp = tempLibrary()
})
afterEach(() => temp.dispose())

describe('dispatch', () => {
  it('calls the library and wraps the value', async () => {
    const created = await dispatch(temp.library, 'createArticle', [{ title: 'مقالة' }])
    expect(created).toMatchObject({ ok: true, value: { title: 'مقالة', version: expect.any(Number) } })
    const id = (created as { value: { id: string } }).value.id
    expect(await dispatch(temp.library, 'getArticle', [id])).toMatchObject({ ok: true, value: { id } })
    // Optional trailing arguments may be left out, as JSON-borne calls do.
    expect(await dispatch(temp.library, 'listArticles', [])).toMatchObject({ ok: true, value: { items: [{ id }] } })
    expect(await dispatch(temp.library, 'emptyTrash', [])).toEqual({ ok: true, value: 0 })
  })

  it('refuses names outside the contract, including inherited ones', async () => {
    for (const name of ['dropEverything', 'close', 'constructor', '__proto__', 42, null]) {
      expect(await dispatch(temp.library, name, [])).toMatchObject({ ok: false, error: { code: 'invalid' } })
    }
  })

  it('validates arguments before the library sees them', async () => {
    const reply = await dispatch(temp.library, 'getArticle', [42])
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('getArticle') } })
    expect(await dispatch(temp.library, 'getArticle', 'not an array')).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await dispatch(temp.library, 'createArticle', [{ title: 'x', sneaky: true }])).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('says a refusal a person can cause in both languages, naming no call or argument', async () => {
    const cases: [string, unknown[], RegExp][] = [
      ['exportArticlesToFolder', [{ ids: ['x'], dir: 'Documents/Amud' }], /Documents\/Amud/],
      ['exportArticlesToFolder', [{ ids: ['x'], dir: '   ' }], /المجلد/],
      ['createAuthor', ['', null], /اسم/],
      ['renameAuthor', [1, 'ا'.repeat(201)], /201/],
      ['createAuthor', ['كاتب', 'ftp://example.com/a.png'], /.+/],
      ['search', [{ query: 'ب'.repeat(1001) }], /1001/]
    ]
    for (const [method, args, shows] of cases) {
      const reply = await dispatch(temp.library, method, args)
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } })
      const { message, said } = (reply as { error: { message: string; said?: Said } }).error
      const messageAr = ar(said)
      expect(en(said)).toBe(message)
      expect(messageAr, method).toMatch(/[\u0621-\u064A]/)
      expect(messageAr).toMatch(shows)
      for (const text of [message, messageAr]) expect(text).not.toMatch(new RegExp(`${method}:|argument|\\b0\\.dir\\b|Too (big|small)`))
    }
  })

  it("passes the library's own errors through with their codes", async () => {
    expect(await dispatch(temp.library, 'getArticle', ['nope'])).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const created = (await dispatch(temp.library, 'createArticle', [])) as { value: { id: string; version: number } }
    const { id, version } = created.value
    await dispatch(temp.library, 'saveArticle', [{ id, baseVersion: version, changes: { title: 'أ' } }])
    const stale = await dispatch(temp.library, 'saveArticle', [{ id, baseVersion: version, changes: { title: 'ب' } }])
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('hides an unexpected error behind a safe message and logs its stack', async () => {
    const broken = Object.create(temp.library) as LibraryService
    broken.listAuthors = () => {
      throw new TypeError('cannot read /home/someone/secret.sqlite')
    }
    const logged: string[] = []
    const reply = await dispatch(broken, 'listAuthors', [], { log: (m) => logged.push(m) })
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } })
    expect(logged.join('\n')).toMatch(/listAuthors[\s\S]*TypeError: cannot read \/home\/someone\/secret\.sqlite[\s\S]*at /)
  })

  it('reports import progress through the hook', async () => {
    const progress: ImportProgress[] = []
    const files = [articleFile('أولى.txt', 'الفقرة الأولى.'), articleFile('ثانية.txt', 'فقرة أخرى تماما.'), { name: 'bad.txt', base64: '' }]
    const reply = await dispatch(temp.library, 'importFiles', [files], { onImportProgress: (p) => progress.push(p) })
    expect(reply).toMatchObject({ ok: true, value: { imported: 2, failed: 1 } })
    expect(progress).toEqual([
      { done: 1, total: 3, name: 'أولى.txt' },
      { done: 2, total: 3, name: 'ثانية.txt' },
      { done: 3, total: 3, name: 'bad.txt' }
    ])
  })
})

// Authors' pictures are fetched by the host, with limits, and kept in the library; the window
// is given the kept bytes through the contract, never the address. Real SQLite file, real HTTP
// server on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/node/service-dispatch'
import { PictureFetcher, type PictureFetcherOptions } from '../../../src/node/pictures'
import { fetchPicture, PICTURE_LIMITS } from '../../../src/node/pictures/fetch-picture'
import type { Library } from '../../../src/node/library'
import { GIF, PNG, startPictureServer, type PictureServer } from '../../support/picture-server'
import { freshLibrary, type TestClock } from '../library/helpers'

let server: PictureServer
let fetcher: PictureFetcher | null = null
let lib: Library
let clock: TestClock
const stored: number[][] = []

beforeEach(async () => {
  server = await startPictureServer()
  ;({ lib, clock } = freshLibrary())
  stored.length = 0
})

afterEach(async () => {
  await fetcher?.close()
  fetcher = null
  await server.close()
})

function startFetcher(options: PictureFetcherOptions = {}): PictureFetcher {
  fetcher = new PictureFetcher(lib, { onStored: (ids) => stored.push(ids), log: () => undefined, ...options })
  return fetcher
}

const url = (path: string): string => `${server.origin}${path}`

const TAGGED = (picture: string): string =>
  [`[author image="${picture}" alt="" class="avatar photo" height="60" width="60"]سلمى الراوي[/author]`, '” ”', 'ـ'.repeat(25), 'نص المقالة.'].join('\n')

describe('author pictures', () => {
  it('keeps a PNG when an author is created, and the contract returns its bytes, not its address', async () => {
    const f = startFetcher()
    const author = lib.createAuthor('سلمى الراوي', url('/face.png'))
    await f.idle()
    expect(server.hits.get('/face.png')).toBe(1)
    expect(stored).toEqual([[author.id]])
    const reply = await dispatch(lib, 'authorPicture', [author.id])
    expect(reply.ok).toBe(true)
    const picture = (reply as { value: { type: string; base64: string; authorId: number } }).value
    expect(picture).toMatchObject({ authorId: author.id, type: 'image/png' })
    expect(Buffer.from(picture.base64, 'base64').equals(PNG)).toBe(true)
    // Opening the library again asks for nothing: the picture is kept.
    await f.close()
    const again = startFetcher()
    await again.idle()
    expect(server.total()).toBe(1)
  })

  it('queues the fetch of an imported author without making the import wait, and shares one fetch between authors', async () => {
    const f = startFetcher()
    const report = lib.importFiles([{ name: 'a.txt', base64: Buffer.from(TAGGED(url('/face.png'))).toString('base64') }])
    expect(report.imported).toBe(1)
    // The import has returned; the picture has not even been asked for yet.
    expect(server.total()).toBe(0)
    const other = lib.createAuthor('كاتب آخر', url('/face.png'))
    await f.idle()
    const ids = lib.listAuthors().map((a) => a.id)
    expect(ids).toContain(other.id)
    for (const id of ids) expect(lib.authorPicture(id)?.type).toBe('image/png')
    expect(server.hits.get('/face.png')).toBe(1)
  })

  it.each([
    ['/big-declared.png', /larger than 524288 bytes/],
    ['/big-streamed.png', /larger than 524288 bytes/],
    ['/page.png', /not a PNG, JPEG, WebP or GIF/],
    ['/logo.svg', /not a PNG, JPEG, WebP or GIF/],
    ['/missing.png', /HTTP 404/],
    ['/loop.png', /more than 3 redirects/],
    ['/to-file.png', /only http and https/]
  ])('refuses %s: nothing kept, the reason recorded, nothing thrown', async (path, reason) => {
    const f = startFetcher()
    const author = lib.createAuthor('كاتب', url(path))
    await f.idle()
    expect(lib.authorPicture(author.id)).toBeNull()
    expect(lib.pictureFailure(author.id)).toMatch(reason)
    expect(stored).toEqual([])
  })

  it('gives up on a server that never finishes, within the time limit', async () => {
    const f = startFetcher({ limits: { timeoutMs: 300 } })
    const author = lib.createAuthor('كاتب', url('/slow.png'))
    await f.idle()
    expect(server.hits.get('/slow.png')).toBe(1)
    expect(lib.authorPicture(author.id)).toBeNull()
    expect(lib.pictureFailure(author.id)).toMatch(/no complete answer within 300 ms/)
  })

  it('follows a redirect to the picture', async () => {
    const f = startFetcher()
    const author = lib.createAuthor('كاتب', url('/moved.png'))
    await f.idle()
    expect(Buffer.from(lib.authorPicture(author.id)!.base64, 'base64').equals(PNG)).toBe(true)
  })

  it('fetches the new picture when the address changes, and never shows the old one for it', async () => {
    const f = startFetcher()
    const author = lib.createAuthor('كاتب', url('/face.png'))
    await f.idle()
    lib.setAuthorPicture(author.id, url('/other.gif'))
    // Until the new picture is kept, the author has none (their initial is shown).
    expect(lib.authorPicture(author.id)).toBeNull()
    await f.idle()
    const picture = lib.authorPicture(author.id)!
    expect(picture.type).toBe('image/gif')
    expect(Buffer.from(picture.base64, 'base64').equals(GIF)).toBe(true)
    lib.setAuthorPicture(author.id, null)
    expect(lib.authorPicture(author.id)).toBeNull()
  })

  it('asks a failed address again only after a day', async () => {
    const f = startFetcher()
    const author = lib.createAuthor('كاتب', url('/missing.png'))
    await f.idle()
    f.sync()
    await f.idle()
    expect(server.hits.get('/missing.png')).toBe(1)
    clock.advance(25 * 60 * 60 * 1000)
    f.sync()
    await f.idle()
    expect(server.hits.get('/missing.png')).toBe(2)
    expect(lib.authorPicture(author.id)).toBeNull()
  })

  it('fetches nothing at all while the library says never from the network, and shows nothing it has not kept', async () => {
    expect(lib.pictureSettings()).toEqual({ neverFromNetwork: false })
    expect((await dispatch(lib, 'setPictureSettings', [{ neverFromNetwork: true }])).ok).toBe(true)
    const f = startFetcher()
    const author = lib.createAuthor('كاتب', url('/face.png'))
    lib.importFiles([{ name: 'a.txt', base64: Buffer.from(TAGGED(url('/other.gif'))).toString('base64') }])
    await f.idle()
    expect(server.total()).toBe(0)
    expect(lib.authorPicture(author.id)).toBeNull()
    // Allowed again: fetched.
    lib.setPictureSettings({ neverFromNetwork: false })
    await f.idle()
    expect(server.hits.get('/face.png')).toBe(1)
    expect(lib.authorPicture(author.id)?.type).toBe('image/png')
  })

  it('refuses a bad settings call in the contract', async () => {
    const reply = await dispatch(lib, 'setPictureSettings', [{ neverFromNetwork: 'yes' }])
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })
})

describe('where pictures may come from', () => {
  it('asks only the hosts it is given, redirects included, and says which host it refused', async () => {
    const port = new URL(server.origin).port
    const limits = { ...PICTURE_LIMITS, onlyHosts: ['localhost'] }
    // 127.0.0.1 is the same server, but not a name on the list: refused without a request.
    const refused = await fetchPicture(url('/face.png'), limits)
    expect(refused).toMatchObject({ ok: false })
    expect(JSON.stringify(refused)).toContain('127.0.0.1 is not among the hosts')
    expect(server.total()).toBe(0)
    const kept = await fetchPicture(`http://localhost:${port}/face.png`, limits)
    expect(kept).toMatchObject({ ok: true })
    expect(server.hits.get('/face.png')).toBe(1)
  })

  it("never asks this computer's own services, by address or by a name that resolves there, unless the host is listed", async () => {
    const port = new URL(server.origin).port
    // No list of hosts, as in the app: loopback is refused before any request.
    const anyHost = { ...PICTURE_LIMITS, onlyHosts: undefined }
    for (const address of [url('/face.png'), `http://[::1]:${port}/face.png`, `http://169.254.169.254/latest/meta-data/`, `http://0.0.0.0:${port}/face.png`]) {
      const refused = await fetchPicture(address, anyHost)
      expect(refused, address).toMatchObject({ ok: false })
      expect(JSON.stringify(refused), address).toContain('an address on this computer or its link')
    }
    // A name is checked on the address it resolves to.
    const byName = await fetchPicture(`http://localhost:${port}/face.png`, anyHost)
    expect(JSON.stringify(byName)).toMatch(/localhost is at (127\.0\.0\.1|::1), an address on this computer/)
    expect(server.total()).toBe(0)
    // A host the list names is asked (the suites' picture server is on 127.0.0.1).
    const listed = { ...PICTURE_LIMITS, onlyHosts: ['127.0.0.1'] }
    expect(await fetchPicture(url('/face.png'), listed)).toMatchObject({ ok: true })
    expect(server.hits.get('/face.png')).toBe(1)
  })

  it('is set for the test suites from AMUD_PICTURE_HOSTS, so no test looks up a real site', () => {
    expect(PICTURE_LIMITS.onlyHosts).toEqual(['127.0.0.1', 'localhost'])
  })
})

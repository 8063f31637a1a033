// Authors' pictures end to end in Chromium through the browser host: an imported file names a
// picture on another site (a real server on 127.0.0.1, another port); the library shows it from
// what the host kept, and the page itself never asks that site for anything. With "no pictures
// from the network" on, the host does not ask either.
import { afterEach, describe, expect } from 'vitest'
import { it } from './support/fixtures'
import type { Request } from 'playwright-core'
import { startPictureServer, type PictureServer } from '../support/picture-server'
import type { App } from './pages/app'

let server: PictureServer | null = null

afterEach(async () => {
  await server?.close()
  server = null
})

function taggedFile(picture: string): { name: string; base64: string } {
  const text = [
    `[author image="${picture}" alt="" class="avatar photo" height="60" width="60"]سلمى الراوي[/author]`,
    '” البحر لا ينسى من أحبّه.”',
    'ـ'.repeat(25),
    'في صباح شتوي خرجت إلى الميناء القديم. البحر لا ينسى من أحبّه.'
  ].join('\n')
  return { name: 'عمود الميناء.txt', base64: Buffer.from(text, 'utf8').toString('base64') }
}

/** The avatar's picture as the page shows it: its address and its decoded width. */
async function shownPicture(app: App): Promise<{ src: string; width: number } | null> {
  const img = app.library.items.first().getByTestId('avatar-img')
  if ((await img.count()) === 0) return null
  return img.evaluate((i: HTMLImageElement) => {
    return { src: i.src, width: i.complete ? i.naturalWidth : 0 }
  })
}

describe('author pictures', () => {
  it('shows an imported author’s picture from the library, and the page never asks the picture’s site', async ({ openApp }) => {
    server = await startPictureServer()
    const app = await openApp()
    const { page } = app.browser
    const requests: string[] = []
    page.on('request', (r: Request) => requests.push(r.url()))

    const report = await app.call<{ imported: number }>('importFiles', [taggedFile(`${server.origin}/face.png`)])
    expect(report.imported).toBe(1)
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => app.library.items.count()).toBe(1)
    // The host fetched it once; the page shows the kept bytes (a 1×1 PNG) from a blob: address.
    await expect.poll(async () => (await shownPicture(app))?.width ?? 0).toBe(1)
    expect((await shownPicture(app))?.src).toMatch(/^blob:/)
    expect(server.hits.get('/face.png')).toBe(1)
    expect(requests.filter((url) => url.startsWith(server!.origin))).toEqual([])
    // Opening the library again asks the site nothing more.
    await page.reload({ waitUntil: 'load' })
    await expect.poll(async () => (await shownPicture(app))?.width ?? 0).toBe(1)
    expect(server.total()).toBe(1)
    expect(requests.filter((url) => url.startsWith(server!.origin))).toEqual([])
    expect(app.browser.errors).toEqual([])
  })

  it('with “no pictures from the network” on, fetches nothing and shows the initial; turned off, the picture comes', async ({ openApp }) => {
    server = await startPictureServer()
    const app = await openApp()
    const { page } = app.browser
    const requests: string[] = []
    page.on('request', (r: Request) => requests.push(r.url()))
    const never = page.getByTestId('pictures-never')
    await expect.poll(() => never.isEnabled()).toBe(true)
    expect(await never.isChecked()).toBe(false)
    await never.check()
    // The choice is the library's: another client, and the page after a reload, see it.
    await expect.poll(() => app.call('pictureSettings')).toEqual({ neverFromNetwork: true })

    await app.call('importFiles', [taggedFile(`${server.origin}/face.png`)])
    await page.reload({ waitUntil: 'load' })
    await expect.poll(() => app.library.items.count()).toBe(1)
    await expect.poll(() => never.isChecked()).toBe(true)
    expect(await app.library.items.first().getByTestId('avatar-placeholder').innerText()).toBe('س')
    expect(await app.call('authorPicture', (await app.call<{ id: number }[]>('listAuthors'))[0]!.id)).toBeNull()
    expect(server.total()).toBe(0)

    // Allowed again: the host fetches it, and the open page shows it without a reload.
    await never.uncheck()
    await expect.poll(async () => (await shownPicture(app))?.width ?? 0).toBe(1)
    expect(server.hits.get('/face.png')).toBe(1)
    expect(requests.filter((url) => url.startsWith(server!.origin))).toEqual([])
    expect(app.browser.errors).toEqual([])
  })
})

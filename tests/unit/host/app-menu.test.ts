import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, menuLanguage, type MenuItemSpec } from '../../../src/node/app-menu'
import { summarizeImport } from '../../../src/node/import-summary'
import type { MenuCommand } from '../../../src/shared/api/methods'
import { msg } from '../../../src/shared/messages/catalog'

function flatten(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((i) => [i, ...flatten(i.submenu ?? [])])
}

function build(language: 'ar' | 'en', platform: NodeJS.Platform = 'linux') {
  const sent: MenuCommand[] = []
  let imports = 0
  const items = flatten(buildMenuTemplate({ language, platform, dev: false, command: (c) => sent.push(c), importFiles: () => imports++ }))
  return { items, sent, imports: () => imports }
}

describe('application menu', () => {
  it('follows the system language', () => {
    expect(menuLanguage('ar')).toBe('ar')
    expect(menuLanguage('ar-SA')).toBe('ar')
    expect(menuLanguage('en-US')).toBe('en')
    expect(menuLanguage('fr')).toBe('en')
  })

  it("sends the renderer's commands from their shortcuts", () => {
    const { items, sent, imports } = build('en')
    const byKey = (k: string) => items.find((i) => i.accelerator === k)
    for (const k of ['CmdOrCtrl+N', 'CmdOrCtrl+S', 'CmdOrCtrl+F', 'Ctrl+H', 'CmdOrCtrl+Shift+F', 'CmdOrCtrl+Shift+E', 'CmdOrCtrl+O']) byKey(k)?.click?.()
    expect(sent).toEqual(['new-article', 'save-now', 'find', 'replace', 'search-library', 'export'])
    expect(imports()).toBe(1)
  })

  it('uses roles for editing and zoom, labelled in Arabic', () => {
    const { items } = build('ar')
    const roles = Object.fromEntries(items.filter((i) => i.role).map((i) => [i.role, i.label]))
    expect(roles).toMatchObject({ undo: 'تراجع', redo: 'إعادة', zoomIn: 'تكبير', zoomOut: 'تصغير', resetZoom: 'الحجم الأصلي' })
    expect(items.find((i) => i.accelerator === 'CmdOrCtrl+N')?.label).toBe('مقالة جديدة')
  })

  it('has the macOS app menu and shortcuts on a Mac', () => {
    const { items } = build('en', 'darwin')
    expect(items[0]?.role).toBe('appMenu')
    expect(items.some((i) => i.accelerator === 'Cmd+Alt+F')).toBe(true)
    expect(items.some((i) => i.role === 'quit')).toBe(false)
  })
})

describe('import summary', () => {
  it('counts and lists what was not imported', () => {
    const s = summarizeImport(
      {
        imported: 1,
        skipped: 1,
        failed: 1,
        files: [
          { name: 'a.txt', outcome: 'imported', warnings: [] },
          { name: 'b.txt', outcome: 'skipped', said: msg('plain.text', { text: 'already in the library' }), warnings: [] },
          { name: 'c.docx', outcome: 'failed', said: msg('plain.text', { text: 'line 3, column 1: no title' }), warnings: [] }
        ]
      },
      'en'
    )
    expect(s.message).toBe('Imported 1, skipped 1, failed 1.')
    expect(s.detail).toBe('b.txt (skipped): already in the library\nc.docx (failed): line 3, column 1: no title')
    expect(s.failed).toBe(true)
  })
})

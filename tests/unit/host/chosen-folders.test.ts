// The desktop app's folder export writes only into a folder the person chose in the native
// folder dialog during this run: calls go through dispatch as IPC makes them, over a real
// library and real folders; the dialog's answer is the one part only Electron can give.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChosenFolders, rememberingChosenFolders } from '../../../src/node/chosen-folders'
import { dispatch, type DispatchHooks } from '../../../src/node/service-dispatch'
import type { HostDialogs } from '../../../src/shared/api/transfer'
import { articleFile, tempLibrary, type TempLibrary } from './fixtures'

let temp: TempLibrary
let root: string
beforeEach(() => {
  temp = tempLibrary()
  root = mkdtempSync(join(tmpdir(), 'amud-chosen-'))
})
afterEach(() => {
  temp.dispose()
  rmSync(root, { recursive: true, force: true })
})

/** What the person picks in the folder dialog, one answer per opening. */
function dialogAnswering(...answers: (string | null)[]): HostDialogs {
  return {
    chooseFolder: async () => {
      const path = answers.shift()
      return path ? { outcome: 'chosen', path } : { outcome: 'cancelled' }
    },
    saveFile: async () => ({ outcome: 'cancelled' })
  }
}

function electronHooks(dialogs: HostDialogs): DispatchHooks {
  const chosen = new ChosenFolders(root)
  return { dialogs: rememberingChosenFolders(dialogs, chosen), exportFolderAllowed: (dir) => chosen.allows(dir) }
}

function ids(): string[] {
  return temp.library.importFiles([articleFile('مقال.txt', 'فقرة المقال وحدها.')]).files.map((f) => f.articleId as string)
}

describe('folder export under Electron', () => {
  it('refuses a folder never chosen in the dialog and writes nothing there', async () => {
    const target = join(root, 'not-chosen')
    mkdirSync(target)
    const hooks = electronHooks(dialogAnswering(join(root, 'elsewhere')))
    const reply = await dispatch(temp.library, 'exportArticlesToFolder', [{ ids: ids(), dir: target }], hooks)
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining(target) } })
    expect(readdirSync(target)).toEqual([])
  })

  it('exports into the folder the person chose, however the page spells it', async () => {
    const chosen = join(root, 'chosen')
    mkdirSync(chosen)
    const hooks = electronHooks(dialogAnswering(chosen))
    const articles = ids()
    expect(await dispatch(temp.library, 'chooseFolder', [], hooks)).toEqual({ ok: true, value: { outcome: 'chosen', path: chosen } })
    expect(await dispatch(temp.library, 'exportArticlesToFolder', [{ ids: articles, dir: chosen }], hooks)).toMatchObject({
      ok: true,
      value: { written: 1, dir: chosen }
    })
    expect(readdirSync(chosen)).toHaveLength(1)
    const respelled = `${join(root, 'x', '..', 'chosen')}/`
    expect(await dispatch(temp.library, 'exportArticlesToFolder', [{ ids: articles, dir: respelled, overwrite: true }], hooks)).toMatchObject({
      ok: true,
      value: { written: 1 }
    })
  })

  it('does not widen a chosen folder to its parent, its subfolders or a cancelled choice', async () => {
    const chosen = join(root, 'chosen')
    mkdirSync(join(chosen, 'inner'), { recursive: true })
    const hooks = electronHooks(dialogAnswering(chosen, null))
    const articles = ids()
    await dispatch(temp.library, 'chooseFolder', [], hooks)
    expect(await dispatch(temp.library, 'chooseFolder', [], hooks)).toEqual({ ok: true, value: { outcome: 'cancelled' } })
    // Only folders under the test's own: if the check were gone, nothing is written elsewhere.
    for (const dir of [root, join(chosen, 'inner'), `${chosen}-sibling`]) {
      expect(await dispatch(temp.library, 'exportArticlesToFolder', [{ ids: articles, dir }], hooks)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    }
    expect(readdirSync(root).sort()).toEqual(['chosen'])
    expect(readdirSync(join(chosen, 'inner'))).toEqual([])
  })

  it('a fresh run remembers nothing, and "~" names the home folder in both directions', () => {
    const fresh = new ChosenFolders(root)
    expect(fresh.allows(root)).toBe(false)
    fresh.remember(join(root, 'docs'))
    expect(fresh.allows('~/docs')).toBe(true)
    expect(fresh.allows('docs')).toBe(false)
  })
})

describe('folder export in the browser host', () => {
  it('still takes any full path typed in the field (it has no dialog)', async () => {
    const typed = join(root, 'typed')
    const reply = await dispatch(temp.library, 'exportArticlesToFolder', [{ ids: ids(), dir: typed }])
    expect(reply).toMatchObject({ ok: true, value: { written: 1, dir: typed } })
  })
})

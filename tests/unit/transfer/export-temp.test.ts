// A folder export writes each file through a temporary file of its own: created exclusively
// under a random name, so a symlink or a file that bears the old fixed temporary name
// (<name>.amud-tmp) is never written through or overwritten, and the export still succeeds.
import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/node/files/atomic-write'
import { exportToFolder } from '../../../src/node/transfer/export-folder'
import { parseTagged } from '../../../src/shared/format/index'
import { articleFile, tempLibrary, type TempLibrary } from '../host/fixtures'

let temp: TempLibrary
let base: string
let out: string
let outside: string
beforeEach(() => {
  temp = tempLibrary()
  base = mkdtempSync(join(tmpdir(), 'amud-export-temp-'))
  out = join(base, 'out')
  outside = join(base, 'outside.txt')
  writeFileSync(outside, 'not yours')
})
afterEach(() => {
  temp.dispose()
  rmSync(base, { recursive: true, force: true })
})

function seedOne(): { id: string; name: string } {
  const id = temp.library.importFiles([articleFile('مقال.txt', 'فقرة المقال وحدها.')]).files[0]!.articleId as string
  return { id, name: temp.library.exportArticle(id).fileName }
}

describe('export temporary files', () => {
  it('leaves a symlink named like the old temporary file, and the file it points to, untouched', async () => {
    const { id, name } = seedOne()
    await exportToFolder(temp.library, [], out) // creates the folder
    const planted = join(out, `${name}.amud-tmp`)
    symlinkSync(outside, planted)
    const report = await exportToFolder(temp.library, [id], out)
    expect(report).toMatchObject({ written: 1, failed: 0 })
    expect(parseTagged(readFileSync(join(out, name))).ok).toBe(true)
    expect(readFileSync(outside, 'utf8')).toBe('not yours')
    expect(lstatSync(planted).isSymbolicLink()).toBe(true)
    expect(readlinkSync(planted)).toBe(outside)
    // No temporary file of ours is left behind.
    expect(readdirSync(out).sort()).toEqual([name, `${name}.amud-tmp`].sort())
  })

  it('leaves a real file named like the old temporary file untouched, overwrite or not', async () => {
    const { id, name } = seedOne()
    await exportToFolder(temp.library, [], out)
    const planted = join(out, `${name}.amud-tmp`)
    writeFileSync(planted, 'someone else’s draft')
    expect(await exportToFolder(temp.library, [id], out)).toMatchObject({ written: 1, failed: 0 })
    expect(await exportToFolder(temp.library, [id], out, { overwrite: true })).toMatchObject({ written: 1, failed: 0 })
    expect(readFileSync(planted, 'utf8')).toBe('someone else’s draft')
    expect(parseTagged(readFileSync(join(out, name))).ok).toBe(true)
    expect(readdirSync(out).sort()).toEqual([name, `${name}.amud-tmp`].sort())
  })

  it('writes whole files through the shared helper the desktop save uses, next to planted names', async () => {
    const target = join(base, 'saved.docx')
    symlinkSync(outside, `${target}.amud-tmp`)
    await writeFileAtomic(target, Buffer.from('PK bytes'))
    expect(readFileSync(target, 'utf8')).toBe('PK bytes')
    expect(readFileSync(outside, 'utf8')).toBe('not yours')
    await writeFileAtomic(target, 'second')
    expect(readFileSync(target, 'utf8')).toBe('second')
    expect(readdirSync(base).sort()).toEqual(['outside.txt', 'saved.docx', 'saved.docx.amud-tmp'])
  })
})

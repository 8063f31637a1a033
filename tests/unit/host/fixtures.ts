// A real library in a fresh temp folder, and a small valid article file to import.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLibrary, type Library } from '../../../src/node/library'

export interface TempLibrary {
  library: Library
  path: string
  dispose(): void
}

export function tempLibrary(): TempLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'amud-host-unit-'))
  const path = join(dir, 'library.sqlite')
  const library = openLibrary(path)
  return {
    library,
    path,
    dispose: () => {
      library.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

const SEP = 'ـ'.repeat(25)

/** A tagged article file's bytes, base64, as importFiles takes them. */
export function articleFile(name: string, paragraph: string): { name: string; base64: string } {
  const text = [
    '[author image="https://example.com/pic.jpg" alt="" class="avatar photo" height="60" width="60"]كاتب الاختبار[/author]',
    '” اقتباس بارز؟”',
    SEP,
    paragraph
  ].join('\n')
  return { name, base64: Buffer.from(text, 'utf8').toString('base64') }
}

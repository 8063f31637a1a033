// Shared by the library tests: a fresh temporary folder per test, a library in it, and a clock
// the test moves by hand.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openLibrary, type Library } from '../../../src/node/library/index'
import { documentFromParagraphs } from '../../../src/shared/document/index'
import type { SerializedDocument } from '../../../src/shared/model/article'
import type { Said } from '../../../src/shared/messages/catalog'

const cleanups: (() => void)[] = []

afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'amud-lib-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export class TestClock {
  constructor(public ms = Date.parse('2025-03-10T09:00:00.000Z')) {}
  now = (): Date => new Date(this.ms)
  advance(ms: number): void {
    this.ms += ms
  }
}

export interface Fixture {
  lib: Library
  dir: string
  path: string
  clock: TestClock
}

export function freshLibrary(): Fixture {
  const dir = tempDir()
  const path = join(dir, 'library.sqlite')
  const clock = new TestClock()
  const lib = openLibrary(path, { clock: clock.now })
  cleanups.push(() => lib.close())
  return { lib, dir, path, clock }
}

export function doc(...paragraphs: string[]): SerializedDocument {
  return documentFromParagraphs(paragraphs)
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** Runs `fn` expecting an AmudError with `code`; returns it. */
export function expectAmudError(fn: () => unknown, code: string): Error & { code: string; details?: Record<string, unknown>; said?: Said } {
  try {
    fn()
  } catch (err) {
    const e = err as Error & { code: string }
    if (e.code !== code) throw new Error(`expected AmudError ${code}, got ${e.code ?? ''}: ${e.message}`)
    return e
  }
  throw new Error(`expected AmudError ${code}, nothing was thrown`)
}

// Shared by the format tests: the publication's real column, read from ../shared beside the
// repository (never copied into it), and a small article to vary.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TaggedArticle } from '../../../src/shared/format'

export const EXAMPLE_PATH = resolve(__dirname, '../../../../shared/examples/000_953181f7239c77ec.txt')

export function readExample(): Buffer {
  if (!existsSync(EXAMPLE_PATH)) {
    throw new Error(`The real column used by the format tests is absent: expected ${EXAMPLE_PATH} (the shared/ folder beside the clone).`)
  }
  return readFileSync(EXAMPLE_PATH)
}

export const SEP = 'ـ'.repeat(25)
export const HEADER_ATTRS = 'alt="" class="avatar photo" height="60" width="60"'
export const URL = 'https://example.com/pic.jpg'

export function header(name = 'كاظم الموسوي', url = URL): string {
  return `[author image="${url}" ${HEADER_ATTRS}]${name}[/author]`
}

/** Canonical lines of a small article; tests edit one line and join. */
export function lines(): string[] {
  return [header(), '” اقتباس بارز من المقال؟”', SEP, 'الفقرة الأولى من المقال.', 'الفقرة الثانية، وفيها "اقتباس" (وأقواس).']
}

/** The small article's text with line `index` (0-based) replaced. */
export function withLine(index: number, text: string): string {
  const ls = lines()
  ls[index] = text
  return ls.join('\n')
}

export const ARTICLE: TaggedArticle = {
  authorName: 'كاظم الموسوي',
  authorPictureUrl: URL,
  pullQuote: 'اقتباس بارز من المقال؟',
  paragraphs: ['الفقرة الأولى من المقال.', 'الفقرة الثانية، وفيها "اقتباس" (وأقواس).']
}

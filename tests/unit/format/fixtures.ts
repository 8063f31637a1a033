// Shared by the format tests: a small article to vary. (Whole columns: tests/support/columns.ts.)
import type { TaggedArticle } from '../../../src/shared/format'

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

// The words of a text that the Arabic checker looks at. English is left to the host's own
// checker (Chromium's hunspell), numbers and words with digits (بـ15، 3D) are not spelling, and
// a URL or e-mail address is not prose even when part of it is Arabic.
import { tokenizeWords } from '../arabic/count'
import { isArabicKey, spellingKey } from './letters'

export interface SpellWord {
  /** The word as written (with any tashkeel and tatweel). */
  text: string
  /** What is looked up: see spellingKey. */
  key: string
  /** [start, end) in the text, UTF-16 offsets. */
  start: number
  end: number
}

const URLISH = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s«»"“”<>]*|[^\s@«»"“”<>()]+@[^\s@«»"“”<>()]+\.[^\s«»"“”<>()]+/giu
/** A proclitic glued to the quotation or bracket it opens: the tokenizer keeps it in the word. */
const GLUED_OPENER = /^[\u0648\u0641\u0628\u0644\u0643]["'«“”([]/u
const HAS_DIGIT = /\p{N}/u
/** Parts of a word joined by a hyphen or an apostrophe are checked one by one. */
const JOINER = /['’\u2010-]/u

function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const m of text.matchAll(URLISH)) spans.push([m.index, m.index + m[0].length])
  return spans
}

/** The Arabic words of `text` to check, in order; the same word may appear many times. */
export function extractSpellWords(text: string): SpellWord[] {
  const out: SpellWord[] = []
  const urls = urlSpans(text)
  let u = 0
  for (const token of tokenizeWords(text)) {
    while (u < urls.length && urls[u]![1] <= token.start) u++
    const url = urls[u]
    if (url && url[0] < token.end && token.start < url[1]) continue
    if (HAS_DIGIT.test(token.text)) continue
    let offset = token.start
    let raw = token.text
    const glued = GLUED_OPENER.exec(raw)
    if (glued) {
      offset += glued[0].length
      raw = raw.slice(glued[0].length)
    }
    let at = 0
    for (const part of raw.split(JOINER)) {
      const key = spellingKey(part)
      // One letter alone is a clitic before a connector (بـ) or an initial (د.): never a typo.
      if (key.length > 1 && isArabicKey(key)) out.push({ text: part, key, start: offset + at, end: offset + at + part.length })
      at += part.length + 1
    }
  }
  return out
}

/** The distinct keys of `text`, the batch a caller sends to the checker. */
export function distinctSpellKeys(text: string): string[] {
  return [...new Set(extractSpellWords(text).map((w) => w.key))]
}

// A character-class scanner that counts exactly the words count.ts's WORD pattern matches,
// without running the Unicode regex: saving and importing count every body's words, and the
// regex costs more than the rest of the import. Text with astral characters (surrogates)
// returns null so the caller falls back to the pattern itself. A property test keeps the two equal.

const OTHER = 1
const LETTER = 2 // \p{L} except tatweel
const NUMBER = 3 // \p{N}
const TATWEEL = 4 // U+0640: a letter that may continue a word but never start one
const MARK = 5 // \p{M}
const JOINER = 6 // ZWNJ, ZWJ
const classes = new Uint8Array(0x10000)

function classOf(code: number): number {
  let k = classes[code] as number
  if (k === 0) {
    const ch = String.fromCharCode(code)
    k =
      code === 0x0640
        ? TATWEEL
        : code === 0x200c || code === 0x200d
          ? JOINER
          : /\p{L}/u.test(ch)
            ? LETTER
            : /\p{N}/u.test(ch)
              ? NUMBER
              : /\p{M}/u.test(ch)
                ? MARK
                : OTHER
    classes[code] = k
  }
  return k
}

const isStart = (k: number): boolean => k === LETTER || k === NUMBER
const inWord = (k: number): boolean => k !== OTHER
/** ' ’ ‐ -: join two words into one when a letter or digit follows. */
const joinsAny = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2d
/** . , ٫ ٬ / : join digits (3.5, 22/9/2014, 10:30). */
const joinsDigits = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f || c === 0x3a
/** و ف ب ل ك: a proclitic that may stand glued to the quote or bracket it opens. */
const isClitic = (c: number): boolean => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643
const opensQuote = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0xab || c === 0x201c || c === 0x201d || c === 0x28 || c === 0x5b

export function countWordsFast(text: string): number | null {
  const n = text.length
  let count = 0
  let length = 0 // UTF-16 units in the current word; 0 = between words
  let first = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return null
    const k = classOf(c)
    if (length > 0) {
      if (inWord(k)) {
        length++
        continue
      }
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1
      const nextStarts = next >= 0 && !(next >= 0xd800 && next <= 0xdfff) && isStart(classOf(next))
      if (nextStarts && joinsAny(c)) {
        length += 2
        i++
        continue
      }
      if (nextStarts && joinsDigits(c) && classOf(text.charCodeAt(i - 1)) === NUMBER && classOf(next) === NUMBER) {
        length += 2
        i++
        continue
      }
      if (nextStarts && length === 1 && isClitic(first) && opensQuote(c)) {
        length += 2
        i++
        continue
      }
      length = 0
    } else if (isStart(k)) {
      count++
      length = 1
      first = c
    }
  }
  return count
}

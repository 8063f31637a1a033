import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { splitSentences } from '../../../src/shared/arabic'
import { describeEachColumn } from '../../support/each-column'

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text)

const CASES: [string, string, string[]][] = [
  [
    'abbreviations, single letters and decimals',
    'قال د. أحمد إن النسبة بلغت 3.5 بالمئة. هل هذا كثير؟ نعم!',
    ['قال د. أحمد إن النسبة بلغت 3.5 بالمئة.', 'هل هذا كثير؟', 'نعم!']
  ],
  ['م. and إلخ. do not end a sentence', 'زار م. خالد المعرض والكتب إلخ. وعاد مساء.', ['زار م. خالد المعرض والكتب إلخ. وعاد مساء.']],
  ['initials and P.O. box', 'راسلوا أ.د. سمير على ص.ب 123 الرياض. شكرا', ['راسلوا أ.د. سمير على ص.ب 123 الرياض.', 'شكرا']],
  ['a year with its era letter ends the sentence', 'ولد عام 1950 م. ثم هاجر عام 1970م. وعاد', ['ولد عام 1950 م.', 'ثم هاجر عام 1970م.', 'وعاد']],
  ['a date with dots and spaces', 'وقع ذلك في 22. 9. 2014 في جدة. ثم عاد.', ['وقع ذلك في 22. 9. 2014 في جدة.', 'ثم عاد.']],
  ['؟! and ؟!!. end one sentence', 'فكيف؟! وما الحل؟!!. لا أدري', ['فكيف؟!', 'وما الحل؟!!.', 'لا أدري']],
  [
    'the two-dot and three-dot ellipsis, and …',
    'هل انتهى داعش .. تهديده، خطره؟ اجتماعات واجتماعات... ثم ماذا… لا شيء',
    ['هل انتهى داعش ..', 'تهديده، خطره؟', 'اجتماعات واجتماعات...', 'ثم ماذا…', 'لا شيء']
  ],
  ['a dot with no space after is no break', 'ماذا..ثم ماذا؟ انتهى', ['ماذا..ثم ماذا؟', 'انتهى']],
  [
    'closing quotes and brackets stay with their sentence',
    'قال: «انتهى الأمر.» ثم مضى. (وهذا أيضا!) وانتهى "كل شيء". وبعد',
    ['قال: «انتهى الأمر.»', 'ثم مضى.', '(وهذا أيضا!)', 'وانتهى "كل شيء".', 'وبعد']
  ],
  ['line breaks end sentences; an enumerator does not', '1. البند الأول\n2. البند الثاني\nسطر بلا نقطة', ['1. البند الأول', '2. البند الثاني', 'سطر بلا نقطة']],
  [
    'Latin abbreviations',
    'Dr. Smith arrived. He met J. Doe, i.e. the U.S. envoy. Then he left',
    ['Dr. Smith arrived.', 'He met J. Doe, i.e. the U.S. envoy.', 'Then he left']
  ],
  ['space before the mark', 'هذا ؟ و هذا ! و ذاك .', ['هذا ؟', 'و هذا !', 'و ذاك .']]
]

describe('splitSentences', () => {
  for (const [name, input, expected] of CASES) {
    it(name, () => expect(texts(input)).toEqual(expected))
  }

  it('gives offsets into the input, trimmed of surrounding whitespace', () => {
    const input = '  أولا.   ثانيا؟\n\n ثالثا  '
    const sentences = splitSentences(input)
    expect(sentences).toEqual([
      { text: 'أولا.', start: 2, end: 7 },
      { text: 'ثانيا؟', start: 10, end: 16 },
      { text: 'ثالثا', start: 19, end: 24 }
    ])
    for (const s of sentences) expect(input.slice(s.start, s.end)).toBe(s.text)
  })

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences(' \n ')).toEqual([])
  })
})

describeEachColumn('splitSentences', (column) => {
  it('splits a long paragraph (cut into pieces for ICU) as it splits its parts', () => {
    const body = readFileSync(column.path, 'utf8').split('\n').slice(3).join(' ')
    const once = texts(body)
    expect(once.length).toBeGreaterThan(30)
    expect(once).toContain(column.sentence)
    const copies = Math.ceil(50_000 / body.length) + 1
    const long = Array(copies).fill(body).join(' ')
    expect(long.length).toBeGreaterThan(50_000)
    expect(texts(long)).toEqual(Array(copies).fill(once).flat())
  })
})

describe('splitSentences without Intl.Segmenter', () => {
  const original = Intl.Segmenter
  afterEach(() => {
    ;(Intl as { Segmenter?: unknown }).Segmenter = original
    vi.resetModules()
  })

  it('gives the same sentences from its own rules', async () => {
    ;(Intl as { Segmenter?: unknown }).Segmenter = undefined
    vi.resetModules()
    const fresh = await import('../../../src/shared/arabic/sentences')
    for (const [, input, expected] of CASES) {
      expect(fresh.splitSentences(input).map((s) => s.text)).toEqual(expected)
    }
  })
})

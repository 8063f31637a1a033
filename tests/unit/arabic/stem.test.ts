// The search stemmer's rules: what comes off a word and what must stay (docs/arabic-text.md).
import { describe, expect, it } from 'vitest'
import { normalizeForStems } from '../../../src/shared/arabic/normalize'
import fc from 'fast-check'
import { foldKept, PRONOUNS, stemKey, stemKeys, stemParts } from '../../../src/shared/arabic/stem'
import { stemTokens } from '../../../src/shared/arabic/stem-index'

const key = (word: string): string => stemKey(normalizeForStems(word))
const keys = (word: string): string[] => stemKeys(normalizeForStems(word))
const parts = (word: string): string => stemParts(normalizeForStems(word)).join('|')

describe('search stemming: what comes off', () => {
  it('takes off each proclitic و ف ب ك ل before a word', () => {
    for (const p of ['و', 'ف', 'ب', 'ك', 'ل']) expect(key(`${p}حكومة`), p).toBe(key('حكومة'))
  })

  it('takes off the article and every combination writers use', () => {
    const base = key('أزمة')
    for (const p of ['ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'وبال', 'ولل', 'فلل', 'فبال', 'وكال']) {
      expect(key(`${p}أزمة`), p).toBe(base)
    }
    expect(key('للأزمة')).toBe(key('الأزمة'))
    expect(key('بالرياض')).toBe(key('الرياض'))
    // A tie between لل + ملك and ل + لمل + ك goes to the article.
    expect(key('للملك')).toBe(key('الملك'))
  })

  it('takes و or ب off a word the word list has in an odd affixed form (وسوق، ومياه)', () => {
    expect(key('وسوق')).toBe(key('السوق'))
    expect(key('بسوق')).toBe(key('السوق'))
    expect(key('ومياه')).toBe(key('المياه'))
  })

  it('takes off two single proclitics together (وب، ول، فب، فل، وك)', () => {
    for (const p of ['وب', 'ول', 'فب', 'فل', 'وك']) expect(key(`${p}حكومة`), p).toBe(key('حكومة'))
  })

  it('takes off each attached pronoun, with ة written ت before it', () => {
    for (const s of ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'نا', 'ي']) {
      expect(keys(`حكومت${s}`), s).toContain(key('حكومة'))
      expect(parts(`حكومت${s}`), s).toBe(`|حكومت|${s}`)
    }
    expect(keys('مستواه')).toContain(key('مستوى'))
    expect(key('أبناؤه')).toBe(key('أبناء'))
    expect(key('بيته')).toBe(key('بيت'))
  })

  it('takes off proclitics and a pronoun together, but no pronoun after the article', () => {
    expect(keys('وحكومتها')).toContain(key('الحكومة'))
    expect(key('بكتابه')).toBe(key('الكتاب'))
    // الحكومه (ة typed as ه): a definite word takes no pronoun, so ه stays.
    expect(key('الحكومه')).not.toBe(key('الحكوم'))
  })

  it('reads spelling variants the way search folds them', () => {
    expect(key('الازمة')).toBe(key('الأزمة'))
    expect(key('للأَزْمَةِ')).toBe(key('الأزمة'))
    expect(key('مستوي')).toBe(key('مستوي'))
  })
})

describe('search stemming: precision', () => {
  it('keeps a word in ة apart from its plural in ات (المرأة is not مرات)', () => {
    expect(keys('المرأة')).not.toContain(key('مرات'))
    expect(keys('مرأته')).toContain(key('المرأة'))
    expect(keys('مستوى')).not.toContain(key('مستوا'))
    expect(key('على')).not.toBe(key('علا'))
  })

  it('keeps الرياضة (sport) apart from الرياض (the city): ة is never a pronoun', () => {
    expect(key('الرياضة')).not.toBe(key('الرياض'))
    expect(key('رياضة')).not.toBe(key('رياض'))
    expect(key('بالرياضة')).toBe(key('الرياضة'))
  })

  it('keeps the و of ولاية and of other words that start like a clitic', () => {
    expect(parts('ولاية')).toBe('|ولاية|')
    expect(key('ولاية')).toBe(key('الولاية'))
    expect(key('بولاية')).toBe(key('الولاية'))
    for (const w of ['وزير', 'فيلم', 'بلاد', 'كتاب', 'وافق', 'والد']) {
      expect(parts(w), w).toBe(`|${w}|`)
      expect(key(w), w).not.toBe(key(w.slice(1)))
    }
  })

  it('leaves short words whole: a stem keeps 3 letters (2 after the article)', () => {
    for (const w of ['وطن', 'بعد', 'ولد', 'فقط', 'لكن', 'منه', 'وجه']) expect(parts(w), w).toBe(`|${w}|`)
    expect(key('الحج')).toBe('حج')
    expect(parts('الم')).toBe('|الم|')
  })

  it('keeps words whose ending only looks like a pronoun (السعودي، الاتجاه، عليه)', () => {
    expect(key('سعودي')).toBe(key('السعودي'))
    expect(key('اتجاه')).toBe(key('الاتجاه'))
    expect(key('عليه')).not.toBe(key('علي'))
    expect(keys('والدته')).toContain(key('والدة'))
  })

  it('never strips an article from a hamza-initial word or from function words', () => {
    expect(parts('إلغاء')).toBe('|إلغاء|')
    expect(parts('الله')).toBe('|الله|')
    expect(parts('الذين')).toBe('|الذين|')
    expect(key('الآن')).not.toBe(key('أن'))
  })

  it('leaves Latin words and digits as they are', () => {
    expect(key('OPEC')).toBe('opec')
    expect(key('2015')).toBe('2015')
  })
})

describe('the stems column', () => {
  it('lists each differing key once and leaves out words that are their own key', () => {
    expect(stemTokens('للأزمة والأزمة رياض بالرياض OPEC').split(' ').sort()).toEqual(['ازمة', 'رياض'])
    // Before a pronoun, ت may be ة or ت: both keys.
    expect(stemTokens('حكومته').split(' ').sort()).toEqual(['حكومة', 'حكومت'])
  })

  it('leaves out words whose only clitic is the article: the form columns find them', () => {
    expect(stemTokens('الحكومة الرياض المملكة الأزمة')).toBe('')
    expect(stemTokens('الحكومة للحكومة').split(' ')).toEqual(['حكومة'])
  })
})

describe("the stemmer's pieces", () => {
  it('foldKept folds exactly the letters normalizeForStems keeps, one for one', () => {
    const FOLD: Record<string, string> = { آ: 'ا', أ: 'ا', إ: 'ا', ؤ: 'و', ئ: 'ي', ى: 'ي', ة: 'ه' }
    const unit = fc.constantFrom(...'آأإؤئىةابتهوي a1', ...Object.keys(FOLD))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (xs) => {
        expect(foldKept(xs.join(''))).toBe(xs.map((x) => FOLD[x] ?? x).join(''))
      })
    )
  })

  it('reads every pronoun, the longest first, and none that would leave no stem', () => {
    for (const p of PRONOUNS) {
      expect(parts(`سيار${p}`), p).toBe(`|سيار|${p}`)
      expect(parts(`و${p}`), p).not.toMatch(new RegExp(`\\|${p}$`))
    }
    expect(parts('كتابهما')).toBe('|كتاب|هما')
    expect(parts('كتابكم')).toBe('|كتاب|كم')
  })
})

import { describe, expect, it } from 'vitest'
import { applyFixes, checkTypography, fixAllTypography, type TypographyRuleId } from '../../../src/shared/arabic'
import { msg, t } from '../../../src/shared/messages/catalog'

const only = (rule: TypographyRuleId, text: string, quoteStyle?: 'guillemets' | 'curly'): string =>
  applyFixes(
    text,
    checkTypography(text, { quoteStyle }).filter((i) => i.rule === rule)
  )
const rulesIn = (text: string): TypographyRuleId[] => [...new Set(checkTypography(text).map((i) => i.rule))]

describe('latin-punctuation', () => {
  it('turns , ; ? beside Arabic letters into ، ؛ ؟', () => {
    expect(only('latin-punctuation', 'قال, إن الأمر ; لا يهم? نعم')).toBe('قال، إن الأمر ؛ لا يهم؟ نعم')
    expect(only('latin-punctuation', 'عام 2014, وفي')).toBe('عام 2014، وفي')
    expect(only('latin-punctuation', '«كذا», وكذا')).toBe('«كذا»، وكذا')
  })
  it('never touches a mark between digits, in Latin text or in a URL', () => {
    expect(rulesIn('النسبة 3,5 و 3;4')).not.toContain('latin-punctuation')
    expect(rulesIn('Hello, world? yes; no')).toEqual([])
    expect(rulesIn('انظر https://example.com/?q=كتاب')).toEqual([])
  })
  it('reports span and messages in both languages', () => {
    const [issue] = checkTypography('قال, نعم')
    expect(issue).toMatchObject({ rule: 'latin-punctuation', start: 3, end: 4, fix: { start: 3, end: 4, replacement: '،' } })
    expect(t(issue!.said, 'en')).toBe('Latin punctuation «,» in Arabic text: use «،».')
    expect(t(issue!.said, 'ar')).toBe('علامة ترقيم لاتينية «,» في نص عربي: استعمل «،».')
  })
})

describe('space-before-mark', () => {
  it('removes spaces before ، ؛ ؟ ! . :', () => {
    expect(only('space-before-mark', 'كذا ، وكذا ؛ ثم ؟ لا ! نعم . قال : لا')).toBe('كذا، وكذا؛ ثم؟ لا! نعم. قال: لا')
  })
  it('leaves numbers, spaced ellipses and line starts alone', () => {
    expect(rulesIn('بنسبة .5 والساعة :30')).toEqual([])
    expect(rulesIn('هل انتهى داعش .. تهديده ... خطره')).toEqual([])
    expect(rulesIn('  ، بداية')).toEqual([])
  })
})

describe('space-after-mark', () => {
  it('puts one space after a mark glued to the next word', () => {
    expect(only('space-after-mark', 'كذا،وكذا؛ثم؟لا!نعم.قال:إن')).toBe('كذا، وكذا؛ ثم؟ لا! نعم. قال: إن')
    expect(only('space-after-mark', 'قال:«نعم»')).toBe('قال: «نعم»')
  })
  it('leaves numbers, abbreviations, URLs and mark clusters alone', () => {
    for (const t of ['3.5 و10:30 و3،5', 'ص.ب أ.د.محمد', 'www.example.com Yahoo!News', 'حقا؟! «نعم.» (لا.)', '...المزيد']) {
      expect(rulesIn(t)).toEqual([])
    }
  })
})

describe('repeated-marks', () => {
  it('keeps one mark, an ellipsis of up to three dots, and ؟! or !؟', () => {
    expect(only('repeated-marks', 'هل؟؟ لا!!! ماذا؟!!. حسنا.... كذا،، و؛؛')).toBe('هل؟ لا! ماذا؟! حسنا... كذا، و؛')
    expect(only('repeated-marks', 'حقا!؟؟!')).toBe('حقا!؟')
  })
  it('allows ؟! , !؟ , .. and ..., and an ellipsis after a question', () => {
    expect(rulesIn('حقا؟! أم!؟ ثم.. وبعد... ماذا يريد؟.. لا')).toEqual([])
  })
})

describe('straight-quotes', () => {
  it('pairs straight quotes into «» by default', () => {
    expect(only('straight-quotes', 'قال "نعم" ثم "لا".')).toBe('قال «نعم» ثم «لا».')
    expect(only('straight-quotes', 'و"أخشى وقوع ضربة"، مشيرا')).toBe('و«أخشى وقوع ضربة»، مشيرا')
  })
  it('uses curly quotes when asked', () => {
    expect(only('straight-quotes', 'قال "نعم".', 'curly')).toBe('قال “نعم”.')
  })
  it('restarts pairing at each paragraph', () => {
    expect(only('straight-quotes', 'قال "نعم\n"لا" ثم')).toBe('قال «نعم\n«لا» ثم')
  })
})

describe('tatweel', () => {
  it('removes tatweel that stretches a word', () => {
    expect(only('tatweel', 'كـــبير جميـل')).toBe('كبير جميل')
  })
  it('keeps one as a connector before digits, Latin or quotes, and the hijri هـ', () => {
    expect(only('tatweel', 'بـــ15 لـ"كذا" 1436هـــ')).toBe('بـ15 لـ"كذا" 1436هـ')
    expect(rulesIn('بـ15 وهـ عام 1436هـ')).toEqual([])
  })
  it('leaves a separator line alone', () => {
    expect(rulesIn('ـــــــــــــــــــــــــ')).toEqual([])
  })
})

describe('double-space', () => {
  it('shrinks runs of spaces between words to one', () => {
    expect(only('double-space', 'كذا  وكذا \u00A0 ثم\t\tلا')).toBe('كذا وكذا ثم لا')
  })
  it('leaves indentation and trailing spaces', () => {
    expect(rulesIn('  كذا\nوكذا  ')).toEqual([])
  })
})

describe('mixed-digits', () => {
  it('converts the minority digit system to the majority one', () => {
    expect(only('mixed-digits', 'عام 2014 و2015 و٢٠١٦')).toBe('عام 2014 و2015 و2016')
    expect(only('mixed-digits', 'عام ٢٠١٤ و٢٠١٥ و2016')).toBe('عام ٢٠١٤ و٢٠١٥ و٢٠١٦')
    expect(only('mixed-digits', 'نسبة ٣٫٥ من 10')).toBe('نسبة 3.5 من 10')
  })
  it('says nothing about a text with one digit system', () => {
    expect(rulesIn('عام ٢٠١٤ و٢٠١٥')).toEqual([])
  })
})

describe('bidi-controls', () => {
  it('removes stray direction controls', () => {
    expect(only('bidi-controls', 'كذا\u200F \u202Bكتاب\u202C \u2067x\u2069')).toBe('كذا كتاب x')
  })
})

describe('options and fixing', () => {
  it('switches rules off', () => {
    const text = 'قال ,  "نعم"'
    const rules = checkTypography(text, { disabled: ['latin-punctuation', 'double-space'] }).map((i) => i.rule)
    expect(rules).not.toContain('latin-punctuation')
    expect(rules).not.toContain('double-space')
    expect(rules).toContain('straight-quotes')
    expect(fixAllTypography('كذا , ثم', { disabled: ['latin-punctuation'] })).toBe('كذا , ثم')
  })

  it('applies non-overlapping fixes, the first of overlapping ones winning', () => {
    const text = 'أب'
    const fix = (start: number, end: number, replacement: string) => ({
      rule: 'tatweel' as const,
      start,
      end,
      said: msg('typo.tatweel', { found: '', replacement }),
      fix: { start, end, replacement }
    })
    expect(applyFixes(text, [fix(1, 2, 'X'), fix(0, 2, 'Y'), fix(1, 1, ' '), fix(1, 1, ' ')])).toBe('Y')
    expect(applyFixes(text, [fix(1, 2, 'X'), fix(1, 1, ' '), fix(2, 2, '!')])).toBe('أ X!')
  })

  it('fixes a whole messy passage', () => {
    const messy = 'قال الوزير ,إن المؤتمـــر   سيعقد في "الرياض"؟؟ نعم !!\u200F وعام ٢٠١٥ و2016 و2017.'
    expect(fixAllTypography(messy)).toBe('قال الوزير، إن المؤتمر سيعقد في «الرياض»؟ نعم! وعام 2015 و2016 و2017.')
  })
})

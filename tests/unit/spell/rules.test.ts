import { describe, expect, it } from 'vitest'
import { analyses, isCorrectKey, setLexicon, SpellChecker, spellingKey, suggestKeys } from '../../../src/shared/spell/index'

// A small word list written for these tests: each word stands for what AyaSpell knows.
const lexicon = setLexicon([
  'مدرسة',
  'المدرسة',
  'مدرس',
  'كتاب',
  'يكتبون',
  'كتبوا',
  'ذهبوا',
  'ذاهب',
  'الذي',
  'ذي',
  'أن',
  'إن',
  'آن',
  'إلى',
  'على',
  'مستوى',
  'معلمون',
  'أبناء',
  'بدؤوا',
  'يقرؤون',
  'العزيز',
  'الله',
  'بين',
  'ما',
  'يمكن',
  'لا',
  'الأول',
  'أول',
  'حوثي',
  'مسؤول',
  'مسئول'
])
const checker = new SpellChecker(lexicon)
const ok = (w: string): boolean => checker.isCorrect(w)

describe('what is never wrong', () => {
  it('ignores tashkeel and tatweel', () => {
    expect(ok('مَدْرَسَةٌ')).toBe(true)
    expect(ok('مدرســـة')).toBe(true)
    expect(ok('الْمَدْرَسَةِ')).toBe(true)
    expect(spellingKey('كِتـابٌ')).toBe('كتاب')
  })

  it('leaves non-Arabic words, numbers and single letters to others', () => {
    for (const w of ['Hello', 'e-mail', '2015', '٣٫٥', 'بـ15', 'و', 'ب']) expect(ok(w)).toBe(true)
  })

  it('reads Persian-keyboard yeh and kaf as the Arabic letters', () => {
    expect(ok('کتاب')).toBe(true)
  })
})

describe('clitics: a word is right when its stem is', () => {
  it.each([
    'والمدرسة',
    'فالمدرسة',
    'بالمدرسة',
    'كالمدرسة',
    'للمدرسة',
    'وللمدرسة',
    'فللمدرسة',
    'ومدرسة',
    'وبمدرسة',
    'ولمدرسة',
    'فبمدرسة',
    'بكتاب',
    'لكتاب',
    'وكتاب'
  ])('proclitics: %s', (w) => expect(ok(w)).toBe(true))

  it.each(['مدرسته', 'مدرستها', 'مدرستهم', 'مدرستهما', 'مدرستهن', 'مدرستك', 'مدرستكم', 'مدرستكما', 'مدرستكن', 'مدرستي', 'مدرستنا', 'كتابه', 'كتابني'])(
    'pronouns: %s',
    (w) => expect(ok(w)).toBe(true)
  )

  it('undoes the spelling changes a suffix causes, and takes the future particle on verbs', () => {
    for (const w of ['مستواه', 'كتبوه', 'معلموه', 'أبناؤهم', 'أبنائهم', 'سيكتبونها', 'فسيكتبونها', 'وسيكتبون']) expect(ok(w)).toBe(true)
  })

  it('still flags a wrong stem under its clitics', () => {
    for (const w of ['والمدرسه', 'بمدرسى', 'وذهبو', 'سكتاب']) expect(ok(w)).toBe(false)
  })

  it('gives a definite word no pronoun: المدرسه is a misspelt المدرسة, not المدرس + ه', () => {
    expect(ok('مدرسه')).toBe(true) // "his teacher": a real word, so not flagged (see docs/spelling.md)
    expect(ok('المدرسه')).toBe(false)
    expect(ok('بالمدرسه')).toBe(false)
    expect(ok('المدرستها')).toBe(false)
  })

  it('lists the analyses, the whole word first', () => {
    const a = analyses('وبكتابه')
    expect(a[0]).toEqual({ prefix: '', stem: 'وبكتابه', suffix: '' })
    expect(a).toContainEqual({ prefix: 'وب', stem: 'كتاب', suffix: 'ه' })
  })
})

describe('real misspellings are flagged, with the fix first', () => {
  it.each([
    ['ذهبو', 'ذهبوا'],
    ['الذى', 'الذي'],
    ['ان', 'أن'],
    ['الى', 'إلى'],
    ['الاول', 'الأول'],
    ['مدرسه', null]
  ])('%s → %s', (wrong, fix) => {
    if (fix === null) return expect(ok(wrong)).toBe(true)
    const r = checker.check(wrong)
    expect(r.correct).toBe(false)
    expect(r.suggestions[0]).toBe(fix)
  })

  it('a ه written for ة where no word ends in ه: flagged, ة suggested', () => {
    const lex = setLexicon(['مباراة'])
    expect(isCorrectKey('مباراه', lex)).toBe(false)
    expect(suggestKeys('مباراه', lex)[0]).toBe('مباراة')
  })

  it('keeps the clitics on a suggestion', () => {
    expect(suggestKeys('والمدرسه', lexicon)).toContain('والمدرسة')
    expect(suggestKeys('بالذى', lexicon)[0]).toBe('بالذي')
  })

  it('suggests the missing space of a glued word', () => {
    expect(suggestKeys('مابين', lexicon)).toContain('ما بين')
    expect(suggestKeys('لايمكن', lexicon)[0]).toBe('لا يمكن')
  })

  it('gives at most five suggestions, none for a correct word', () => {
    expect(checker.suggest('ان').length).toBeLessThanOrEqual(5)
    expect(checker.check('مدرسة').suggestions).toEqual([])
  })
})

describe('variants accepted on purpose', () => {
  it('takes hamza on alef before the و of a plural verb as well as on waw', () => {
    expect(ok('بدأوا')).toBe(true)
    expect(ok('يقرأون')).toBe(true)
    expect(ok('بدأو')).toBe(false)
  })

  it('takes joined theophoric names when the second part is a word', () => {
    expect(ok('عبدالعزيز')).toBe(true)
    expect(ok('وعبدالله')).toBe(true)
    expect(ok('عبدالعزيزي')).toBe(false)
  })

  it('keeps both hamza seats the list has (مسؤول، مسئول)', () => {
    expect(ok('مسؤول')).toBe(true)
    expect(ok('مسئول')).toBe(true)
  })
})

describe('hamza slips: a kind of their own', () => {
  const words = setLexicon(['أن', 'إن', 'آن', 'إلى', 'ألى', 'أصبحت', 'الأول', 'أول', 'ألأول', 'استثمار', 'إلغاء', 'لا', 'يمكن', 'أيمكن', 'مدرسة', 'بين', 'ما'])
  const c = new SpellChecker(words)

  it('marks a word whose only fault is the hamza on an alef, with its one fix', () => {
    expect(c.check('اصبحت')).toMatchObject({ correct: false, kind: 'hamza', fix: 'أصبحت', hamzaOmitted: true })
    expect(c.check('واصبحت')).toMatchObject({ kind: 'hamza', fix: 'وأصبحت' })
    expect(c.check('إلغاء').correct).toBe(true)
    expect(c.check('الغاء')).toMatchObject({ kind: 'hamza', fix: 'إلغاء' })
  })

  it('leaves the ambiguous ones without a fix: ان may be أن، إن or آن', () => {
    const r = c.check('ان')
    expect(r.kind).toBe('hamza')
    expect(r.fix).toBeUndefined()
    expect(r.suggestions.slice(0, 3)).toEqual(['أن', 'إن', 'آن'])
  })

  it('reads past the question particle AyaSpell glues on: الاول is الأول, الى is إلى', () => {
    expect(c.check('الاول')).toMatchObject({ kind: 'hamza', fix: 'الأول' })
    expect(c.check('الى')).toMatchObject({ kind: 'hamza', fix: 'إلى' })
    expect(c.check('الى').suggestions[0]).toBe('إلى')
  })

  it('tells a hamza written where none belongs from one left out', () => {
    expect(c.check('إستثمار')).toMatchObject({ kind: 'hamza', fix: 'استثمار', hamzaOmitted: false })
  })

  it('keeps other faults ordinary: a glued word, ى for ي, ة for ه, a name', () => {
    expect(c.check('لايمكن')).toMatchObject({ kind: 'word' })
    expect(c.check('لايمكن').suggestions[0]).toBe('لا يمكن')
    expect(c.check('مدرسى').kind).toBe('word')
    expect(c.check('كزبرينو').kind).toBe('word')
    expect(c.check('أصبحت').kind).toBeUndefined()
  })
})

describe('suggestions that help', () => {
  it('splits a glued word after a conjunction: ومابين → وما بين, first', () => {
    expect(suggestKeys('ومابين', lexicon)[0]).toBe('وما بين')
    expect(suggestKeys('فلايمكن', lexicon)[0]).toBe('فلا يمكن')
  })

  it('gives a name no junk: a plain typo is a neighbouring key, not any letter', () => {
    // Each of these is هاموند with a letter changed or dropped, but no finger slips from د to them.
    const lex = setLexicon(['هامون', 'هامونا', 'هامونه', 'هامونك', 'هاموني', 'ذهبوا', 'كتاب', 'الحكومة'])
    expect(suggestKeys('هاموند', lex)).toEqual([])
    // ي is beside ب, و beside ز, and a key struck twice is a typo: these still get their word.
    expect(suggestKeys('كتاي', lex)[0]).toBe('كتاب')
    expect(suggestKeys('الحكزمة', lex)).toEqual(['الحكومة'])
    expect(suggestKeys('كتتاب', lex)).toEqual(['كتاب'])
    expect(suggestKeys('ذهبو', lex)).toEqual(['ذهبوا'])
  })
})

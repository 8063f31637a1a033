// What the tagged-format writer says when an article cannot be written, and how the parser's
// messages name a character or a place, in English and Arabic.
import { entry, type Said } from './message'

/** How a message names a character it objects to. */
function describeChar(ch: string): { en: string; ar: string } {
  const c = ch.codePointAt(0) ?? 0
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
  if (ch.trim() === '') return { en: `a space (${hex})`, ar: `مسافة (${hex})` }
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return { en: `a control character (${hex})`, ar: `محرف تحكم (${hex})` }
  // Direction marks and zero-width characters are invisible: only their number says which.
  if (/^\p{Cf}/u.test(ch)) return { en: `an invisible formatting character (${hex})`, ar: `محرف تنسيق غير مرئي (${hex})` }
  return { en: `“${ch}”`, ar: `«${ch}»` }
}

export const formatWrite = {
  'format.char': entry(
    (p: { ch: string }) => describeChar(p.ch).en,
    (p) => describeChar(p.ch).ar
  ),
  'format.no-break-space': entry(
    () => 'a no-break space (U+00A0)',
    () => 'مسافة غير فاصلة (U+00A0)'
  ),
  'format.spaces-in-a-row': entry(
    (p: { n: number }) => `${p.n} spaces in a row`,
    (p) => `مسافات متتالية (عددها ${p.n})`
  ),
  /** The message with its place, for a person ("column" would read as a newspaper column in Arabic). */
  'format.at': entry(
    (p: { line: number; column: number; said: Said }, r) => `line ${p.line}, column ${p.column}: ${r(p.said)}`,
    (p, r) => `السطر ${p.line}، الموضع ${p.column}: ${r(p.said)}`
  ),
  'format.cannot-write': entry(
    (p: { why: Said }, r) => `cannot write the article: ${r(p.why)}`,
    (p, r) => `تعذّرت كتابة المقال: ${r(p.why)}`
  ),
  'format.write-too-large': entry(
    (p: { size: string }) => `written out it would be ${p.size} MB, more than the 10 MB a tagged file may hold`,
    (p) => `سيبلغ حجمه ${p.size} ميغابايت، وهو أكثر من 10 ميغابايت المسموح بها للملف الموسوم`
  ),
  'format.write-author-name-empty': entry(
    () => 'the author name is empty',
    () => 'اسم الكاتب فارغ'
  ),
  'format.write-no-body': entry(
    () => 'it has no paragraphs',
    () => 'المقال بلا فقرات'
  ),
  'format.write-nul': entry(
    (p: { part: Said }, r) => `${r(p.part)} contains a NUL character (code 0)`,
    (p, r) => `${r(p.part)} يحتوي على المحرف NUL (الرمز صفر)`
  ),
  'format.write-not-utf8': entry(
    (p: { part: Said }, r) => `${r(p.part)} contains a broken character (half of a UTF-16 surrogate pair) that UTF-8 cannot hold`,
    (p, r) => `${r(p.part)} يحتوي على حرف تالف (نصف زوج بديل في UTF-16) لا يمكن حفظه بترميز UTF-8`
  ),
  'format.part-author-name': entry(
    () => 'the author name',
    () => 'اسم الكاتب'
  ),
  'format.part-picture': entry(
    () => 'the author picture address',
    () => 'عنوان صورة الكاتب'
  ),
  'format.part-pull-quote': entry(
    () => 'the pull quote',
    () => 'الاقتباس البارز'
  ),
  'format.part-paragraph': entry(
    (p: { n: number }) => `paragraph ${p.n}`,
    (p) => `الفقرة ${p.n}`
  )
}

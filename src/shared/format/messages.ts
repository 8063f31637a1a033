// Every message the parser can give, in English and Arabic. They name what was expected in the
// words a columnist uses, and carry no location: formatDiagnostic / describeDiagnostic add it.
// docs/tagged-format.md quotes them verbatim; a test keeps the two in step.

import type { FormatDiagnostic } from './types'

export type MessageParams = Record<string, string | number>

interface MessageEntry {
  code: string
  en: (p: MessageParams) => string
  ar: (p: MessageParams) => string
  /** The message states the count itself, so no "(N places…)" suffix is added. */
  countsItself?: boolean
}

const HEADER_SHAPE = '[author image="…" alt="" class="avatar photo" height="60" width="60"]'
const MALFORMED = 'the author header is malformed: '
const MALFORMED_AR = 'ترويسة الكاتب غير سليمة: '
const UNCLOSED = 'unclosed tag: '
const UNCLOSED_AR = 'وسم غير مغلق: '

export const MESSAGES = {
  // Refusals
  'too-large': {
    code: 'too-large',
    en: (p) => `the file is ${p.size} MB; a tagged file may hold at most 10 MB (a column is far shorter), so this is probably not the right file`,
    ar: (p) => `حجم الملف ${p.size} ميغابايت، والحد الأقصى للملف الموسوم 10 ميغابايت (والمقال أقصر من ذلك بكثير)؛ فلعله ليس الملف المقصود`
  },
  'too-large-canonical': {
    code: 'too-large',
    en: (p) =>
      `written in the standard form, which is what the library keeps and exports, the file would be ${p.bytes} bytes, more than the 10 MB (10485760 bytes) a tagged file may hold, so it could never be exported again; shorten it by at least ${p.over} byte${p.over === 1 ? '' : 's'}`,
    ar: (p) =>
      `لو كُتب الملف بصيغته المعتمدة، وهي ما تحفظه المكتبة وتصدّره، لبلغ ${p.bytes} بايت، وهذا أكثر من 10 ميغابايت (10485760 بايت) المسموح بها للملف الموسوم، فلن يمكن تصديره بعد ذلك؛ اختصره بمقدار ${p.over} بايت على الأقل`
  },
  'not-utf8': {
    code: 'not-utf8',
    en: () =>
      'the file is not UTF-8 text: the byte here cannot be read as a character; it may have been saved as Windows-1256 or UTF-16, so save it again as UTF-8',
    ar: () => 'الملف ليس نصًّا بترميز UTF-8: البايت في هذا الموضع لا يُقرأ حرفًا؛ لعله محفوظ بترميز Windows-1256 أو UTF-16، فاحفظه مجددًا بترميز UTF-8'
  },
  'not-utf8-surrogate': {
    code: 'not-utf8',
    en: () => 'the text holds a broken character here (half of a UTF-16 surrogate pair) that UTF-8 cannot hold; retype or delete it',
    ar: () => 'في هذا الموضع حرف تالف (نصف زوج بديل في UTF-16) لا يمكن حفظه بترميز UTF-8؛ أعد كتابته أو احذفه'
  },
  nul: {
    code: 'nul',
    en: () => 'the file holds a NUL character (byte 0), which no text contains; it looks like a binary or damaged file',
    ar: () => 'يحتوي الملف على المحرف NUL (البايت صفر) الذي لا يرد في أي نص؛ يبدو أنه ملف ثنائي أو تالف'
  },
  'header-missing': {
    code: 'header-missing',
    en: () => 'the author header is missing; a tagged file starts with [author image="…" …]NAME[/author]',
    ar: () => 'ترويسة الكاتب مفقودة؛ يبدأ الملف الموسوم بالسطر [author image="…" …]اسم الكاتب[/author]'
  },
  'header-expected-attribute': {
    code: 'header-malformed',
    en: () => `${MALFORMED}expected an attribute such as image="…", or ] to end the opening tag`,
    ar: () => `${MALFORMED_AR}كان المتوقع هنا سمة مثل image="…" أو القوس ] الذي يُغلق الوسم الافتتاحي`
  },
  'header-expected-equals': {
    code: 'header-malformed',
    en: (p) => `${MALFORMED}expected = after ${p.name}, or ] to end the opening tag`,
    ar: (p) => `${MALFORMED_AR}كان المتوقع علامة = بعد ${p.name}، أو القوس ] الذي يُغلق الوسم الافتتاحي`
  },
  'header-expected-quote': {
    code: 'header-malformed',
    en: (p) => `${MALFORMED}the value of ${p.name} must be in double quotes, as in ${p.name}="…"`,
    ar: (p) => `${MALFORMED_AR}يجب أن توضع قيمة السمة ${p.name} بين علامتي تنصيص مزدوجتين، هكذا: ${p.name}="…"`
  },
  'header-unclosed-quote': {
    code: 'header-malformed',
    en: (p) => `${MALFORMED}the quotation mark that opens the value of ${p.name} is never closed`,
    ar: (p) => `${MALFORMED_AR}علامة التنصيص التي تفتح قيمة السمة ${p.name} لم تُغلق`
  },
  'header-duplicate-attribute': {
    code: 'header-malformed',
    en: (p) => `${MALFORMED}the attribute ${p.name} appears twice`,
    ar: (p) => `${MALFORMED_AR}السمة ${p.name} مكررة`
  },
  'header-text-after-close': {
    code: 'header-malformed',
    en: () => `${MALFORMED}there is text after [/author]; the pull quote goes on the next line`,
    ar: () => `${MALFORMED_AR}يوجد نص بعد [/author]؛ مكان الاقتباس البارز في السطر التالي`
  },
  'unclosed-open-tag': {
    code: 'unclosed-tag',
    en: () => `${UNCLOSED}the opening tag [author … has no closing ] on this line`,
    ar: () => `${UNCLOSED_AR}الوسم الافتتاحي [author … لا يُغلقه القوس ] في هذا السطر`
  },
  'unclosed-close-tag': {
    code: 'unclosed-tag',
    en: () => `${UNCLOSED}the author name is not followed by [/author] on this line`,
    ar: () => `${UNCLOSED_AR}لا يتبع اسمَ الكاتب الوسمُ الختامي [/author] في هذا السطر`
  },
  'author-name-empty': {
    code: 'author-name-empty',
    en: () => 'the author name is empty; write it between ] and [/author]',
    ar: () => 'اسم الكاتب فارغ؛ اكتبه بين ] و[/author]'
  },
  'author-name-bracket': {
    code: 'author-name-bracket',
    en: (p) => `the author name contains “${p.ch}”; square brackets would break the header, so remove it from the name`,
    ar: (p) => `اسم الكاتب يحتوي على «${p.ch}»؛ الأقواس المربعة تُفسد الترويسة، فاحذفها من الاسم`
  },
  'picture-url-scheme': {
    code: 'picture-url',
    en: () => 'the author picture address must start with http:// or https://; leave it empty (image="") if the author has no picture',
    ar: () => 'يجب أن يبدأ عنوان صورة الكاتب بـ http:// أو https://؛ واتركه فارغًا (image="") إن لم تكن للكاتب صورة'
  },
  'picture-url-host': {
    code: 'picture-url',
    en: () => 'the author picture address has no site name after ://',
    ar: () => 'عنوان صورة الكاتب لا يتضمن اسم موقع بعد ://'
  },
  'picture-url-char': {
    code: 'picture-url',
    en: (p) => `the author picture address contains ${p.what}, which an address cannot hold; encode it (a space is written %20)`,
    ar: (p) => `عنوان صورة الكاتب يحتوي على ${p.whatAr}، ولا يجوز ذلك في العنوان؛ رمّزه (المسافة تُكتب %20)`
  },
  'picture-url-length': {
    code: 'picture-url',
    en: () => 'the author picture address is longer than 2048 characters, more than any real address; check that only the address was pasted',
    ar: () => 'عنوان صورة الكاتب أطول من 2048 محرفًا، وهذا أطول من أي عنوان حقيقي؛ تأكد أنك لصقت العنوان وحده'
  },
  'separator-missing': {
    code: 'separator-missing',
    en: () => 'expected the separator line, made of tatweel only (ـــــ), after the pull quote',
    ar: () => 'كان المتوقع هنا سطر الفاصل المكوَّن من التطويل وحده (ـــــ) بعد الاقتباس البارز'
  },
  'no-body': {
    code: 'no-body',
    en: () => 'the article has no body; after the separator line (ـــــ) come the paragraphs, one per line',
    ar: () => 'المقال بلا متن؛ بعد سطر الفاصل (ـــــ) تأتي الفقرات، كل فقرة في سطر'
  },

  // Tolerances
  bom: {
    code: 'bom',
    en: () => 'the byte-order mark (BOM) at the start of the file was removed',
    ar: () => 'أُزيلت علامة ترتيب البايتات (BOM) من بداية الملف'
  },
  crlf: {
    code: 'crlf',
    en: () => 'Windows line endings (CRLF) were changed to plain line feeds (LF)',
    ar: () => 'حُوِّلت نهايات الأسطر من نمط ويندوز (CRLF) إلى النمط المعتاد (LF)'
  },
  'trailing-newline': {
    code: 'trailing-newline',
    countsItself: true,
    en: (p) =>
      `${p.n === 1 ? 'the line break at the end of the file was' : `the ${p.n} line breaks at the end of the file were`} removed: a tagged file ends right after its last paragraph`,
    ar: (p) => `${p.n === 1 ? 'أُزيل فاصل السطر' : `أُزيلت فواصل الأسطر (عددها ${p.n})`} في آخر الملف: ينتهي الملف الموسوم بنهاية آخر فقرة فيه`
  },
  'blank-line': {
    code: 'blank-line',
    en: () => 'a blank line was removed: a tagged file has none, not even between paragraphs',
    ar: () => 'حُذف سطر فارغ: لا أسطر فارغة في الملف الموسوم، ولا حتى بين الفقرات'
  },
  'extra-space': {
    code: 'extra-space',
    en: () => 'spaces at the start or end of the line were removed',
    ar: () => 'حُذفت المسافات الزائدة في أول السطر أو آخره'
  },
  'line-break-in-text': {
    code: 'line-break-in-text',
    en: () => 'a line break inside the line (a carriage return, or a line or paragraph separator) was replaced by a space',
    ar: () => 'وُضعت مسافة مكان فاصل سطر داخل السطر (محرف رجوع أو فاصل سطر أو فاصل فقرة)'
  },
  'header-form': {
    code: 'header-form',
    en: () => `the author header was rewritten in the standard form ${HEADER_SHAPE}NAME[/author]`,
    ar: () => `أُعيدت كتابة ترويسة الكاتب بصيغتها المعتمدة ${HEADER_SHAPE}اسم الكاتب[/author]`
  },
  'pull-quote-marks': {
    code: 'pull-quote-marks',
    en: () => 'the pull quote was rewritten in the standard form ” TEXT” (the mark ”, a space, the text, then ” with no space before it)',
    ar: () => 'أُعيدت كتابة الاقتباس البارز بصيغته المعتمدة ” النص” (علامة ” ثم مسافة ثم النص ثم علامة ” دون مسافة قبلها)'
  },
  'pull-quote-missing': {
    code: 'pull-quote-missing',
    en: () => 'there is no pull quote line, so the article has no pull quote; it will be written as ” ”',
    ar: () => 'لا يوجد سطر للاقتباس البارز، فالمقال بلا اقتباس؛ وسيُكتب سطره هكذا: ” ”'
  },
  'separator-length': {
    code: 'separator-length',
    en: (p) => `the separator line has ${p.n} tatweel characters instead of 25; it was rewritten with 25`,
    ar: (p) => `في سطر الفاصل ${p.n} من محارف التطويل بدلًا من 25؛ وأُعيدت كتابته بـ 25`
  },

  // Notes: kept as written, but worth a look
  'author-name-spacing': {
    code: 'author-name-spacing',
    en: (p) =>
      `the author name has ${p.what} where a single ordinary space is usual; the name is kept as written, so the library counts it as an author of its own, apart from the same name written with ordinary spaces`,
    ar: (p) => `في اسم الكاتب ${p.whatAr} حيث تُكتب عادةً مسافة عادية واحدة؛ أُبقي الاسم كما كُتب، فتعدّه المكتبة كاتبًا مستقلًا عن الاسم نفسه المكتوب بمسافات عادية`
  }
} satisfies Record<string, MessageEntry>

export type MessageId = keyof typeof MESSAGES

export function diagnostic(id: MessageId, line: number, column: number, params: MessageParams = {}, count = 1): FormatDiagnostic {
  const entry: MessageEntry = MESSAGES[id]
  const p = { n: count, ...params }
  let message = entry.en(p)
  let messageAr = entry.ar(p)
  if (count > 1 && !entry.countsItself) {
    message += ` (${count} places in the file; this is the first)`
    messageAr += ` (عدد المواضع في الملف: ${count}؛ وهذا أولها)`
  }
  return { line, column, code: entry.code, message, messageAr }
}

/** How a message names a character it objects to, in both languages. */
export function describeChar(ch: string): { what: string; whatAr: string } {
  const c = ch.codePointAt(0) ?? 0
  const hex = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
  if (ch.trim() === '') return { what: `a space (${hex})`, whatAr: `مسافة (${hex})` }
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return { what: `a control character (${hex})`, whatAr: `محرف تحكم (${hex})` }
  // Direction marks and zero-width characters are invisible: only their number says which.
  if (FORMAT_CHAR_RE.test(ch)) return { what: `an invisible formatting character (${hex})`, whatAr: `محرف تنسيق غير مرئي (${hex})` }
  return { what: `“${ch}”`, whatAr: `«${ch}»` }
}

const FORMAT_CHAR_RE = /^\p{Cf}/u

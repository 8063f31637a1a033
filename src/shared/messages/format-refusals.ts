// What the tagged-format parser says when it refuses a file, in English and Arabic. The words
// name what was expected as a columnist says it, with no location (format-place adds it).
// docs/tagged-format.md quotes them verbatim; a test keeps the two in step.
import { diag } from './format-count'
import type { Said } from './message'

const MALFORMED = 'the author header is malformed: '
const MALFORMED_AR = 'ترويسة الكاتب غير سليمة: '
const UNCLOSED = 'unclosed tag: '
const UNCLOSED_AR = 'وسم غير مغلق: '

export const formatRefusals = {
  'format.too-large': diag(
    (p: { size: string }) => `the file is ${p.size} MB; a tagged file may hold at most 10 MB (a column is far shorter), so this is probably not the right file`,
    (p) => `حجم الملف ${p.size} ميغابايت، والحد الأقصى للملف الموسوم 10 ميغابايت (والمقال أقصر من ذلك بكثير)؛ فلعله ليس الملف المقصود`
  ),
  'format.too-large-canonical': diag(
    (p: { bytes: number; over: number }) =>
      `written in the standard form, which is what the library keeps and exports, the file would be ${p.bytes} bytes, more than the 10 MB (10485760 bytes) a tagged file may hold, so it could never be exported again; shorten it by at least ${p.over} byte${p.over === 1 ? '' : 's'}`,
    (p) =>
      `لو كُتب الملف بصيغته المعتمدة، وهي ما تحفظه المكتبة وتصدّره، لبلغ ${p.bytes} بايت، وهذا أكثر من 10 ميغابايت (10485760 بايت) المسموح بها للملف الموسوم، فلن يمكن تصديره بعد ذلك؛ اختصره بمقدار ${p.over} بايت على الأقل`
  ),
  'format.not-utf8': diag(
    () =>
      'the file is not UTF-8 text: the byte here cannot be read as a character; it may have been saved as Windows-1256 or UTF-16, so save it again as UTF-8',
    () => 'الملف ليس نصًّا بترميز UTF-8: البايت في هذا الموضع لا يُقرأ حرفًا؛ لعله محفوظ بترميز Windows-1256 أو UTF-16، فاحفظه مجددًا بترميز UTF-8'
  ),
  'format.not-utf8-surrogate': diag(
    () => 'the text holds a broken character here (half of a UTF-16 surrogate pair) that UTF-8 cannot hold; retype or delete it',
    () => 'في هذا الموضع حرف تالف (نصف زوج بديل في UTF-16) لا يمكن حفظه بترميز UTF-8؛ أعد كتابته أو احذفه'
  ),
  'format.nul': diag(
    () => 'the file holds a NUL character (byte 0), which no text contains; it looks like a binary or damaged file',
    () => 'يحتوي الملف على المحرف NUL (البايت صفر) الذي لا يرد في أي نص؛ يبدو أنه ملف ثنائي أو تالف'
  ),
  'format.header-missing': diag(
    () => 'the author header is missing; a tagged file starts with [author image="…" …]NAME[/author]',
    () => 'ترويسة الكاتب مفقودة؛ يبدأ الملف الموسوم بالسطر [author image="…" …]اسم الكاتب[/author]'
  ),
  'format.header-expected-attribute': diag(
    () => `${MALFORMED}expected an attribute such as image="…", or ] to end the opening tag`,
    () => `${MALFORMED_AR}كان المتوقع هنا سمة مثل image="…" أو القوس ] الذي يُغلق الوسم الافتتاحي`
  ),
  'format.header-expected-equals': diag(
    (p: { name: string }) => `${MALFORMED}expected = after ${p.name}, or ] to end the opening tag`,
    (p) => `${MALFORMED_AR}كان المتوقع علامة = بعد ${p.name}، أو القوس ] الذي يُغلق الوسم الافتتاحي`
  ),
  'format.header-expected-quote': diag(
    (p: { name: string }) => `${MALFORMED}the value of ${p.name} must be in double quotes, as in ${p.name}="…"`,
    (p) => `${MALFORMED_AR}يجب أن توضع قيمة السمة ${p.name} بين علامتي تنصيص مزدوجتين، هكذا: ${p.name}="…"`
  ),
  'format.header-unclosed-quote': diag(
    (p: { name: string }) => `${MALFORMED}the quotation mark that opens the value of ${p.name} is never closed`,
    (p) => `${MALFORMED_AR}علامة التنصيص التي تفتح قيمة السمة ${p.name} لم تُغلق`
  ),
  'format.header-duplicate-attribute': diag(
    (p: { name: string }) => `${MALFORMED}the attribute ${p.name} appears twice`,
    (p) => `${MALFORMED_AR}السمة ${p.name} مكررة`
  ),
  'format.header-text-after-close': diag(
    () => `${MALFORMED}there is text after [/author]; the pull quote goes on the next line`,
    () => `${MALFORMED_AR}يوجد نص بعد [/author]؛ مكان الاقتباس البارز في السطر التالي`
  ),
  'format.unclosed-open-tag': diag(
    () => `${UNCLOSED}the opening tag [author … has no closing ] on this line`,
    () => `${UNCLOSED_AR}الوسم الافتتاحي [author … لا يُغلقه القوس ] في هذا السطر`
  ),
  'format.unclosed-close-tag': diag(
    () => `${UNCLOSED}the author name is not followed by [/author] on this line`,
    () => `${UNCLOSED_AR}لا يتبع اسمَ الكاتب الوسمُ الختامي [/author] في هذا السطر`
  ),
  'format.author-name-empty': diag(
    () => 'the author name is empty; write it between ] and [/author]',
    () => 'اسم الكاتب فارغ؛ اكتبه بين ] و[/author]'
  ),
  'format.author-name-bracket': diag(
    (p: { ch: string }) => `the author name contains “${p.ch}”; square brackets would break the header, so remove it from the name`,
    (p) => `اسم الكاتب يحتوي على «${p.ch}»؛ الأقواس المربعة تُفسد الترويسة، فاحذفها من الاسم`
  ),
  'format.picture-url-scheme': diag(
    () => 'the author picture address must start with http:// or https://; leave it empty (image="") if the author has no picture',
    () => 'يجب أن يبدأ عنوان صورة الكاتب بـ http:// أو https://؛ واتركه فارغًا (image="") إن لم تكن للكاتب صورة'
  ),
  'format.picture-url-host': diag(
    () => 'the author picture address has no site name after ://',
    () => 'عنوان صورة الكاتب لا يتضمن اسم موقع بعد ://'
  ),
  'format.picture-url-char': diag(
    (p: { what: Said }, r) => `the author picture address contains ${r(p.what)}, which an address cannot hold; encode it (a space is written %20)`,
    (p, r) => `عنوان صورة الكاتب يحتوي على ${r(p.what)}، ولا يجوز ذلك في العنوان؛ رمّزه (المسافة تُكتب %20)`
  ),
  'format.picture-url-length': diag(
    () => 'the author picture address is longer than 2048 characters, more than any real address; check that only the address was pasted',
    () => 'عنوان صورة الكاتب أطول من 2048 محرفًا، وهذا أطول من أي عنوان حقيقي؛ تأكد أنك لصقت العنوان وحده'
  ),
  'format.separator-missing': diag(
    () => 'expected the separator line, made of tatweel only (ـــــ), after the pull quote',
    () => 'كان المتوقع هنا سطر الفاصل المكوَّن من التطويل وحده (ـــــ) بعد الاقتباس البارز'
  ),
  'format.no-body': diag(
    () => 'the article has no body; after the separator line (ـــــ) come the paragraphs, one per line',
    () => 'المقال بلا متن؛ بعد سطر الفاصل (ـــــ) تأتي الفقرات، كل فقرة في سطر'
  )
}

// What the tagged-format parser says about what it put right (tolerances) or kept but noted,
// in English and Arabic. docs/tagged-format.md quotes them verbatim; a test keeps the two in step.
import { diag } from './format-count'
import { entry, type Said } from './message'

const HEADER_SHAPE = '[author image="…" alt="" class="avatar photo" height="60" width="60"]'

export const formatTolerances = {
  'format.bom': diag(
    () => 'the byte-order mark (BOM) at the start of the file was removed',
    () => 'أُزيلت علامة ترتيب البايتات (BOM) من بداية الملف'
  ),
  'format.crlf': diag(
    () => 'Windows line endings (CRLF) were changed to plain line feeds (LF)',
    () => 'حُوِّلت نهايات الأسطر من نمط ويندوز (CRLF) إلى النمط المعتاد (LF)'
  ),
  'format.trailing-newline': entry(
    (p: { times: number }) =>
      `${p.times === 1 ? 'the line break at the end of the file was' : `the ${p.times} line breaks at the end of the file were`} removed: a tagged file ends right after its last paragraph`,
    (p) => `${p.times === 1 ? 'أُزيل فاصل السطر' : `أُزيلت فواصل الأسطر (عددها ${p.times})`} في آخر الملف: ينتهي الملف الموسوم بنهاية آخر فقرة فيه`
  ),
  'format.blank-line': diag(
    () => 'a blank line was removed: a tagged file has none, not even between paragraphs',
    () => 'حُذف سطر فارغ: لا أسطر فارغة في الملف الموسوم، ولا حتى بين الفقرات'
  ),
  'format.extra-space': diag(
    () => 'spaces at the start or end of the line were removed',
    () => 'حُذفت المسافات الزائدة في أول السطر أو آخره'
  ),
  'format.line-break-in-text': diag(
    () => 'a line break inside the line (a carriage return, or a line or paragraph separator) was replaced by a space',
    () => 'وُضعت مسافة مكان فاصل سطر داخل السطر (محرف رجوع أو فاصل سطر أو فاصل فقرة)'
  ),
  'format.header-form': diag(
    () => `the author header was rewritten in the standard form ${HEADER_SHAPE}NAME[/author]`,
    () => `أُعيدت كتابة ترويسة الكاتب بصيغتها المعتمدة ${HEADER_SHAPE}اسم الكاتب[/author]`
  ),
  'format.pull-quote-marks': diag(
    () => 'the pull quote was rewritten in the standard form ” TEXT” (the mark ”, a space, the text, then ” with no space before it)',
    () => 'أُعيدت كتابة الاقتباس البارز بصيغته المعتمدة ” النص” (علامة ” ثم مسافة ثم النص ثم علامة ” دون مسافة قبلها)'
  ),
  'format.pull-quote-missing': diag(
    () => 'there is no pull quote line, so the article has no pull quote; it will be written as ” ”',
    () => 'لا يوجد سطر للاقتباس البارز، فالمقال بلا اقتباس؛ وسيُكتب سطره هكذا: ” ”'
  ),
  'format.separator-length': diag(
    (p: { n: number }) => `the separator line has ${p.n} tatweel characters instead of 25; it was rewritten with 25`,
    (p) => `في سطر الفاصل ${p.n} من محارف التطويل بدلًا من 25؛ وأُعيدت كتابته بـ 25`
  ),
  'format.author-name-spacing': diag(
    (p: { what: Said }, r) =>
      `the author name has ${r(p.what)} where a single ordinary space is usual; the name is kept as written, so the library counts it as an author of its own, apart from the same name written with ordinary spaces`,
    (p, r) => `في اسم الكاتب ${r(p.what)} حيث تُكتب عادةً مسافة عادية واحدة؛ أُبقي الاسم كما كُتب، فتعدّه المكتبة كاتبًا مستقلًا عن الاسم نفسه المكتوب بمسافات عادية`
  )
}

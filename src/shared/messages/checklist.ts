// What the export checklist says, in English and Arabic: one entry per check outcome, and one
// per kind of formatting the chosen format loses. Kept together so the wording can be reviewed
// (and translated) in one place.
import { entry, type Said } from './message'

type N = { n: number }

export const checklistMessages = {
  'check.author-ok': entry(
    (p: { name: string }) => `Author: ${p.name}`,
    (p) => `الكاتب: ${p.name}`
  ),
  'check.author-missing': entry(
    () => 'No author is chosen; the article cannot go out without one',
    () => 'لم يُحدَّد الكاتب، ولا يخرج المقال بلا كاتب'
  ),
  'check.author-bracket': entry(
    () => 'The author name contains a square bracket, which would break the author header; remove it from the name',
    () => 'اسم الكاتب يحتوي على قوس مربّع يُفسد ترويسة الكاتب؛ احذفه من الاسم'
  ),
  'check.picture-ok': entry(
    () => 'The author has a picture',
    () => 'للكاتب صورة'
  ),
  'check.picture-missing': entry(
    () => 'The author has no picture: the header is written without one',
    () => 'ليست للكاتب صورة، فتُكتب الترويسة بلا صورة'
  ),
  'check.picture-bad': entry(
    (p: { url: string }) => `The author picture address is not a usable http(s) address: ${p.url}`,
    (p) => `عنوان صورة الكاتب ليس عنوان http(s) صالحًا: ${p.url}`
  ),
  'check.pull-quote-found': entry(
    (p: { paragraph: number }) => `The pull quote is in the body (paragraph ${p.paragraph})`,
    (p) => `الاقتباس البارز موجود في المتن (الفقرة ${p.paragraph})`
  ),
  'check.pull-quote-empty': entry(
    () => 'There is no pull quote',
    () => 'لا يوجد اقتباس بارز'
  ),
  'check.pull-quote-missing': entry(
    (p: { percent: number }) => `The pull quote is not in the body (closest match ${p.percent}%): it was edited or the body changed`,
    (p) => `الاقتباس البارز غير موجود في المتن (أقرب تطابق ${p.percent}%): عُدِّل هو أو تغيّر المتن`
  ),
  'check.body-ok': entry(
    (p: N) => `The body has ${p.n} paragraph(s)`,
    (p) => `عدد فقرات المتن: ${p.n}`
  ),
  'check.body-empty': entry(
    () => 'The body is empty',
    () => 'المتن فارغ'
  ),
  'check.title-ok': entry(
    (p: { title: string }) => `Title: ${p.title}`,
    (p) => `العنوان: ${p.title}`
  ),
  'check.title-empty': entry(
    () => 'The article has no title',
    () => 'المقال بلا عنوان'
  ),
  'check.shortcode-ok': entry(
    () => 'No text that would be read as the author tag',
    () => 'لا نص يُقرأ على أنه وسم الكاتب'
  ),
  'check.shortcode-found': entry(
    (p: { text: string; n: number }) => `The text contains “${p.text}”, which the publication’s system would read as the author tag (${p.n} place(s))`,
    (p) => `في النص «${p.text}» الذي يقرؤه نظام الصحيفة على أنه وسم الكاتب (عدد المواضع: ${p.n})`
  ),
  'check.shortcode-pull-quote': entry(
    (p: { text: string }) => `The pull quote contains “${p.text}”, which the publication’s system would read as the author tag`,
    (p) => `في الاقتباس البارز «${p.text}» الذي يقرؤه نظام الصحيفة على أنه وسم الكاتب`
  ),
  'check.line-breaks-ok': entry(
    () => 'No line breaks inside paragraphs',
    () => 'لا فواصل أسطر داخل الفقرات'
  ),
  'check.line-breaks-found': entry(
    (p: N) => `${p.n} line break(s) inside paragraphs will become spaces: the format has one paragraph a line`,
    (p) => `ستصير فواصل الأسطر داخل الفقرات (عددها ${p.n}) مسافات، ففي الصيغة فقرة واحدة في كل سطر`
  ),
  'check.placeholders-ok': entry(
    () => 'No placeholders (TK, XX, ؟؟؟, […]) left in the text',
    () => 'لا علامات مؤقتة (TK أو XX أو ؟؟؟ أو […]) متروكة في النص'
  ),
  'check.placeholders-found': entry(
    (p: { n: number; first: string }) => `${p.n} placeholder(s) left in the text, first “${p.first}”: fill them in before the article goes out`,
    (p) => `في النص علامات مؤقتة متروكة (عددها ${p.n})، أولها «${p.first}»: أكملها قبل إرسال المقال`
  ),
  'check.typography-ok': entry(
    () => 'No typography issues',
    () => 'لا ملاحظات على الترقيم والمسافات'
  ),
  'check.typography-found': entry(
    (p: N) => `${p.n} typography issue(s) (punctuation, spacing, marks)`,
    (p) => `ملاحظات على الترقيم والمسافات والعلامات (عددها ${p.n})`
  ),
  'check.unsafe-links': entry(
    (p: N) => `${p.n} link(s) have an address that is not http(s) or mailto; only their text is exported`,
    (p) => `روابط (عددها ${p.n}) عناوينها ليست http(s) أو mailto، فيُصدَّر نصها وحده`
  ),
  'check.flattened-none': entry(
    () => 'Nothing in the formatting is lost in this format',
    () => 'لا يضيع شيء من التنسيق في هذه الصيغة'
  ),
  /** The tagged writer's own refusal, as it says it. */
  'check.format-refused': entry(
    (p: { why: Said }, r) => r(p.why),
    (p, r) => r(p.why)
  )
}

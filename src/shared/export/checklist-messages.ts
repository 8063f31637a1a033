// What the export checklist says, in both of the app's languages. Kept apart from the checks so
// the wording can be reviewed (and translated) in one place. {n} and {x} are filled in.
import type { FlattenedFeatures } from '../document/index'

export const CHECK_MESSAGES = {
  'author-ok': ['Author: {x}', 'الكاتب: {x}'],
  'author-missing': ['No author is chosen; the article cannot go out without one', 'لم يُحدَّد الكاتب، ولا يخرج المقال بلا كاتب'],
  'author-bracket': [
    'The author name contains a square bracket, which would break the author header; remove it from the name',
    'اسم الكاتب يحتوي على قوس مربّع يُفسد ترويسة الكاتب؛ احذفه من الاسم'
  ],
  'picture-ok': ['The author has a picture', 'للكاتب صورة'],
  'picture-missing': ['The author has no picture: the header is written without one', 'ليست للكاتب صورة، فتُكتب الترويسة بلا صورة'],
  'picture-bad': ['The author picture address is not a usable http(s) address: {x}', 'عنوان صورة الكاتب ليس عنوان http(s) صالحًا: {x}'],
  'pull-quote-found': ['The pull quote is in the body (paragraph {n})', 'الاقتباس البارز موجود في المتن (الفقرة {n})'],
  'pull-quote-empty': ['There is no pull quote', 'لا يوجد اقتباس بارز'],
  'pull-quote-missing': [
    'The pull quote is not in the body (closest match {x}%): it was edited or the body changed',
    'الاقتباس البارز غير موجود في المتن (أقرب تطابق {x}%): عُدِّل هو أو تغيّر المتن'
  ],
  'body-ok': ['The body has {n} paragraph(s)', 'عدد فقرات المتن: {n}'],
  'body-empty': ['The body is empty', 'المتن فارغ'],
  'title-ok': ['Title: {x}', 'العنوان: {x}'],
  'title-empty': ['The article has no title', 'المقال بلا عنوان'],
  'shortcode-ok': ['No text that would be read as the author tag', 'لا نص يُقرأ على أنه وسم الكاتب'],
  'shortcode-found': [
    'The text contains “{x}”, which the publication’s system would read as the author tag ({n} place(s))',
    'في النص «{x}» الذي يقرؤه نظام الصحيفة على أنه وسم الكاتب (عدد المواضع: {n})'
  ],
  'shortcode-pull-quote': [
    'The pull quote contains “{x}”, which the publication’s system would read as the author tag',
    'في الاقتباس البارز «{x}» الذي يقرؤه نظام الصحيفة على أنه وسم الكاتب'
  ],
  'line-breaks-ok': ['No line breaks inside paragraphs', 'لا فواصل أسطر داخل الفقرات'],
  'line-breaks-found': [
    '{n} line break(s) inside paragraphs will become spaces: the format has one paragraph a line',
    'ستصير فواصل الأسطر داخل الفقرات (عددها {n}) مسافات، ففي الصيغة فقرة واحدة في كل سطر'
  ],
  'placeholders-ok': ['No placeholders (TK, XX, ؟؟؟, […]) left in the text', 'لا علامات مؤقتة (TK أو XX أو ؟؟؟ أو […]) متروكة في النص'],
  'placeholders-found': [
    '{n} placeholder(s) left in the text, first “{x}”: fill them in before the article goes out',
    'في النص علامات مؤقتة متروكة (عددها {n})، أولها «{x}»: أكملها قبل إرسال المقال'
  ],
  'typography-ok': ['No typography issues', 'لا ملاحظات على الترقيم والمسافات'],
  'typography-found': ['{n} typography issue(s) (punctuation, spacing, marks)', 'ملاحظات على الترقيم والمسافات والعلامات (عددها {n})'],
  'unsafe-links': [
    '{n} link(s) have an address that is not http(s) or mailto; only their text is exported',
    'روابط (عددها {n}) عناوينها ليست http(s) أو mailto، فيُصدَّر نصها وحده'
  ],
  'flattened-none': ['Nothing in the formatting is lost in this format', 'لا يضيع شيء من التنسيق في هذه الصيغة'],
  'format-refused': ['{x}', '{x}']
} as const satisfies Record<string, readonly [string, string]>

export type CheckMessageId = keyof typeof CHECK_MESSAGES

export const FLATTENED_MESSAGES: Record<keyof FlattenedFeatures, readonly [string, string]> = {
  headings: ['{n} heading(s) will become plain paragraphs', 'ستصير العناوين الفرعية (عددها {n}) فقرات عادية'],
  lists: ['{n} list(s) will become plain paragraphs, without bullets or numbers', 'ستصير القوائم (عددها {n}) فقرات عادية بلا تعداد'],
  quotes: ['{n} block quote(s) will become plain paragraphs', 'ستصير كتل الاقتباس (عددها {n}) فقرات عادية'],
  bold: ['{n} bold passage(s) will lose their bold', 'ستفقد المقاطع الغامقة (عددها {n}) خطها الغامق'],
  italic: ['{n} italic passage(s) will lose their italics', 'ستفقد المقاطع المائلة (عددها {n}) ميلها'],
  underline: ['{n} underlined passage(s) will lose their underline', 'ستفقد المقاطع المسطّرة (عددها {n}) خطها السفلي'],
  strikethrough: [
    '{n} struck-through passage(s) will lose their strike-through and read as if they stood: delete the crossed-out words, or say in words that they no longer hold',
    'ستفقد المقاطع المشطوبة (عددها {n}) شطبها فتُقرأ كأنها قائمة: احذف الكلمات المشطوبة، أو قل بالكلمات إنها لم تعد قائمة'
  ],
  links: ['{n} link(s) will keep their text but lose their address', 'ستحتفظ الروابط (عددها {n}) بنصها وتفقد عناوينها'],
  other: ['{n} other formatting or embedded item(s) will be dropped or flattened', 'سيُحذف أو يُبسَّط {n} من التنسيقات أو العناصر المضمّنة الأخرى']
}

export function fill(template: string, n: number | string = '', x = ''): string {
  return template.replace('{n}', String(n)).replace('{x}', x)
}

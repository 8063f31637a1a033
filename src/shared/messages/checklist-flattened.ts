// What the export checklist says a format will lose, one entry per kind of formatting
// (FlattenedFeatures), in English and Arabic; `n` is how many there are.
import { entry } from './message'

type N = { n: number }

export const flattenedMessages = {
  'check.flattened-headings': entry(
    (p: N) => `${p.n} heading(s) will become plain paragraphs`,
    (p) => `ستصير العناوين الفرعية (عددها ${p.n}) فقرات عادية`
  ),
  'check.flattened-lists': entry(
    (p: N) => `${p.n} list(s) will become plain paragraphs, without bullets or numbers`,
    (p) => `ستصير القوائم (عددها ${p.n}) فقرات عادية بلا تعداد`
  ),
  'check.flattened-quotes': entry(
    (p: N) => `${p.n} block quote(s) will become plain paragraphs`,
    (p) => `ستصير كتل الاقتباس (عددها ${p.n}) فقرات عادية`
  ),
  'check.flattened-bold': entry(
    (p: N) => `${p.n} bold passage(s) will lose their bold`,
    (p) => `ستفقد المقاطع الغامقة (عددها ${p.n}) خطها الغامق`
  ),
  'check.flattened-italic': entry(
    (p: N) => `${p.n} italic passage(s) will lose their italics`,
    (p) => `ستفقد المقاطع المائلة (عددها ${p.n}) ميلها`
  ),
  'check.flattened-underline': entry(
    (p: N) => `${p.n} underlined passage(s) will lose their underline`,
    (p) => `ستفقد المقاطع المسطّرة (عددها ${p.n}) خطها السفلي`
  ),
  'check.flattened-strikethrough': entry(
    (p: N) =>
      `${p.n} struck-through passage(s) will lose their strike-through and read as if they stood: delete the crossed-out words, or say in words that they no longer hold`,
    (p) => `ستفقد المقاطع المشطوبة (عددها ${p.n}) شطبها فتُقرأ كأنها قائمة: احذف الكلمات المشطوبة، أو قل بالكلمات إنها لم تعد قائمة`
  ),
  'check.flattened-links': entry(
    (p: N) => `${p.n} link(s) will keep their text but lose their address`,
    (p) => `ستحتفظ الروابط (عددها ${p.n}) بنصها وتفقد عناوينها`
  ),
  'check.flattened-other': entry(
    (p: N) => `${p.n} other formatting or embedded item(s) will be dropped or flattened`,
    (p) => `سيُحذف أو يُبسَّط ${p.n} من التنسيقات أو العناصر المضمّنة الأخرى`
  )
}

// What an import report says about a file beyond the tagged format's own messages, in English
// and Arabic: a skipped duplicate, and a Word document's refusals and warnings (`n` is a count).
import { entry } from './message'

type N = { n: number }

export const importReportMessages = {
  'report.duplicate': entry(
    (p: { articleId: string }) => `already in the library (article ${p.articleId}) with the same author and text`,
    (p) => `موجودة في المكتبة (المقالة ${p.articleId}) بالكاتب والنص نفسيهما`
  ),
  'docx.no-author': entry(
    () => 'the document names no author: the article was imported without one',
    () => 'لا يذكر المستند كاتبًا، فاستورد المقال بلا كاتب'
  ),
  'docx.not-zip': entry(
    () => 'this is not a Word document (.docx): the file is not a zip package',
    () => 'هذا ليس مستند Word (.docx): الملف ليس حزمة zip'
  ),
  'docx.not-word': entry(
    () => 'this zip package is not a Word document: it has no word/document.xml (an .odt or .doc file must be saved as .docx first)',
    () => 'هذه الحزمة ليست مستند Word: لا تحتوي على word/document.xml (احفظ ملفات .odt أو .doc بصيغة .docx أولًا)'
  ),
  /** `what` says what is too large, in English ("a ZIP64 package", "12000 parts"). */
  'docx.too-large': entry(
    (p: { what: string }) => `the document is too large to import (${p.what})`,
    (p) => `المستند أكبر من أن يُستورد (${p.what})`
  ),
  /** `why` is the Word reader's own words, in English. */
  'docx.unreadable': entry(
    (p: { why: string }) => `the document cannot be read: ${p.why}`,
    (p) => `تعذّرت قراءة المستند: ${p.why}`
  ),
  'docx.no-body': entry(
    () => 'the document has no body text',
    () => 'لا يحتوي المستند على نص للمتن'
  ),
  'docx.dropped-images': entry(
    (p: N) => `${p.n} picture(s) were left out: an article holds text only`,
    (p) => `أُسقطت الصور (عددها ${p.n})، فالمقال نص فقط`
  ),
  'docx.dropped-footnotes': entry(
    (p: N) => `${p.n} footnote(s) or endnote(s) were left out`,
    (p) => `أُسقطت الحواشي (عددها ${p.n})`
  ),
  'docx.dropped-tables': entry(
    (p: N) => `${p.n} table(s) became plain paragraphs, one per cell`,
    (p) => `صارت الجداول (عددها ${p.n}) فقرات عادية، فقرة لكل خلية`
  ),
  'docx.dropped-links': entry(
    (p: N) => `${p.n} link(s) with an address that is not http(s) or mailto kept only their text`,
    (p) => `احتفظت الروابط (عددها ${p.n}) بنصها وحده لأن عناوينها ليست http(s) أو mailto`
  ),
  'docx.picture-missing': entry(
    (p: N) => `${p.n} picture(s) the document points to are not in the file and were left out`,
    (p) => `أُسقطت صور يشير إليها المستند وليست في الملف (عددها ${p.n})`
  ),
  'docx.symbol': entry(
    (p: N) => `${p.n} character(s) from a symbol font (such as Wingdings) could not be read and were left out: check the text where they stood`,
    (p) => `أُسقطت حروف من خط رموز (مثل Wingdings) تعذّرت قراءتها (عددها ${p.n}): راجع النص حيث كانت`
  ),
  'docx.other': entry(
    (p: N) => `${p.n} other part(s) of the Word file (fields or elements Amud does not know) could not be read exactly: check the article against the original`,
    (p) => `تعذّرت القراءة الدقيقة لأجزاء أخرى من ملف Word (حقول أو عناصر لا يعرفها عمود، عددها ${p.n}): قابل المقال بالأصل`
  )
}

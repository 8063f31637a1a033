// What the library, its files and its calls say when they refuse a request a person made, in
// English and Arabic: a folder that is not a full path, a disk that does not answer, an article
// the format cannot take, a comment too long.
import { entry, type Said } from './message'

export const libraryErrorMessages = {
  'err.folder-empty': entry(
    () => 'Type the folder to export into.',
    () => 'اكتب المجلد الذي يُصدَّر إليه.'
  ),
  'err.folder-too-long': entry(
    (p: { max: number }) => `The folder's path is too long (at most ${p.max} characters).`,
    (p) => `مسار المجلد أطول مما يصح (${p.max} حرف على الأكثر).`
  ),
  'err.folder-nul': entry(
    () => 'A folder path cannot contain a NUL character.',
    () => 'لا يحتمل مسار المجلد حرف NUL.'
  ),
  'err.folder-not-full': entry(
    (p: { dir: string }) => `"${p.dir}" is not a full path: give the whole folder on this computer, starting with / or ~ (for example ~/Documents/Amud).`,
    (p) => `«${p.dir}» ليس مسارًا كاملًا: اكتب المجلد كاملًا على هذا الحاسوب، بادئًا بـ / أو ~ (مثل ‎~/Documents/Amud‎).`
  ),
  'err.file-name-empty': entry(
    () => 'The file needs a name.',
    () => 'يلزم الملفَّ اسم.'
  ),
  'err.file-name-too-long': entry(
    () => 'The file name is too long (at most 255 characters).',
    () => 'اسم الملف أطول مما يصح (٢٥٥ حرفًا على الأكثر).'
  ),
  'err.file-name-slash': entry(
    () => 'A file name cannot contain / or \\.',
    () => 'لا يحتمل اسم الملف / أو \\.'
  ),
  'err.author-name-empty': entry(
    () => 'An author needs a name.',
    () => 'يلزم الكاتبَ اسم.'
  ),
  'err.author-name-too-long': entry(
    (p: { max: number; length: number }) => `An author's name is at most ${p.max} characters; this one has ${p.length}.`,
    (p) => `اسم الكاتب ${p.max} حرف على الأكثر، وفي هذا الاسم ${p.length}.`
  ),
  'err.search-too-long': entry(
    (p: { max: number; length: number }) => `A search is at most ${p.max} characters; this one has ${p.length}.`,
    (p) => `البحث ${p.max} حرف على الأكثر، وفي هذا ${p.length}.`
  ),
  /** The picture-address rule's sentence, as the API's refusal of the argument. */
  'err.picture-url': entry(
    (p: { why: Said }, r) => r(p.why),
    (p, r) => r(p.why)
  ),
  'err.export-no-author': entry(
    (p: { title: string }) => `The article "${p.title}" has no author; the publication's format needs one. Choose an author, then export.`,
    (p) => `ليس للمقال «${p.title}» كاتب، وصيغة الصحيفة تحتاج إليه. اختر كاتبًا ثم صدّر.`
  ),
  'err.export-refused': entry(
    (p: { title: string; why: Said }, r) => `"${p.title}": ${r(p.why)}.`,
    (p, r) => `«${p.title}»: ${r(p.why)}.`
  ),
  'err.call-too-deep': entry(
    (p: { method: string; max: number }) => `${p.method}: the call's arguments nest more than ${p.max} levels deep; no document is built that way.`,
    (p) => `${p.method}: تتداخل وسائط الطلب أعمق من ${p.max} مستوى، ولا يُبنى مستند على هذا النحو.`
  ),
  'err.folder-not-chosen': entry(
    (p: { dir: string }) => `Amud exports only into a folder chosen with its Choose Folder dialog; "${p.dir}" was not chosen there.`,
    (p) => `يصدّر عمود إلى مجلد اختير بنافذة «اختر مجلدًا» فقط؛ لم يُختر «${p.dir}» هناك.`
  ),
  'err.no-desk-link': entry(
    () => 'This Amud has no desk link.',
    () => 'لا رابط مكتب في هذا العمود.'
  )
}

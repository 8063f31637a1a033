// Why a file named for import was not read, in English and Arabic: what the path turned out to
// be, how reading it failed, or a type Amud does not import (with the way out).
import { entry, type Said } from './message'

export const importFileMessages = {
  'file.folder': entry(
    () => 'a folder, not a file',
    () => 'مجلد وليس ملفًا'
  ),
  'file.fifo': entry(
    () => 'a named pipe (FIFO), not a file: not read',
    () => 'أنبوب مسمّى (FIFO) وليس ملفًا، فلم يُقرأ'
  ),
  'file.socket': entry(
    () => 'a socket, not a file: not read',
    () => 'مقبس (socket) وليس ملفًا، فلم يُقرأ'
  ),
  'file.device': entry(
    () => 'a device, not a file: not read',
    () => 'جهاز وليس ملفًا، فلم يُقرأ'
  ),
  'file.symlink': entry(
    () => 'a symbolic link: not followed inside a folder',
    () => 'رابط رمزي، ولا تُتبع الروابط داخل المجلدات'
  ),
  'file.not-regular': entry(
    () => 'not a regular file: not read',
    () => 'ليس ملفًا عاديًا، فلم يُقرأ'
  ),
  'file.too-large': entry(
    (p: { size: string; max: string }) => `too large to import (${p.size} MB; the most is ${p.max} MB)`,
    (p) => `أكبر من أن يُستورد (${p.size} م.ب، والحد ${p.max} م.ب)`
  ),
  'file.missing': entry(
    () => 'no such file or folder',
    () => 'لا يوجد ملف أو مجلد بهذا الاسم'
  ),
  'file.permission': entry(
    () => 'permission denied',
    () => 'لا إذن بقراءته'
  ),
  'file.io': entry(
    () => 'the disk could not read it (input/output error)',
    () => 'تعذّرت قراءته من القرص (خطأ إدخال/إخراج)'
  ),
  /** `why` is the system's own words, in English. */
  'file.unreadable': entry(
    (p: { why: string }) => `could not be read (${p.why})`,
    (p) => `تعذّرت قراءته (${p.why})`
  ),
  'file.timeout': entry(
    (p: { seconds: number }) => `reading took longer than ${p.seconds} s`,
    (p) => `استغرقت قراءته أكثر من ${p.seconds} ث`
  ),
  'file.folder-not-read': entry(
    (p: { why: Said }, r) => `folder not read: ${r(p.why)}`,
    (p, r) => `لم يُقرأ المجلد: ${r(p.why)}`
  ),
  'file.read-failed': entry(
    (p: { why: Said }, r) => `could not read the file: ${r(p.why)}`,
    (p, r) => `تعذّرت قراءة الملف: ${r(p.why)}`
  ),
  'file.old-word': entry(
    () => 'this is the old Word format (.doc): open it in Word and save it as .docx, then import that',
    () => 'هذا مستند Word بالصيغة القديمة (.doc): افتحه في Word واحفظه بصيغة .docx ثم استورده'
  ),
  'file.unsupported-type': entry(
    (p: { ext: string }) =>
      `${p.ext} files cannot be imported: Amud reads tagged article files (.txt) and Word documents (.docx). Save it as .docx or as plain text (.txt) from the program that made it, then import that`,
    (p) =>
      `لا يستورد عمود ملفات ${p.ext}: يقرأ ملفات المقالات الموسومة (.txt) ومستندات Word ‏(.docx). احفظه بصيغة .docx أو نصًّا عاديًّا (.txt) من البرنامج الذي أنشأه ثم استورده`
  )
}

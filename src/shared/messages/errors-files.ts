// What Amud says when the disk refuses or does not answer, in English and Arabic. A task names
// what the call was doing ("creating the folder /x"); `reason` is the system's own English.
import { entry, type Said } from './message'

export const fileErrorMessages = {
  'err.disk-timeout': entry(
    (p: { seconds: number; task: Said }, r) =>
      `The disk did not answer within ${p.seconds} s while ${r(p.task)}. Check that the drive is connected, or choose another folder.`,
    (p, r) => `لم يستجب القرص خلال ${p.seconds} ث أثناء ${r(p.task)}. تحقّق من أن القرص موصول، أو اختر مجلدًا آخر.`
  ),
  'err.system-folder': entry(
    (p: { shown: string }) => `Amud does not write into ${p.shown}: it is a system folder (/proc, /sys, /dev), not a place for files. Choose another folder.`,
    (p) => `لا يكتب عمود في ${p.shown}: فهو مجلد للنظام (‎/proc، ‎/sys، ‎/dev‎) لا مكانٌ للملفات. اختر مجلدًا آخر.`
  ),
  'err.cannot-write': entry(
    (p: { path: string; reason: string }) => `cannot write ${p.path}: ${p.reason}`,
    (p) => `تعذّرت كتابة ${p.path}: ${p.reason}`
  ),
  'err.cannot-create-export-folder': entry(
    (p: { root: string; reason: string }) => `cannot create the export folder ${p.root}: ${p.reason}`,
    (p) => `تعذّر إنشاء مجلد التصدير ${p.root}: ${p.reason}`
  ),
  'err.file-exists': entry(
    (p: { name: string }) => `${p.name} already exists`,
    (p) => `${p.name} موجود من قبل`
  ),
  'task.looking-up': entry(
    (p: { path: string }) => `looking up ${p.path}`,
    (p) => `البحث عن ${p.path}`
  ),
  'task.writing': entry(
    (p: { path: string }) => `writing ${p.path}`,
    (p) => `كتابة ${p.path}`
  ),
  'task.creating-export-folder': entry(
    (p: { path: string }) => `creating the export folder ${p.path}`,
    (p) => `إنشاء مجلد التصدير ${p.path}`
  ),
  'err.backup-not-amud': entry(
    (p: { file: string; reason: string }) => `${p.file} is not an Amud library backup${p.reason}; nothing was restored, and the library is as it was.`,
    (p) => `${p.file} ليس نسخة احتياطية من مكتبة عمود${p.reason}؛ لم يُستعد شيء، وبقيت المكتبة كما كانت.`
  )
}

// Which files an import reads, told by the file's name before a byte of it is read: tagged
// article files (.txt, or a name without any extension) and Word documents (.docx). An old Word
// .doc gets its own way out. Anything else (.odt, .pdf, .rtf, a picture) is refused for its type
// with the types that are read; it used to be read as a tagged file and refused for "line 1,
// column 1: the author header is missing", which sent the person looking for a header.

export type ImportKind = 'tagged' | 'docx' | 'old-word' | 'unsupported'

/** The extension, lower-cased with its dot (".odt"), or '' for none; a leading dot (".profile") is not one. */
export function fileExtension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}

export function importKind(name: string): ImportKind {
  const ext = fileExtension(name)
  if (ext === '.docx') return 'docx'
  if (ext === '.doc') return 'old-word'
  if (ext === '.txt' || ext === '') return 'tagged'
  return 'unsupported'
}

/** Why a file of this name is not imported, in both languages; null when its type is read. */
export function importTypeRefusal(name: string): { en: string; ar: string } | null {
  const kind = importKind(name)
  if (kind === 'old-word') {
    return {
      en: 'this is the old Word format (.doc): open it in Word and save it as .docx, then import that',
      ar: 'هذا مستند Word بالصيغة القديمة (.doc): افتحه في Word واحفظه بصيغة .docx ثم استورده'
    }
  }
  if (kind !== 'unsupported') return null
  const ext = fileExtension(name)
  return {
    en: `${ext} files cannot be imported: Amud reads tagged article files (.txt) and Word documents (.docx). Save it as .docx or as plain text (.txt) from the program that made it, then import that`,
    ar: `لا يستورد عمود ملفات ${ext}: يقرأ ملفات المقالات الموسومة (.txt) ومستندات Word ‏(.docx). احفظه بصيغة .docx أو نصًّا عاديًّا (.txt) من البرنامج الذي أنشأه ثم استورده`
  }
}

// Refusals of a call's arguments that a person can cause (a typed folder, an author's name, a
// picture address, a long search), in both interface languages and without the call's or the
// argument's internal names. The contract's schemas attach them to their zod issues (`said`);
// parseArgs turns such an issue into AmudError.bilingual, and any other invalid argument (which
// only a programming error can send) keeps its technical English.
import type { z } from 'zod'

export interface Said {
  en: string
  ar: string
}

/** Adds `text` to a refinement's context as an issue a person can read. */
export function said(ctx: z.RefinementCtx, text: Said): void {
  ctx.addIssue({ code: 'custom', message: text.en, params: { ar: text.ar } })
}

/** The person's message an issue carries, if it carries one. */
export function saidOf(issue: z.core.$ZodIssue | undefined): Said | null {
  if (!issue || issue.code !== 'custom') return null
  const ar = (issue.params as { ar?: unknown } | undefined)?.ar
  return typeof ar === 'string' ? { en: issue.message, ar } : null
}

export const MAX_FOLDER_PATH = 4096

/** Why `dir` (already trimmed) cannot be the folder an export writes into, or null. */
export function folderRefusal(dir: string): Said | null {
  if (dir === '') return { en: 'Type the folder to export into.', ar: 'اكتب المجلد الذي يُصدَّر إليه.' }
  if (dir.length > MAX_FOLDER_PATH) {
    return { en: `The folder's path is too long (at most ${MAX_FOLDER_PATH} characters).`, ar: `مسار المجلد أطول مما يصح (${MAX_FOLDER_PATH} حرف على الأكثر).` }
  }
  if (dir.includes('\0')) return { en: 'A folder path cannot contain a NUL character.', ar: 'لا يحتمل مسار المجلد حرف NUL.' }
  if (!/^(~(?=$|[\\/])|\/|[A-Za-z]:[\\/]|\\\\)/.test(dir)) return notFullPath(dir)
  return null
}

/** A relative folder would land wherever the host happened to start, which nobody typing it means. */
export function notFullPath(dir: string): Said {
  return {
    en: `"${dir}" is not a full path: give the whole folder on this computer, starting with / or ~ (for example ~/Documents/Amud).`,
    ar: `«${dir}» ليس مسارًا كاملًا: اكتب المجلد كاملًا على هذا الحاسوب، بادئًا بـ / أو ~ (مثل ‎~/Documents/Amud‎).`
  }
}

/** Why `name` cannot be a file name the host writes into a chosen folder, or null. */
export function fileNameRefusal(name: string): Said | null {
  if (name === '' || name === '.' || name === '..') return { en: 'The file needs a name.', ar: 'يلزم الملفَّ اسم.' }
  if (name.length > 255) return { en: 'The file name is too long (at most 255 characters).', ar: 'اسم الملف أطول مما يصح (٢٥٥ حرفًا على الأكثر).' }
  if (/[\\/\0]/.test(name)) return { en: 'A file name cannot contain / or \\.', ar: 'لا يحتمل اسم الملف / أو \\.' }
  return null
}

export const MAX_AUTHOR_NAME = 200

export function authorNameRefusal(name: string): Said | null {
  if (name.length === 0) return { en: 'An author needs a name.', ar: 'يلزم الكاتبَ اسم.' }
  if (name.length > MAX_AUTHOR_NAME) {
    return {
      en: `An author's name is at most ${MAX_AUTHOR_NAME} characters; this one has ${name.length}.`,
      ar: `اسم الكاتب ${MAX_AUTHOR_NAME} حرف على الأكثر، وفي هذا الاسم ${name.length}.`
    }
  }
  return null
}

export const MAX_SEARCH_QUERY = 1000

export function searchQueryRefusal(query: string): Said | null {
  if (query.length <= MAX_SEARCH_QUERY) return null
  return {
    en: `A search is at most ${MAX_SEARCH_QUERY} characters; this one has ${query.length}.`,
    ar: `البحث ${MAX_SEARCH_QUERY} حرف على الأكثر، وفي هذا ${query.length}.`
  }
}

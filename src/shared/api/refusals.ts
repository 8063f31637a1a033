// Refusals of a call's arguments that a person can cause (a typed folder, an author's name, a
// picture address, a long search), in both interface languages and without the call's or the
// argument's internal names: catalog messages ({ code, params }). The contract's schemas attach
// them to their zod issues (`said`); parseArgs turns such an issue into AmudError.saying, and any
// other invalid argument (which only a programming error can send) keeps its technical English.
import type { z } from 'zod'
import { isSaid, msg, t, type Message } from '../messages/catalog'

/** Adds `said` to a refinement's context as an issue a person can read. */
export function said(ctx: z.RefinementCtx, said: Message): void {
  ctx.addIssue({ code: 'custom', message: t(said, 'en'), params: { said } })
}

/** The person's message an issue carries, if it carries one. */
export function saidOf(issue: z.core.$ZodIssue | undefined): Message | null {
  if (!issue || issue.code !== 'custom') return null
  const said = (issue.params as { said?: unknown } | undefined)?.said
  return isSaid(said) ? (said as Message) : null
}

export const MAX_FOLDER_PATH = 4096

/** Why `dir` (already trimmed) cannot be the folder an export writes into, or null. */
export function folderRefusal(dir: string): Message | null {
  if (dir === '') return msg('err.folder-empty')
  if (dir.length > MAX_FOLDER_PATH) return msg('err.folder-too-long', { max: MAX_FOLDER_PATH })
  if (dir.includes('\0')) return msg('err.folder-nul')
  if (!/^(~(?=$|[\\/])|\/|[A-Za-z]:[\\/]|\\\\)/.test(dir)) return notFullPath(dir)
  return null
}

/** A relative folder would land wherever the host happened to start, which nobody typing it means. */
export function notFullPath(dir: string): Message {
  return msg('err.folder-not-full', { dir })
}

/** Why `name` cannot be a file name the host writes into a chosen folder, or null. */
export function fileNameRefusal(name: string): Message | null {
  if (name === '' || name === '.' || name === '..') return msg('err.file-name-empty')
  if (name.length > 255) return msg('err.file-name-too-long')
  if (/[\\/\0]/.test(name)) return msg('err.file-name-slash')
  return null
}

export const MAX_AUTHOR_NAME = 200

export function authorNameRefusal(name: string): Message | null {
  if (name.length === 0) return msg('err.author-name-empty')
  if (name.length > MAX_AUTHOR_NAME) return msg('err.author-name-too-long', { max: MAX_AUTHOR_NAME, length: name.length })
  return null
}

export const MAX_SEARCH_QUERY = 1000

export function searchQueryRefusal(query: string): Message | null {
  if (query.length <= MAX_SEARCH_QUERY) return null
  return msg('err.search-too-long', { max: MAX_SEARCH_QUERY, length: query.length })
}

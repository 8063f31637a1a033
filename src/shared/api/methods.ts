// The names of the contract's calls and events, free of any dependency: the sandboxed preload
// imports this list, and contract.ts (with its schemas) must cover exactly these names.
import type { LibraryService } from './library'

export const API_METHODS = [
  'createArticle',
  'getArticle',
  'saveArticle',
  'listArticles',
  'search',
  'trashArticle',
  'restoreArticle',
  'purgeArticle',
  'emptyTrash',
  'listRevisions',
  'getRevision',
  'restoreRevision',
  'diffRevisions',
  'listAuthors',
  'createAuthor',
  'renameAuthor',
  'setAuthorPicture',
  'mergeAuthors',
  'countByStatus',
  'importFiles',
  'exportArticle'
] as const satisfies readonly (keyof LibraryService)[]

export type ApiMethod = (typeof API_METHODS)[number]

// A compile error here means LibraryService gained a method that API_METHODS does not list.
type Missing = Exclude<keyof LibraryService, ApiMethod>
export const _everyServiceMethodListed: [Missing] extends [never] ? true : Missing = true

export const MENU_COMMANDS = [
  'new-article',
  'save-now',
  'find',
  'replace',
  'search-library',
  'import',
  'export',
  'zoom-in',
  'zoom-out',
  'zoom-reset'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export const EVENT_NAMES = ['importProgress', 'menuCommand'] as const

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name)
}

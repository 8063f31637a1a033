// The names of the contract's calls and events, free of any dependency: the sandboxed preload
// imports this list, and contract.ts (with its schemas) must cover exactly these names.
import type { LibraryService } from './library'
import type { HostDialogs, TransferService } from './transfer'
import type { SpellService } from '../spell/api'
import type { DeskService } from './desk'
import type { CommentsService } from './comments'

export const LIBRARY_METHODS = [
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
  'authorPicture',
  'pictureSettings',
  'setPictureSettings',
  'countByStatus',
  'importFiles',
  'exportArticle'
] as const satisfies readonly (keyof LibraryService)[]

export const TRANSFER_METHODS = [
  'exportArticlesToFolder',
  'renderArticle',
  'importDocuments',
  'suggestedExportFolder'
] as const satisfies readonly (keyof TransferService)[]

export const DIALOG_METHODS = ['chooseFolder', 'saveFile'] as const satisfies readonly (keyof HostDialogs)[]

export const SPELL_METHODS = [
  'checkSpelling',
  'spellingSuggestions',
  'addToDictionary',
  'removeFromDictionary',
  'listDictionary',
  'ignoreWordInArticle'
] as const satisfies readonly (keyof SpellService)[]

export const DESK_METHODS = [
  'deskStatus',
  'deskConnect',
  'deskDisconnect',
  'deskSyncNow',
  'deskSend',
  'deskEditors',
  'deskList',
  'deskOpen',
  'deskArticle',
  'deskPresence'
] as const satisfies readonly (keyof DeskService)[]

// Comments, a sync's conflicts and what arrived from the desk (src/shared/api/comments.ts).
export const COMMENT_METHODS = [
  'listComments',
  'addComment',
  'replyToComment',
  'resolveComment',
  'listConflicts',
  'resolveConflict',
  'listDeskChanges'
] as const satisfies readonly (keyof CommentsService)[]

/** Every call, whichever service answers it (service-dispatch.ts routes by these lists). */
export const API_METHODS = [...LIBRARY_METHODS, ...TRANSFER_METHODS, ...DIALOG_METHODS, ...SPELL_METHODS, ...DESK_METHODS, ...COMMENT_METHODS] as const

export type LibraryMethod = (typeof LIBRARY_METHODS)[number]
export type TransferMethod = (typeof TRANSFER_METHODS)[number]
export type DialogMethod = (typeof DIALOG_METHODS)[number]
export type SpellMethod = (typeof SPELL_METHODS)[number]
export type DeskMethod = (typeof DESK_METHODS)[number]
export type CommentMethod = (typeof COMMENT_METHODS)[number]
export type ApiMethod = (typeof API_METHODS)[number]

/** The services as one, the way the renderer sees them. */
export type AmudServices = LibraryService & TransferService & HostDialogs & SpellService & DeskService & CommentsService

// A compile error here means a service gained a method that its list does not name.
type Missing =
  | Exclude<keyof LibraryService, LibraryMethod>
  | Exclude<keyof TransferService, TransferMethod>
  | Exclude<keyof HostDialogs, DialogMethod>
  | Exclude<keyof SpellService, SpellMethod>
  | Exclude<keyof DeskService, DeskMethod>
  | Exclude<keyof CommentsService, CommentMethod>
export const _everyServiceMethodListed: [Missing] extends [never] ? true : Missing = true

export const MENU_COMMANDS = ['new-article', 'save-now', 'find', 'replace', 'search-library', 'import', 'export', 'zoom-in', 'zoom-out', 'zoom-reset'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export const EVENT_NAMES = ['importProgress', 'exportProgress', 'menuCommand', 'authorPictures', 'deskState'] as const

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name)
}

export function isTransferMethod(name: ApiMethod): name is TransferMethod {
  return (TRANSFER_METHODS as readonly string[]).includes(name)
}

export function isDialogMethod(name: ApiMethod): name is DialogMethod {
  return (DIALOG_METHODS as readonly string[]).includes(name)
}

export function isSpellMethod(name: ApiMethod): name is SpellMethod {
  return (SPELL_METHODS as readonly string[]).includes(name)
}

export function isDeskMethod(name: ApiMethod): name is DeskMethod {
  return (DESK_METHODS as readonly string[]).includes(name)
}

export function isCommentMethod(name: ApiMethod): name is CommentMethod {
  return (COMMENT_METHODS as readonly string[]).includes(name)
}

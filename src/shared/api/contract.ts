// The one list of calls. Main validates every call's arguments against these schemas, the
// preload exposes exactly these names, and the browser host serves exactly these routes:
// adding a call means adding it to its service (LibraryService, TransferService, HostDialogs,
// SpellService) and here.
import { z } from 'zod'
import { EXPORT_FORMATS, RENDER_FORMATS } from '../export/formats'
import { pictureUrlError } from '../format/picture-url'
import { msg, type Message } from '../messages/catalog'
import { ARTICLE_STATUSES, REVISION_REASONS } from '../model/article'
import { AmudError } from '../model/errors'
import { ARTICLE_LIMITS } from '../model/limits'
import { MAX_SPELL_BATCH } from '../spell/api'
import { commentAnchor } from '../desk/comments'
import { MAX_COMMENT_BODY } from './comments'
import type { ImportProgress } from './library'
import { authorNameRefusal, fileNameRefusal, folderRefusal, said, saidOf, searchQueryRefusal } from './refusals'
import type { AmudServices, ApiMethod, EVENT_NAMES, MenuCommand } from './methods'
import type { ExportProgress } from './transfer'
import type { DeskStatus } from './desk'
import { DESK_ARTICLE_ID, DESK_USER_NAME } from '../desk/contract'

export { API_METHODS, EVENT_NAMES, MENU_COMMANDS, isApiMethod } from './methods'
export type { AmudServices, ApiMethod, MenuCommand } from './methods'

const id = z.string().min(1).max(64)
const intId = z.number().int().positive()
const status = z.enum(ARTICLE_STATUSES)
// The tagged format's own rule, so the API never stores a picture address a file could not hold.
const httpUrl = z.string().superRefine((u, ctx) => {
  const e = pictureUrlError(u)
  if (e) said(ctx, msg('err.picture-url', { why: e.said }))
})

/** A string checked by a rule that says what is wrong in both languages. */
const saidString = (refusal: (s: string) => Message | null) =>
  z.string().superRefine((s, ctx) => {
    const r = refusal(s)
    if (r) said(ctx, r)
  })
const authorName = saidString(authorNameRefusal)
const docNode: z.ZodType<unknown> = z.lazy(() => z.looseObject({ type: z.string(), version: z.number(), children: z.array(docNode).optional() }))
const document = z.object({ root: z.looseObject({ type: z.literal('root'), children: z.array(docNode) }) })

const changes = z.strictObject({
  title: z.string().max(ARTICLE_LIMITS.title).optional(),
  authorId: intId.nullable().optional(),
  pullQuote: z.string().max(ARTICLE_LIMITS.pullQuote).optional(),
  document: document.optional(),
  status: status.optional(),
  section: z.string().max(ARTICLE_LIMITS.section).optional(),
  tags: z.array(z.string().max(ARTICLE_LIMITS.tag)).max(ARTICLE_LIMITS.tags).optional()
})

const listQuery = z.strictObject({
  status: status.optional(),
  authorId: intId.optional(),
  section: z.string().max(200).optional(),
  tag: z.string().max(100).optional(),
  trashed: z.boolean().optional(),
  sort: z.enum(['updated', 'created', 'title', 'words', 'published']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(500).optional()
})

const revisionRef = z.union([intId, z.literal('current')])

const importFiles = z.array(z.strictObject({ name: z.string().min(1).max(1000), base64: z.string().max(16_000_000) })).max(10_000)
const importOptions = z.strictObject({ allowDuplicates: z.boolean().optional(), status: status.optional() }).optional()

/**
 * A folder on the machine running Amud: absolute, or from the home folder (~). A relative path
 * would land wherever the host happened to start, which nobody typing it means.
 */
const folder = z
  .string()
  .trim()
  .superRefine((p, ctx) => {
    const r = folderRefusal(p)
    if (r) said(ctx, r)
  })

/** A file name the host writes into a folder the person chose: no folder part, no NUL. */
const fileName = saidString(fileNameRefusal)

/** A word for the spell checker: generous (tashkeel and tatweel make words long), but bounded. */
const spellWord = z.string().max(256)

/** A comment's id, made by the client that writes it (a UUID); the desk takes the same ids. */
const commentId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
const commentBody = z.string().min(1).max(MAX_COMMENT_BODY)

// ——— the desk (DeskService, src/shared/api/desk.ts) ———
const deskUrl = z
  .string()
  .trim()
  .superRefine((u, ctx) => {
    if (u === '') return said(ctx, msg('desk.address-empty'))
    if (u.length > 2000 || !/^https?:\/\/[^\s/]+/.test(u)) said(ctx, msg('desk.address-bad', { address: u.slice(0, 200) }))
  })
const deskToken = z
  .string()
  .trim()
  .superRefine((t, ctx) => {
    if (t === '') said(ctx, msg('desk.token-empty'))
    else if (t.length > 500) said(ctx, msg('desk.token-too-long'))
  })
const deskListFilters = z.strictObject({
  status: status.optional(),
  owner: DESK_USER_NAME.optional(),
  assignedTo: DESK_USER_NAME.optional(),
  query: saidString(searchQueryRefusal).optional(),
  limit: z.number().int().min(1).max(100).optional()
})

const deskContract = {
  deskStatus: z.tuple([]),
  deskConnect: z.tuple([deskUrl, deskToken]),
  deskDisconnect: z.tuple([]),
  deskSyncNow: z.tuple([]),
  deskSend: z.tuple([id, DESK_USER_NAME.nullable().optional(), z.string().max(2000).nullable().optional()]),
  deskEditors: z.tuple([]),
  deskList: z.tuple([deskListFilters.optional()]),
  deskOpen: z.tuple([DESK_ARTICLE_ID]),
  deskArticle: z.tuple([id]),
  deskPresence: z.tuple([id.nullable()])
}

export const contract = {
  createArticle: z.tuple([changes.optional()]),
  getArticle: z.tuple([id]),
  saveArticle: z.tuple([
    z.strictObject({
      id,
      baseVersion: z.number().int().min(0),
      changes,
      reason: z.enum(REVISION_REASONS).extract(['autosave', 'manual']).optional()
    })
  ]),
  listArticles: z.tuple([listQuery.optional()]),
  search: z.tuple([
    z.strictObject({
      query: saidString(searchQueryRefusal),
      status: status.optional(),
      authorId: intId.optional(),
      limit: z.number().int().min(1).max(200).optional(),
      countAll: z.boolean().optional()
    })
  ]),
  trashArticle: z.tuple([id]),
  restoreArticle: z.tuple([id]),
  purgeArticle: z.tuple([id]),
  emptyTrash: z.tuple([]),
  listRevisions: z.tuple([id]),
  getRevision: z.tuple([intId]),
  restoreRevision: z.tuple([id, intId, z.number().int().min(0)]),
  diffRevisions: z.tuple([id, revisionRef, revisionRef]),
  listAuthors: z.tuple([]),
  createAuthor: z.tuple([authorName, httpUrl.nullable()]),
  renameAuthor: z.tuple([intId, authorName]),
  setAuthorPicture: z.tuple([intId, httpUrl.nullable()]),
  mergeAuthors: z.tuple([intId, intId]),
  authorPicture: z.tuple([intId]),
  pictureSettings: z.tuple([]),
  setPictureSettings: z.tuple([z.strictObject({ neverFromNetwork: z.boolean() })]),
  countByStatus: z.tuple([]),
  importFiles: z.tuple([importFiles, importOptions]),
  exportArticle: z.tuple([id]),

  exportArticlesToFolder: z.tuple([
    z.strictObject({
      ids: z.array(id).min(1).max(10_000),
      dir: folder,
      format: z.enum(EXPORT_FORMATS).optional(),
      overwrite: z.boolean().optional()
    })
  ]),
  renderArticle: z.tuple([id, z.enum(RENDER_FORMATS)]),
  importDocuments: z.tuple([importFiles, importOptions]),
  suggestedExportFolder: z.tuple([]),

  chooseFolder: z.tuple([]),
  saveFile: z.tuple([z.strictObject({ fileName, base64: z.string().max(64_000_000) })]),

  checkSpelling: z.tuple([id.nullable(), z.array(spellWord).max(MAX_SPELL_BATCH)]),
  spellingSuggestions: z.tuple([spellWord]),
  addToDictionary: z.tuple([spellWord.min(1)]),
  removeFromDictionary: z.tuple([spellWord.min(1)]),
  listDictionary: z.tuple([]),
  ignoreWordInArticle: z.tuple([id, spellWord.min(1)]),

  ...deskContract,
  // comments, conflicts and the desk's arrivals (src/shared/api/comments.ts)
  listComments: z.tuple([id]),
  addComment: z.tuple([z.strictObject({ id: commentId, articleId: id, anchor: commentAnchor, body: commentBody })]),
  replyToComment: z.tuple([z.strictObject({ id: commentId, parentId: commentId, body: commentBody })]),
  resolveComment: z.tuple([commentId, z.boolean()]),
  listConflicts: z.tuple([id]),
  resolveConflict: z.tuple([intId, z.enum(['mine', 'desk', 'both']), z.number().int().min(0)]),
  listDeskChanges: z.tuple([id])
} satisfies { [K in ApiMethod]: z.ZodType }

/** What the renderer sees as window.amud: the services, every call asynchronous. */
export type AmudApi = {
  [K in ApiMethod]: (...args: Parameters<AmudServices[K]>) => Promise<Awaited<ReturnType<AmudServices[K]>>>
} & {
  /** Subscribes to a host event; returns the unsubscribe function. */
  on<E extends keyof AmudEvents>(event: E, listener: (payload: AmudEvents[E]) => void): () => void
  /** Which host serves the renderer; the renderer must not behave differently on it. */
  readonly host: 'electron' | 'browser'
}

export interface AmudEvents {
  importProgress: ImportProgress
  /** Articles written so far by exportArticlesToFolder. */
  exportProgress: ExportProgress
  /** The application menu asked for a command (new article, save now, find…). */
  menuCommand: MenuCommand
  /** The host kept new pictures for these authors (fetched after an import, a new author or a new address). */
  authorPictures: { authorIds: number[] }
  /** The desk link's state changed (a sync began or ended, the desk went away or came back). */
  deskState: DeskStatus
}

// A compile error here means AmudEvents and EVENT_NAMES disagree.
export const _everyEventListed: [Exclude<keyof AmudEvents, (typeof EVENT_NAMES)[number]>] extends [never] ? true : never = true

/**
 * Validates a call's arguments. Throws AmudError('invalid'): in both languages and without
 * internal names when the refusal is one a person can cause (refusals.ts), otherwise naming the
 * method and argument for whoever wrote the call.
 */
export function parseArgs<K extends ApiMethod>(method: K, args: unknown): Parameters<AmudServices[K]> {
  const schema = contract[method]
  const parsed = schema.safeParse(args)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const forPerson = saidOf(issue)
    if (forPerson) throw AmudError.saying('invalid', forPerson)
    const where = issue && issue.path.length ? ` (argument ${issue.path.join('.')})` : ''
    throw new InvalidArgs(`${method}: ${issue?.message ?? 'invalid arguments'}${where}`)
  }
  return parsed.data as Parameters<AmudServices[K]>
}

class InvalidArgs extends AmudError {
  constructor(message: string) {
    super('invalid', message)
  }
}

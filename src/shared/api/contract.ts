// The one list of calls. Main validates every call's arguments against these schemas, the
// preload exposes exactly these names, and the browser host serves exactly these routes:
// adding a call means adding it to LibraryService and here.
import { z } from 'zod'
import { ARTICLE_STATUSES, REVISION_REASONS } from '../model/article'
import { AmudError } from '../model/errors'
import type { ImportProgress, LibraryService } from './library'
import type { ApiMethod, EVENT_NAMES, MenuCommand } from './methods'

export { API_METHODS, EVENT_NAMES, MENU_COMMANDS, isApiMethod } from './methods'
export type { ApiMethod, MenuCommand } from './methods'

const id = z.string().min(1).max(64)
const intId = z.number().int().positive()
const status = z.enum(ARTICLE_STATUSES)
const httpUrl = z
  .string()
  .max(2048)
  .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), 'a picture URL must start with http:// or https://')
const docNode: z.ZodType<unknown> = z.lazy(() =>
  z.looseObject({ type: z.string(), version: z.number(), children: z.array(docNode).optional() })
)
const document = z.object({ root: z.looseObject({ type: z.literal('root'), children: z.array(docNode) }) })

const changes = z.strictObject({
  title: z.string().max(1000).optional(),
  authorId: intId.nullable().optional(),
  pullQuote: z.string().max(5000).optional(),
  document: document.optional(),
  status: status.optional(),
  section: z.string().max(200).optional(),
  tags: z.array(z.string().max(100)).max(100).optional()
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
      query: z.string().max(1000),
      status: status.optional(),
      authorId: intId.optional(),
      limit: z.number().int().min(1).max(200).optional()
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
  createAuthor: z.tuple([z.string().min(1).max(200), httpUrl.nullable()]),
  renameAuthor: z.tuple([intId, z.string().min(1).max(200)]),
  setAuthorPicture: z.tuple([intId, httpUrl.nullable()]),
  mergeAuthors: z.tuple([intId, intId]),
  countByStatus: z.tuple([]),
  importFiles: z.tuple([
    z
      .array(z.strictObject({ name: z.string().min(1).max(1000), base64: z.string().max(16_000_000) }))
      .max(10_000),
    z.strictObject({ allowDuplicates: z.boolean().optional(), status: status.optional() }).optional()
  ]),
  exportArticle: z.tuple([id])
} satisfies { [K in ApiMethod]: z.ZodType }

/** What the renderer sees as window.amud: the service, every call asynchronous. */
export type AmudApi = {
  [K in ApiMethod]: (...args: Parameters<LibraryService[K]>) => Promise<ReturnType<LibraryService[K]>>
} & {
  /** Subscribes to a host event; returns the unsubscribe function. */
  on<E extends keyof AmudEvents>(event: E, listener: (payload: AmudEvents[E]) => void): () => void
  /** Which host serves the renderer; the renderer must not behave differently on it. */
  readonly host: 'electron' | 'browser'
}

export interface AmudEvents {
  importProgress: ImportProgress
  /** The application menu asked for a command (new article, save now, find…). */
  menuCommand: MenuCommand
}

// A compile error here means AmudEvents and EVENT_NAMES disagree.
export const _everyEventListed: [Exclude<keyof AmudEvents, (typeof EVENT_NAMES)[number]>] extends [never] ? true : never = true

/** Validates a call's arguments; throws AmudError('invalid') naming the method. */
export function parseArgs<K extends ApiMethod>(method: K, args: unknown): Parameters<LibraryService[K]> {
  const schema = contract[method]
  const parsed = schema.safeParse(args)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length ? ` (argument ${issue.path.join('.')})` : ''
    throw new InvalidArgs(`${method}: ${issue?.message ?? 'invalid arguments'}${where}`)
  }
  return parsed.data as Parameters<LibraryService[K]>
}

class InvalidArgs extends AmudError {
  constructor(message: string) {
    super('invalid', message)
  }
}

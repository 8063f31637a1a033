// The desk's wire contract: what a library sends to a desk server and what it gets back. One
// set of zod schemas checks both ends (the server every request, the client every answer), so
// neither side trusts the other's shape. Pure: no Node, no DOM.
import { z } from 'zod'
import { ARTICLE_STATUSES } from '../model/article'
import { ARTICLE_LIMITS } from '../model/limits'

export const DESK_ROLES = ['columnist', 'editor', 'admin'] as const
export type DeskRole = (typeof DESK_ROLES)[number]

/** Largest request body the server reads; past it the request is refused (413) unread. */
export const MAX_DESK_BODY_BYTES = 8 * 1024 * 1024
/** Changes one push may carry; a client with more sends several pushes. */
export const MAX_PUSH_CHANGES = 50
/** Articles one pull answer carries at most. */
export const MAX_PULL_ARTICLES = 200

/** An id: letters, digits, - and _, up to 64 (`what` names it in the refusal: "a change id"). */
export const idString = (minLength: number, what: string): z.ZodString =>
  z
    .string()
    .min(minLength)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, `${what} is letters, digits, - and _`)
const articleId = idString(1, 'an article id')
const changeId = idString(8, 'a change id')
const userName = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'a user name is letters, digits, ., _ and -')

const block: z.ZodType<unknown> = z.lazy(() =>
  z.looseObject({ type: z.string().max(100), version: z.number(), children: z.array(block).max(100_000).optional() })
)

/**
 * An article as the desk holds it: the fields that merge on their own, and the body as its
 * top-level blocks (the editor's paragraphs, headings, lists, quotes), each merged as a unit.
 */
export const deskContent = z.strictObject({
  title: z.string().max(ARTICLE_LIMITS.title),
  author: z.string().max(500),
  pullQuote: z.string().max(ARTICLE_LIMITS.pullQuote),
  status: z.enum(ARTICLE_STATUSES),
  blocks: z.array(block).max(100_000)
})
export type DeskContent = z.infer<typeof deskContent>
export type DeskBlock = DeskContent['blocks'][number]

export const MERGE_FIELDS = ['title', 'author', 'pullQuote', 'status'] as const
export type MergeField = (typeof MERGE_FIELDS)[number]

/** One change a library pushes: its content now, and the desk version it was made from (0: new). */
export const pushChange = z.strictObject({
  changeId,
  articleId,
  baseVersion: z.number().int().min(0),
  /**
   * An earlier change of this client whose text this one grew from, when its answer never
   * arrived (or arrived while the article was being edited): if the desk has it, the merge
   * starts from that text instead of baseVersion's, so the client's own words never conflict.
   */
  baseChange: changeId.optional(),
  content: deskContent
})
export type PushChange = z.infer<typeof pushChange>

export const pushRequest = z.strictObject({ changes: z.array(pushChange).min(1).max(MAX_PUSH_CHANGES) })
export type PushRequest = z.infer<typeof pushRequest>

/** Where the two sides disagreed: a field, or the body's blocks (the desk's side was kept). */
export const conflictPlace = z.union([z.enum(MERGE_FIELDS), z.literal('body')])
export type ConflictPlace = z.infer<typeof conflictPlace>

export const pushOutcome = z.enum(['created', 'applied', 'merged', 'unchanged'])
export type PushOutcome = z.infer<typeof pushOutcome>

export const pushResult = z.strictObject({
  changeId,
  articleId,
  outcome: pushOutcome,
  /** The desk version the change produced (or found, when unchanged). */
  version: z.number().int().positive(),
  content: deskContent,
  /** Non-empty when the same place changed differently on both sides; the pushed text is kept as a conflict revision. */
  conflicts: z.array(conflictPlace),
  /** The pushed side as the desk keeps it in the conflict revision, when there was a conflict. */
  conflictRevision: z.number().int().positive().nullable()
})
export type PushResult = z.infer<typeof pushResult>

export const pushResponse = z.strictObject({ results: z.array(pushResult) })
export type PushResponse = z.infer<typeof pushResponse>

// Names as the desk shows them: a revoked user's name is set aside with a "~revoked~" suffix.
const shownName = z.string().min(1).max(300)

export const deskArticle = z.strictObject({
  articleId,
  version: z.number().int().positive(),
  owner: shownName,
  /** The desk's change sequence number of its latest change: the pull cursor. */
  seq: z.number().int().positive(),
  updatedAt: z.string(),
  updatedBy: shownName,
  statusBy: shownName,
  statusAt: z.string(),
  conflicts: z.number().int().min(0),
  /** The editor it was sent to, and the note sent with it. */
  assignedTo: shownName.nullable(),
  note: z.string().nullable(),
  content: deskContent
})
export type DeskArticle = z.infer<typeof deskArticle>

export const pullQuery = z.strictObject({
  since: z.coerce.number().int().min(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_ARTICLES).default(MAX_PULL_ARTICLES)
})
export const pullResponse = z.strictObject({
  articles: z.array(deskArticle),
  /** The cursor to ask from next time. */
  next: z.number().int().min(0),
  more: z.boolean()
})
export type PullResponse = z.infer<typeof pullResponse>

/** One step of an article's status: what it became, who made it so, when, and in which desk version. */
export const statusStep = z.strictObject({
  status: z.enum(ARTICLE_STATUSES),
  by: shownName,
  at: z.string(),
  version: z.number().int().positive()
})
export type StatusStep = z.infer<typeof statusStep>

/** GET /v1/articles/ID/trail: every status the article has had, oldest first. */
export const trailResponse = z.strictObject({ articleId, trail: z.array(statusStep) })
export type TrailResponse = z.infer<typeof trailResponse>

/** The most hits one search answer carries. */
export const MAX_SEARCH_HITS = 100

/** GET /v1/search?q=…&limit=N: the local search's query syntax (src/node/library/search-query.ts). */
export const searchQuery = z.strictObject({
  q: z.string().min(1).max(2000),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_HITS).default(20)
})

const range = z.tuple([z.number().int().min(0), z.number().int().min(0)])

export const deskSearchHit = z.strictObject({
  articleId,
  version: z.number().int().positive(),
  owner: shownName,
  status: z.enum(ARTICLE_STATUSES),
  updatedAt: z.string(),
  title: z.string(),
  /** No longer a rank (hits come newest change first): always 0, kept so older clients still read the answer. */
  score: z.number(),
  titleHighlights: z.array(range),
  /** A passage of the body (or pull quote) around the first hit, with highlight ranges into it. */
  snippet: z.strictObject({ text: z.string(), highlights: z.array(range) })
})
export type DeskSearchHit = z.infer<typeof deskSearchHit>

export const searchResponse = z.strictObject({
  hits: z.array(deskSearchHit),
  /** The query as understood, one entry per ANDed group, then each exclusion. */
  terms: z.array(z.string()),
  /** How many articles the user may see match in all, counted up to a cap (1,000: search.ts). */
  total: z.number().int().min(0),
  /** True when more than `total` match (the count stopped at its cap). An older desk counted every match and does not say. */
  totalIsAtLeast: z.boolean().default(false)
})
export type DeskSearchResponse = z.infer<typeof searchResponse>

export const whoami = z.strictObject({ name: userName, role: z.enum(DESK_ROLES), desk: z.literal('amud-desk'), schema: z.number().int() })
export type WhoAmI = z.infer<typeof whoami>

/** POST /v1/articles/ID/send: which editor has it (null: the desk at large), with a note. */
export const sendRequest = z.strictObject({ to: userName.nullable(), note: z.string().max(2000).nullable() })

/** GET /v1/editors: the people an article can be sent to. */
export const editorsResponse = z.strictObject({ editors: z.array(z.strictObject({ name: userName, role: z.enum(DESK_ROLES) })) })
export type EditorsResponse = z.infer<typeof editorsResponse>

/** GET /v1/list: the desk's articles the user may see, filtered, latest change first. */
export const listQuery = z.strictObject({
  status: z.enum(ARTICLE_STATUSES).optional(),
  owner: userName.optional(),
  assigned: userName.optional(),
  q: z.string().min(1).max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_HITS).default(50)
})
export const listItem = z.strictObject({
  articleId,
  version: z.number().int().positive(),
  title: z.string(),
  owner: shownName,
  assignedTo: shownName.nullable(),
  status: z.enum(ARTICLE_STATUSES),
  statusBy: shownName,
  updatedAt: z.string(),
  snippet: z.string().nullable()
})
export const listResponse = z.strictObject({
  items: z.array(listItem),
  total: z.number().int().min(0),
  /** True when more than `total` articles are on the list (a search's count stopped at its cap; see assign.ts). */
  totalIsAtLeast: z.boolean().default(false)
})
export type DeskListResponse = z.infer<typeof listResponse>

/** POST /v1/presence: "I have this article open" (null: none); the answer names the others who do. */
export const presenceRequest = z.strictObject({ articleId: articleId.nullable() })
export const presenceResponse = z.strictObject({ others: z.array(shownName) })
export type PresenceResponse = z.infer<typeof presenceResponse>

export const deskErrorCode = z.enum(['unauthorized', 'forbidden', 'not_found', 'invalid', 'too_large', 'conflict', 'method', 'internal'])
export type DeskErrorCode = z.infer<typeof deskErrorCode>
/** A catalog message ({ code, params }) as the desk sends it; the app renders it with t(). */
const deskSaid = z.strictObject({ code: z.string().max(200), params: z.looseObject({}) })

/** A refusal: a sentence for a person (`message`, English), and `said` where the desk has one to render in either language. */
export const deskError = z.strictObject({ error: z.strictObject({ code: deskErrorCode, message: z.string(), said: deskSaid.optional() }) })

export const DESK_USER_NAME = userName
export const DESK_ARTICLE_ID = articleId

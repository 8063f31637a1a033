// The desk's wire contract for comments: what a library pushes (each comment's state under a
// change id the client made) and pulls (every comment changed since a cursor), and an
// article's versions with who made them (to say who the editor was in "what the editor
// changed"). Checked by zod at both ends, as the rest of the desk contract. Pure.
import { z } from 'zod'
import { MAX_QUOTE } from '../comments/anchor'
import { DESK_ARTICLE_ID, idString } from './contract'

export const MAX_COMMENT_CHANGES = 200
export const MAX_PULL_COMMENTS = 500
export const MAX_COMMENT_TEXT = 10_000

const ident = idString(8, 'an id')

export const commentAnchor = z.strictObject({
  paragraph: z.number().int().min(0).max(1_000_000),
  quote: z.string().min(1).max(MAX_QUOTE),
  offset: z.number().int().min(0).max(10_000_000),
  prefix: z.string().max(100),
  suffix: z.string().max(100)
})

/** A comment's state as its writer's library has it; the desk keeps the first body and the latest resolve. */
export const commentChange = z
  .strictObject({
    changeId: ident,
    commentId: ident,
    articleId: DESK_ARTICLE_ID,
    parentId: ident.nullable(),
    anchor: commentAnchor.nullable(),
    body: z.string().min(1).max(MAX_COMMENT_TEXT),
    createdAt: z.string().max(40),
    resolved: z.boolean()
  })
  .refine((c) => (c.parentId === null) !== (c.anchor === null), 'a comment has an anchor, a reply a parent, never both')
export type CommentChange = z.infer<typeof commentChange>

export const commentPushRequest = z.strictObject({ changes: z.array(commentChange).min(1).max(MAX_COMMENT_CHANGES) })

const shownName = z.string().min(1).max(300)

export const deskComment = z.strictObject({
  commentId: ident,
  articleId: DESK_ARTICLE_ID,
  parentId: ident.nullable(),
  anchor: commentAnchor.nullable(),
  body: z.string(),
  author: shownName,
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: shownName.nullable(),
  seq: z.number().int().positive()
})
export type DeskComment = z.infer<typeof deskComment>

export const commentPushResponse = z.strictObject({ results: z.array(z.strictObject({ changeId: ident, comment: deskComment })) })
export type CommentPushResponse = z.infer<typeof commentPushResponse>

export const commentPullQuery = z.strictObject({ since: z.coerce.number().int().min(0) })
export const commentPullResponse = z.strictObject({ comments: z.array(deskComment), next: z.number().int().min(0), more: z.boolean() })
export type CommentPullResponse = z.infer<typeof commentPullResponse>

export const versionsQuery = z.strictObject({ after: z.coerce.number().int().min(0) })
export const versionsResponse = z.strictObject({
  articleId: DESK_ARTICLE_ID,
  versions: z.array(z.strictObject({ version: z.number().int().positive(), kind: z.enum(['edit', 'merge']), by: shownName, at: z.string() }))
})
export type VersionsResponse = z.infer<typeof versionsResponse>

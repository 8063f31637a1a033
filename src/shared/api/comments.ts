// The review calls of the contract: comments anchored to the text (with replies and resolve),
// the conflicts a desk sync left on an article (both sides of each paragraph, and resolving
// one), and what arrived from the desk (the editor's changes as a diff against the person's
// own last text). Implemented over the library file in src/node/comments; comments and
// conflicts travel with `amud desk sync`. Comments are never part of any export.
import type { CommentAnchor, AnchorPlace } from '../comments/anchor'
import type { Article } from '../model/article'
import type { RevisionDiff, WordDiffPart } from './library'

export type { CommentAnchor, AnchorPlace } from '../comments/anchor'

/** Longest comment or reply. */
export const MAX_COMMENT_BODY = 10_000

export interface ArticleComment {
  /** Made on the client that wrote it (a UUID), the same in every library and on the desk. */
  id: string
  articleId: string
  /** A reply's comment; null for a comment on the text. */
  parentId: string | null
  /** Where a comment on the text was made; null for a reply. */
  anchor: CommentAnchor | null
  /** Where the anchor is found in the saved text now; null when its words were deleted (detached). */
  place: AnchorPlace | null
  body: string
  /** The desk user who wrote it; '' for this library's person before it joined a desk. */
  author: string
  createdAt: string
  resolved: boolean
  resolvedBy: string | null
  resolvedAt: string | null
  /** True while a change to it waits to go to the desk (its article is on one). */
  pending: boolean
}

export interface NewComment {
  /** The client's own id (a UUID), so a repeated call adds it once. */
  id: string
  articleId: string
  anchor: CommentAnchor
  body: string
}

export interface NewReply {
  id: string
  parentId: string
  body: string
}

/** One place of a sync conflict: the person's text the desk did not keep, and the desk's. */
export interface ConflictPart {
  /** 'body' for paragraphs, else the field. */
  place: 'body' | 'title' | 'author' | 'pullQuote' | 'status'
  /** The person's side (their paragraphs, or the field's value). */
  mine: string[]
  /** The desk's side, which the article holds now. */
  desk: string[]
}

export interface DeskConflictView {
  id: number
  articleId: string
  createdAt: string
  deskVersion: number
  parts: ConflictPart[]
}

/** keep 'mine': the person's side replaces the desk's; 'desk': the article stays; 'both': the person's paragraphs follow the desk's. */
export type ConflictChoice = 'mine' | 'desk' | 'both'

/** Edits that arrived from the desk, as a diff from the text the person had just before. */
export interface DeskChange {
  id: number
  articleId: string
  /** Who made the desk versions that arrived (other than this library's user); empty when unknown. */
  by: string[]
  /** When the latest of them was made on the desk (or when it arrived, when unknown). */
  at: string
  deskVersion: number
  diff: RevisionDiff
}

export type { WordDiffPart }

export interface CommentsService {
  /** Every comment and reply on the article, oldest first, each with where its anchor is now. */
  listComments(articleId: string): ArticleComment[]
  addComment(comment: NewComment): ArticleComment
  replyToComment(reply: NewReply): ArticleComment
  /** Resolves (or opens again) a comment on the text. */
  resolveComment(commentId: string, resolved: boolean): ArticleComment

  /** The article's conflicts from desk syncs that nobody has resolved yet, oldest first. */
  listConflicts(articleId: string): DeskConflictView[]
  /** Applies the choice as a new version of the article (baseVersion: the version the person sees) and marks the conflict resolved. */
  resolveConflict(conflictId: number, choice: ConflictChoice, baseVersion: number): Article

  /** Edits that arrived from the desk, newest first. */
  listDeskChanges(articleId: string): DeskChange[]
}

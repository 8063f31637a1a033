// Who may move an article's status on the desk, and to what (issue 14: "Status travels: draft
// → editing → ready → published"). The desk checks every push against these rules: a move
// they do not allow is refused with a sentence in both interface languages and nothing is
// written. Pure: the server applies it, docs/desk.md states it, the app can show it.
import type { ArticleStatus } from '../model/article'
import type { DeskRole } from './contract'
import { msg, type Message } from '../messages/catalog'

/** The moves each role may make; staying in the same status is always allowed. */
export const STATUS_MOVES: Record<DeskRole, ReadonlyArray<readonly [ArticleStatus, ArticleStatus]>> = {
  // A columnist hands a draft to the desk; from then on the status is the editors'.
  columnist: [['draft', 'editing']],
  editor: [
    ['draft', 'editing'],
    ['editing', 'ready'],
    ['ready', 'editing'],
    ['ready', 'published'],
    // A correction to a published piece goes back through editing.
    ['published', 'editing']
  ],
  admin: [
    ['draft', 'editing'],
    ['editing', 'ready'],
    ['ready', 'editing'],
    ['ready', 'published'],
    ['published', 'editing']
  ]
}

export const statusMoveAllowed = (role: DeskRole, from: ArticleStatus, to: ArticleStatus): boolean =>
  from === to || STATUS_MOVES[role].some(([a, b]) => a === from && b === to)

/**
 * Null when `role` may move article `articleId` from `from` to `to` (a new article moves from
 * draft); otherwise why not, as a catalog message naming the moves that role may make.
 */
export function statusMoveRefusal(role: DeskRole, articleId: string, from: ArticleStatus, to: ArticleStatus): Message | null {
  if (statusMoveAllowed(role, from, to)) return null
  const moves = STATUS_MOVES[role].filter(([a]) => a === from).map(([, b]) => b)
  return msg('desk.status-move', { articleId, role, from, to, moves })
}

// Who may move an article's status on the desk, and to what (issue 14: "Status travels: draft
// → editing → ready → published"). The desk checks every push against these rules: a move
// they do not allow is refused with a sentence in both interface languages and nothing is
// written. Pure: the server applies it, docs/desk.md states it, the app can show it.
import type { ArticleStatus } from '../model/article'
import type { DeskRole } from './contract'

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

const NAMES: Record<ArticleStatus, { en: string; ar: string }> = {
  draft: { en: 'draft', ar: 'مسودة' },
  editing: { en: 'editing', ar: 'قيد التحرير' },
  ready: { en: 'ready', ar: 'جاهزة' },
  published: { en: 'published', ar: 'منشورة' }
}

const ROLE_NAMES: Record<DeskRole, { en: string; ar: string }> = {
  columnist: { en: 'a columnist', ar: 'الكاتب' },
  editor: { en: 'an editor', ar: 'المحرر' },
  admin: { en: 'an administrator', ar: 'المدير' }
}

export const statusMoveAllowed = (role: DeskRole, from: ArticleStatus, to: ArticleStatus): boolean =>
  from === to || STATUS_MOVES[role].some(([a, b]) => a === from && b === to)

/**
 * Null when `role` may move article `articleId` from `from` to `to` (a new article moves from
 * draft); otherwise why not, in English and Arabic, naming the moves that role may make.
 */
export function statusMoveRefusal(role: DeskRole, articleId: string, from: ArticleStatus, to: ArticleStatus): { en: string; ar: string } | null {
  if (statusMoveAllowed(role, from, to)) return null
  const r = ROLE_NAMES[role]
  const moves = STATUS_MOVES[role].filter(([a]) => a === from)
  const en =
    moves.length > 0
      ? `from ${NAMES[from].en} ${r.en} may move it only to ${moves.map(([, b]) => NAMES[b].en).join(' or ')}`
      : `${r.en} may not move it from ${NAMES[from].en}`
  const ar =
    moves.length > 0
      ? `ولا يملك ${r.ar} أن ينقلها من «${NAMES[from].ar}» إلا إلى ${moves.map(([, b]) => `«${NAMES[b].ar}»`).join(' أو ')}`
      : `ولا يملك ${r.ar} أن ينقلها من «${NAMES[from].ar}»`
  return {
    en: `Article ${articleId} cannot go from ${NAMES[from].en} to ${NAMES[to].en}: ${en}. Nothing was changed; set its status back and sync again.`,
    ar: `لا يمكن نقل المقالة ${articleId} من «${NAMES[from].ar}» إلى «${NAMES[to].ar}»، ${ar}. لم يتغير شيء؛ أعد حالتها كما كانت ثم زامن من جديد.`
  }
}

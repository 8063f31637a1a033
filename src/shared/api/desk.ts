// The desk as the app sees it: the library's link to a newsroom desk (docs/desk.md), served by
// the host process, which syncs in the background (src/node/desk/agent.ts). The renderer asks
// for the state, connects, sends an article, lists the desk and opens from it; the host pushes
// each change of state as the deskState event. Pure types: no Node, no DOM.
import type { ArticleStatus } from '../model/article'
import type { DeskRole } from '../desk/contract'
import type { Said } from '../messages/catalog'

/**
 * unlinked: no desk joined; connected: in step (or about to be); syncing: a sync runs now;
 * offline: the desk did not answer the last sync (changes wait); conflict: a sync reported a
 * paragraph both sides changed (kept aside, nothing lost).
 */
export type DeskState = 'unlinked' | 'connected' | 'syncing' | 'offline' | 'conflict'

export interface DeskStatus {
  state: DeskState
  url: string | null
  user: string | null
  role: DeskRole | null
  /** Local articles on the desk with changes the desk has not acknowledged. */
  waiting: number
  /** Conflicts recorded in this library. */
  conflicts: number
  lastSyncAt: string | null
  /** Why the last sync failed, when offline. */
  error: { message: string; said?: Said } | null
  /** Local article ids the last sync changed or brought in (the window reloads them). */
  changed: string[]
  /** Grows with every sync that changed the library. */
  revision: number
}

export interface DeskEditor {
  name: string
  role: DeskRole
}

export interface DeskListFilters {
  status?: ArticleStatus
  /** The columnist who put it on the desk. */
  owner?: string
  /** The editor it was sent to. */
  assignedTo?: string
  /** The local search's syntax. */
  query?: string
  limit?: number
}

export interface DeskListItem {
  deskId: string
  title: string
  owner: string
  assignedTo: string | null
  status: ArticleStatus
  statusBy: string
  updatedAt: string
  version: number
  /** The local article holding it, when this library has it. */
  localId: string | null
  snippet: string | null
}

export interface DeskList {
  items: DeskListItem[]
  total: number
  /** More than `total` match: the desk's search counts up to a cap (1,000). */
  totalIsAtLeast: boolean
}

/** One local article's place on the desk: who has it and its status. */
export interface DeskArticleInfo {
  deskId: string
  owner: string | null
  assignedTo: string | null
  note: string | null
  status: ArticleStatus | null
  statusBy: string | null
  /** Local changes the desk has not acknowledged. */
  waiting: boolean
  /** Not yet pushed once. */
  notYetSent: boolean
}

export interface DeskPresence {
  /** Other people who have this article open on the desk now. */
  others: string[]
}

export interface DeskService {
  deskStatus(): Promise<DeskStatus>
  /** Checks the token with the desk, keeps the link in the library, and starts syncing. */
  deskConnect(url: string, token: string): Promise<DeskStatus>
  /** Stops syncing and forgets the link (the articles stay in the library). */
  deskDisconnect(): Promise<DeskStatus>
  deskSyncNow(): Promise<DeskStatus>
  /** Puts a local article on the desk, for an editor with an optional note. */
  deskSend(articleId: string, editor?: string | null, note?: string | null): Promise<DeskArticleInfo>
  deskEditors(): Promise<DeskEditor[]>
  deskList(filters?: DeskListFilters): Promise<DeskList>
  /** Brings a desk article into the library (kept in step from then); returns the local id. */
  deskOpen(deskId: string): Promise<string>
  deskArticle(articleId: string): Promise<DeskArticleInfo | null>
  /** Says this window has `articleId` open (null: none) and returns who else has it open. */
  deskPresence(articleId: string | null): Promise<DeskPresence>
}

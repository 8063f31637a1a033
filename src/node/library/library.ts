// The library service over one SQLite file. Each method runs in the caller's thread, holds the
// one writer connection, and reports storage failures as AmudErrors naming the file.
import type Database from 'better-sqlite3'
import type { Statement } from 'better-sqlite3'
import type {
  AuthorPicture,
  ExportedArticle,
  ImportFile,
  ImportFileReport,
  ImportOptions,
  ImportProgress,
  ImportReport,
  LibraryService,
  ListPage,
  ListQuery,
  PictureSettings,
  RevisionDiff,
  RevisionRef,
  SaveRequest,
  SearchQuery,
  SearchResult,
  StatusCounts
} from '../../shared/api/library'
import type { UserWord } from '../../shared/spell/api'
import type { Article, ArticleChanges, ArticleSummary, Author, AuthorWithCount, Revision, RevisionSummary } from '../../shared/model/article'
import { guardLibrary } from '../db/errors'
import { checkpointOnClose } from '../db/pragmas'
import * as articles from './articles'
import * as authors from './authors'
import { backupDatabase } from './backup'
import { Ctx, type Clock } from './context'
import { exportArticle } from './export'
import * as dictionary from './dictionary'
import { diffRevisions, listArticleRevisions, restoreRevision } from './history'
import type { GroupBudget } from './import-groups'
import { importFiles, importGroup, importTagged, type ImportItem, type ImportItemResult } from './import'
import { countByStatus, listArticles } from './list'
import * as pictures from './pictures'
import { getRevision, thinAll } from './revisions'
import { search } from './search'
import * as trash from './trash'

export class Library implements LibraryService {
  private readonly ctx: Ctx
  private closed = false
  private readonly pictureListeners = new Set<() => void>()

  constructor(
    private readonly db: Database.Database,
    readonly path: string,
    clock: Clock = () => new Date()
  ) {
    this.ctx = new Ctx(db, path, clock)
  }

  private run<T>(fn: (ctx: Ctx) => T): T {
    return guardLibrary(this.path, () => fn(this.ctx))
  }

  /** Tells the picture fetcher (if a host runs one) that an author may have a new address. */
  private picturesMayBeWanted<T>(result: T): T {
    for (const listener of this.pictureListeners) listener()
    return result
  }

  createArticle(init?: ArticleChanges): Article {
    return this.run((c) => articles.createArticle(c, init))
  }
  getArticle(id: string): Article {
    return this.run((c) => articles.getArticle(c, id))
  }
  saveArticle(req: SaveRequest): Article {
    return this.run((c) => articles.saveArticle(c, req))
  }
  listArticles(query?: ListQuery): ListPage {
    return this.run((c) => listArticles(c, query))
  }
  search(query: SearchQuery): SearchResult {
    return this.run((c) => search(c, query))
  }
  trashArticle(id: string): ArticleSummary {
    return this.run((c) => trash.trashArticle(c, id))
  }
  restoreArticle(id: string): ArticleSummary {
    return this.run((c) => trash.restoreArticle(c, id))
  }
  purgeArticle(id: string): void {
    this.run((c) => trash.purgeArticle(c, id))
  }
  emptyTrash(): number {
    return this.run((c) => trash.emptyTrash(c))
  }

  listRevisions(articleId: string): RevisionSummary[] {
    return this.run((c) => listArticleRevisions(c, articleId))
  }
  getRevision(revisionId: number): Revision {
    return this.run((c) => getRevision(c, revisionId))
  }
  restoreRevision(articleId: string, revisionId: number, baseVersion: number): Article {
    return this.run((c) => restoreRevision(c, articleId, revisionId, baseVersion))
  }
  diffRevisions(articleId: string, from: RevisionRef, to: RevisionRef): RevisionDiff {
    return this.run((c) => diffRevisions(c, articleId, from, to))
  }
  /** Thins every article's old autosaves now (they are thinned per article on each autosave too). */
  thinRevisions(): number {
    return this.run((c) => thinAll(c))
  }

  listAuthors(): AuthorWithCount[] {
    return this.run((c) => authors.listAuthors(c))
  }
  createAuthor(name: string, pictureUrl: string | null): Author {
    return this.picturesMayBeWanted(this.run((c) => authors.createAuthor(c, name, pictureUrl)))
  }
  renameAuthor(id: number, name: string): Author {
    return this.run((c) => authors.renameAuthor(c, id, name))
  }
  setAuthorPicture(id: number, pictureUrl: string | null): Author {
    return this.picturesMayBeWanted(this.run((c) => authors.setAuthorPicture(c, id, pictureUrl)))
  }
  mergeAuthors(fromId: number, intoId: number): Author {
    return this.run((c) => authors.mergeAuthors(c, fromId, intoId))
  }

  authorPicture(authorId: number): AuthorPicture | null {
    return this.run((c) => pictures.authorPicture(c, authorId))
  }
  pictureSettings(): PictureSettings {
    return this.run((c) => pictures.pictureSettings(c))
  }
  setPictureSettings(settings: PictureSettings): PictureSettings {
    return this.picturesMayBeWanted(this.run((c) => pictures.setPictureSettings(c, settings)))
  }

  // For the picture fetcher (src/node/pictures), not the contract: the window never asks these.
  /** Calls `listener` after every call that may leave a picture address to fetch; returns the unsubscribe. */
  onPicturesWanted(listener: () => void): () => void {
    this.pictureListeners.add(listener)
    return () => this.pictureListeners.delete(listener)
  }
  picturesToFetch(): pictures.PictureWanted[] {
    return this.run((c) => pictures.picturesToFetch(c))
  }
  recordPicture(url: string, authorIds: readonly number[], outcome: pictures.PictureOutcome): number[] {
    return this.run((c) => pictures.recordPicture(c, url, authorIds, outcome))
  }
  pictureFailure(authorId: number): string | null {
    return this.run((c) => pictures.pictureFailure(c, authorId))
  }

  countByStatus(): StatusCounts {
    return this.run((c) => countByStatus(c))
  }

  importFiles(files: ImportFile[], options?: ImportOptions, onProgress?: (p: ImportProgress) => void, budget?: GroupBudget): ImportReport {
    return this.picturesMayBeWanted(this.run((c) => importFiles(c, files, options, onProgress, budget)))
  }
  /** One commit's worth of `files` from `start` (see import-groups.ts); callers yield between calls. */
  importGroup(files: readonly ImportFile[], start: number, options: ImportOptions, budget: GroupBudget): ImportFileReport[] {
    return this.picturesMayBeWanted(this.run((c) => importGroup(c, files, start, options, budget)))
  }
  /** The bulk path: all `items` in one transaction (batch them, e.g. 500 at a time). */
  importTagged(items: readonly ImportItem[], options?: ImportOptions): ImportItemResult[] {
    return this.picturesMayBeWanted(this.run((c) => importTagged(c, items, options)))
  }
  exportArticle(id: string): ExportedArticle {
    return this.run((c) => exportArticle(c, id))
  }

  // The spelling checker's state (see dictionary.ts); the SpellService in src/node/spell serves it.
  listUserWords(): UserWord[] {
    return this.run((c) => dictionary.listUserWords(c))
  }
  addUserWord(word: string): UserWord {
    return this.run((c) => dictionary.addUserWord(c, word))
  }
  removeUserWord(word: string): boolean {
    return this.run((c) => dictionary.removeUserWord(c, word))
  }
  ignoreWordInArticle(articleId: string, word: string): void {
    this.run((c) => dictionary.ignoreWordInArticle(c, articleId, word))
  }
  ignoredWords(articleId: string): string[] {
    return this.run((c) => dictionary.ignoredWords(c, articleId))
  }

  /** A consistent copy of the library, taken while it stays open. */
  backup(toFile: string): Promise<void> {
    return backupDatabase(this.db, this.path, toFile)
  }

  /** Runs `fn` in one write transaction (for batch callers: the CLI, benchmarks). */
  transaction<T>(fn: () => T): T {
    return this.run((c) => c.write(fn))
  }

  /**
   * A statement on the connection, compiled once per library and kept (the desk link's and the
   * comments' own tables use it inside transaction()): a sync applies hundreds of articles, and
   * compiling each statement again for each one cost more than running it.
   */
  statement<R = unknown>(sql: string): Statement<unknown[], R> {
    return this.ctx.stmt<R>(sql)
  }

  /** The connection itself, for what a statement cannot do (pragmas; tests that look inside the file). */
  get database(): Database.Database {
    return this.db
  }

  get isOpen(): boolean {
    return !this.closed
  }

  /** Folds the WAL back into the file (wal_checkpoint(TRUNCATE)) and closes. Idempotent. */
  close(): void {
    if (this.closed) return
    this.closed = true
    if (!this.db.readonly) checkpointOnClose(this.db)
    this.db.close()
  }
}

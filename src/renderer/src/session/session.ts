// One open article: what the library last confirmed, what the person changed since, and the
// saving in between. React reads it through subscribe/getSnapshot; the editor hands it the
// document on demand. No path here drops text: a failed save keeps its changes pending (and
// stashed), a conflict waits for the person's decision with their version intact. A save of
// this page's that reached the library while its answer was lost (the page reloaded or went) is
// no conflict: when the library holds the very words being saved, they are taken as saved.
import type { AmudApi } from '../../../shared/api/contract'
import type { Said } from '../../../shared/messages/catalog'
import type { Article, ArticleChanges, ArticleStatus, SerializedDocument } from '../../../shared/model/article'
import { AmudError } from '../../../shared/model/errors'
import { ARTICLE_LIMITS, capAtWord, fieldsOverLimit } from '../../../shared/model/limits'
import { sameDocument } from '../../../shared/document'
import { carries, errorMessage, only, without } from './changes'
import { AutosaveScheduler, type AutosaveOptions } from '../lib/autosave'
import { ExternalStore } from '../lib/externalStore'
import { clearStash, readStash, writeStash, writeStashInBackground, type Stash } from './stash'
import { StashTimer } from './stashTimer'

export type SessionApi = Pick<AmudApi, 'getArticle' | 'saveArticle' | 'createArticle' | 'restoreRevision'>

export interface MetaFields {
  title: string
  authorId: number | null
  pullQuote: string
  status: ArticleStatus
}

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  /** `refused`: fields the library would not take (too long…), kept as typed while the rest saved. */
  | { kind: 'error'; message: string; said?: Said; refused?: (keyof ArticleChanges)[] }
  | { kind: 'conflict'; theirs: Article }

export interface SessionSnapshot {
  article: Article
  fields: MetaFields
  status: SaveStatus
  /** Bumped when the editor must be rebuilt from `document` (the saved version was taken). */
  generation: number
  /** The document the editor starts from at this generation. */
  document: SerializedDocument
}

/** What a restore changed besides the body: the fields before it (for undo) and after (for redo). */
export interface RestoredFields {
  undo: Partial<MetaFields>
  redo: Partial<MetaFields>
}

export type DocumentListener = (doc: SerializedDocument, fields: RestoredFields) => void

const META_KEYS = ['title', 'authorId', 'pullQuote', 'status'] as const

function fieldsOf(a: Pick<Article, 'title' | 'author' | 'pullQuote' | 'status'>): MetaFields {
  return { title: a.title, authorId: a.author?.id ?? null, pullQuote: a.pullQuote, status: a.status }
}

export interface SessionOptions extends AutosaveOptions {
  retryMs?: number
  /**
   * How long a change may go unconfirmed by the library before it is also stashed (in idle
   * time). Longer than autosave's maxWait, so while saves succeed nothing is stashed: stashing a
   * long article takes the page's thread for tens of milliseconds.
   */
  stashDelayMs?: number
  /** After every save the library confirmed; `before` is the version it replaced. */
  onSaved?: (article: Article, before: Article) => void
}

export class ArticleSession extends ExternalStore<SessionSnapshot> {
  private readonly applyListeners = new Set<DocumentListener>()
  private pending: ArticleChanges = {}
  /** Changes sent in the save now in flight: unconfirmed, so still the stash's to keep. */
  private inFlight: ArticleChanges | null = null
  private documentDirty = false
  /** A document that failed to save while the editor was not there to ask again. */
  private heldDocument: SerializedDocument | null = null
  private getDocument: (() => SerializedDocument) | null = null
  private readonly scheduler: AutosaveScheduler
  private nextReason: 'autosave' | 'manual' = 'autosave'
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private readonly stashTimer: StashTimer
  private disposed = false
  /** Changes brought back from a stash: a library found holding them was saved by this page. */
  private recovered: ArticleChanges | null = null

  constructor(
    private readonly api: SessionApi,
    article: Article,
    private readonly options: SessionOptions = {}
  ) {
    super({ article, fields: fieldsOf(article), status: { kind: 'saved' }, generation: 0, document: article.document })
    this.scheduler = new AutosaveScheduler(() => this.save(), options)
    this.stashTimer = new StashTimer(() => {
      const stash = this.disposed ? null : this.unconfirmed()
      if (stash) void writeStashInBackground(this.id, stash)
    }, options.stashDelayMs)
  }

  /** Opens an article, bringing back any words a previous run left unsaved. */
  static async open(api: SessionApi, id: string, options: SessionOptions = {}): Promise<ArticleSession> {
    const article = await api.getArticle(id)
    const session = new ArticleSession(api, article, options)
    await session.recoverStash()
    return session
  }

  get id(): string {
    return this.snapshot.article.id
  }

  /** The editor registers how to read its document; saves call it only when it changed. */
  attachEditor(getDocument: () => SerializedDocument): () => void {
    this.getDocument = getDocument
    return () => {
      if (this.getDocument !== getDocument) return
      // Keep what the editor holds before it goes: a save may still need it.
      if (this.documentDirty) this.heldDocument = getDocument()
      this.getDocument = null
    }
  }

  /** Called when the editor's content should be replaced as an undoable edit. */
  onApplyDocument(listener: DocumentListener): () => void {
    this.applyListeners.add(listener)
    return () => this.applyListeners.delete(listener)
  }

  setField<K extends keyof MetaFields>(key: K, value: MetaFields[K]): void {
    if (this.snapshot.fields[key] === value) return
    this.pending = { ...this.pending, [key]: value }
    this.update({ fields: { ...this.snapshot.fields, [key]: value } })
    this.changed()
  }

  /** Several fields at once (an undone or redone restore), saved like any typing. */
  setFields(fields: Partial<MetaFields>): void {
    for (const k of META_KEYS) if (k in fields) this.setField(k, fields[k] as MetaFields[typeof k])
  }

  documentChanged(): void {
    this.documentDirty = true
    this.heldDocument = null
    this.changed()
  }

  /** The document as the person sees it now (for showing "mine" in a conflict). */
  myDocument(): SerializedDocument {
    return this.currentDocument()
  }

  get dirty(): boolean {
    return this.documentDirty || Object.keys(this.pending).length > 0
  }

  /** Saves whatever is pending now. */
  flush(reason: 'autosave' | 'manual' = 'autosave'): Promise<boolean> {
    if (reason === 'manual') this.nextReason = 'manual'
    this.stashNow()
    return this.scheduler.flush()
  }

  /** Keeps pending changes in localStorage at once (the window is closing). */
  stashNow(): void {
    this.cancelStash()
    const stash = this.unconfirmed()
    if (stash) writeStash(this.id, stash)
  }

  /** What the library has not confirmed yet, as a stash; null when everything is saved. */
  private unconfirmed(): Stash | null {
    if (!this.dirty && !this.inFlight) return null
    // A save that never answers must not take the words with it: what it carries is stashed too.
    const changes: ArticleChanges = { ...this.inFlight, ...this.collectChanges() }
    if (this.inFlight?.document && !changes.document) changes.document = this.currentDocument()
    return { baseVersion: this.snapshot.article.version, changes, at: new Date().toISOString() }
  }

  /** Conflict: my version replaces the saved one (the person has seen both). */
  async keepMine(): Promise<boolean> {
    const status = this.snapshot.status
    if (status.kind !== 'conflict') return true
    const theirs = status.theirs
    // Everything I see becomes the new version, not only what I had changed.
    const f = this.snapshot.fields
    this.pending = { title: f.title, authorId: f.authorId, pullQuote: f.pullQuote, status: f.status }
    this.documentDirty = true
    this.update({ article: { ...this.snapshot.article, version: theirs.version }, status: { kind: 'dirty' } })
    this.scheduler.resume()
    this.scheduler.touch()
    return this.flush('manual')
  }

  /** Conflict: drop my changes and load the saved version into the editor. */
  takeTheirs(): void {
    const status = this.snapshot.status
    if (status.kind !== 'conflict') return
    this.loadFresh(status.theirs)
  }

  /** Conflict: my version becomes a new article; this one takes the saved version. */
  async copyMine(titleSuffix: string): Promise<Article> {
    const status = this.snapshot.status
    const changes = this.collectChanges()
    const f = this.snapshot.fields
    const copy = await this.api.createArticle({
      title: capAtWord(`${f.title} ${titleSuffix}`.trim(), ARTICLE_LIMITS.title),
      authorId: f.authorId,
      pullQuote: f.pullQuote,
      status: f.status,
      document: changes.document ?? this.currentDocument()
    })
    if (status.kind === 'conflict') this.loadFresh(status.theirs)
    return copy
  }

  /** Restores a revision as a new version, then applies it to the editor as one undoable edit. */
  async restoreRevision(revisionId: number): Promise<Article> {
    await this.flush('autosave')
    if (this.dirty) throw new AmudError('io', this.statusMessage() ?? 'unsaved changes')
    const before = this.snapshot.article
    const fieldsBefore = this.snapshot.fields
    const restored = await this.api.restoreRevision(this.id, revisionId, before.version)
    const fieldsAfter = fieldsOf(restored)
    // Undoing the restore in the editor brings back these fields too, with the body.
    const fields: RestoredFields = { undo: {}, redo: {} }
    for (const k of META_KEYS) {
      if (fieldsBefore[k] === fieldsAfter[k]) continue
      ;(fields.undo as Record<string, unknown>)[k] = fieldsBefore[k]
      ;(fields.redo as Record<string, unknown>)[k] = fieldsAfter[k]
    }
    this.update({ article: restored, fields: fieldsAfter, status: { kind: 'saved' } })
    clearStash(this.id)
    for (const l of this.applyListeners) l(restored.document, fields)
    // The editor's apply is an ordinary edit; it now matches the saved version.
    this.documentDirty = false
    this.scheduler.markClean()
    this.update({ status: { kind: 'saved' } })
    this.options.onSaved?.(restored, before)
    return restored
  }

  /**
   * The library holds a newer version made elsewhere (the desk's sync): taken into the editor
   * when nothing here is unsaved; otherwise left, and the next save meets it as a conflict.
   */
  takeNewer(article: Article): boolean {
    if (this.disposed || this.dirty || this.inFlight || this.snapshot.status.kind !== 'saved') return false
    if (article.id !== this.id || article.version <= this.snapshot.article.version) return false
    this.loadFresh(article)
    return true
  }

  /**
   * Saves a version made outside the editor (a desk conflict resolved in the library) from the
   * version the editor holds, after its own edits are saved, then shows it (a fresh editor).
   */
  async replaceWithSaved(save: (baseVersion: number) => Promise<Article>): Promise<Article> {
    await this.flush('autosave')
    if (this.dirty) throw new AmudError('io', this.statusMessage() ?? 'unsaved changes')
    const saved = await save(this.snapshot.article.version)
    if (saved.version !== this.snapshot.article.version) this.loadFresh(saved)
    return saved
  }

  dispose(): void {
    this.stashNow()
    this.disposed = true
    this.scheduler.dispose()
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.cancelStash()
    this.clearListeners()
    this.applyListeners.clear()
  }

  // ——— internals ———

  private changed(): void {
    // Every keystroke lands here: a new snapshot only when the status really changes, or the
    // whole writing room would re-render per key.
    const kind = this.snapshot.status.kind
    if (kind !== 'conflict' && kind !== 'saving' && kind !== 'dirty') {
      this.update({ status: { kind: 'dirty' } })
    }
    this.scheduleStash()
    this.scheduler.touch()
  }

  private scheduleStash(): void {
    if (!this.disposed) this.stashTimer.schedule()
  }

  private cancelStash(): void {
    this.stashTimer.cancel()
  }

  private currentDocument(): SerializedDocument {
    if (this.getDocument) return this.getDocument()
    return this.heldDocument ?? this.snapshot.document
  }

  private collectChanges(): ArticleChanges {
    const changes: ArticleChanges = { ...this.pending }
    if (this.documentDirty) changes.document = this.currentDocument()
    return changes
  }

  private async save(): Promise<boolean> {
    const all = this.collectChanges()
    if (Object.keys(all).length === 0) return true
    const reason = this.nextReason
    this.nextReason = 'autosave'
    const sentDocument = this.documentDirty
    this.pending = {}
    this.documentDirty = false
    const baseVersion = this.snapshot.article.version
    // A field the library would refuse (a title over its limit) stays as typed and unsaved, and
    // never rides along: the body and the other fields save without it.
    let refused: (keyof ArticleChanges)[] = fieldsOverLimit(all)
    let changes = without(all, refused)
    this.update({ status: { kind: 'saving' } })
    this.inFlight = all
    try {
      let saved: Article | null = null
      let refusal: { message: string; said?: Said } | null = null
      if (Object.keys(changes).length > 0) {
        try {
          saved = await this.api.saveArticle({ id: this.id, baseVersion, changes, reason })
        } catch (e) {
          // Refused for a reason not foreseen here: the body still saves, the rest waits.
          const others = Object.keys(changes).filter((k) => k !== 'document') as (keyof ArticleChanges)[]
          if (!(e instanceof AmudError && e.code === 'invalid' && changes.document && others.length > 0)) throw e
          refusal = errorMessage(e)
          refused = [...refused, ...others]
          changes = { document: changes.document }
          saved = await this.api.saveArticle({ id: this.id, baseVersion, changes, reason })
        }
      }
      this.inFlight = null
      this.recovered = null
      // What was refused goes back under anything typed since.
      this.pending = { ...only(all, refused), ...this.pending }
      if (this.disposed) return refused.length === 0
      if (saved) {
        // Fields typed while the save was in flight (or refused) stay as typed; the rest come back from the library.
        const fields = { ...fieldsOf(saved) }
        for (const k of META_KEYS) if (k in this.pending) (fields as Record<string, unknown>)[k] = this.snapshot.fields[k]
        const before = this.snapshot.article
        this.update({ article: saved, fields, status: this.dirty ? { kind: 'dirty' } : { kind: 'saved' } })
        // The library confirmed: a stash that was due restarts from here (and is not needed at all
        // when nothing is left unsaved).
        this.cancelStash()
        if (this.dirty) this.scheduleStash()
        else clearStash(this.id)
        this.options.onSaved?.(saved, before)
      }
      if (refused.length > 0) {
        // Not retried on a timer: the same text would be refused again; the next edit saves.
        this.update({ status: { kind: 'error', ...(refusal ?? { message: 'refused' }), refused } })
        return false
      }
      return true
    } catch (e) {
      this.inFlight = null
      // Put the unsaved changes back under anything typed since.
      this.pending = { ...all, ...this.pending }
      delete this.pending.document
      if (sentDocument && !this.documentDirty) {
        this.documentDirty = true
        if (!this.getDocument && all.document) this.heldDocument = all.document
      }
      if (this.disposed) return false
      this.stashNow()
      if (e instanceof AmudError && e.code === 'conflict') {
        this.scheduler.pause()
        let theirs: Article
        try {
          theirs = await this.api.getArticle(this.id)
        } catch (e2) {
          this.failed(errorMessage(e2))
          return false
        }
        if (carries(theirs, changes) || (this.recovered !== null && carries(theirs, this.recovered))) {
          this.scheduler.resume()
          this.adopt(theirs)
          return true
        }
        this.update({ status: { kind: 'conflict', theirs } })
        return false
      }
      this.failed(errorMessage(e))
      return false
    }
  }

  private failed(said: { message: string; said?: Said }): void {
    this.update({ status: { kind: 'error', ...said } })
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      if (!this.disposed && this.dirty) void this.scheduler.flush()
    }, this.options.retryMs ?? 5000)
  }

  private statusMessage(): string | null {
    const s = this.snapshot.status
    return s.kind === 'error' ? s.message : s.kind === 'conflict' ? 'conflict' : null
  }

  /**
   * The library's version holds this page's own words (a save whose answer was lost): it becomes
   * the version edits are made on, and only what still differs from it stays to be saved.
   */
  private adopt(theirs: Article): void {
    const before = this.snapshot.article
    this.recovered = null
    for (const k of META_KEYS) if (k in this.pending && carries(theirs, { [k]: this.pending[k] })) delete this.pending[k]
    if (this.documentDirty && sameDocument(this.currentDocument(), theirs.document)) {
      this.documentDirty = false
      this.heldDocument = null
    }
    const fields = { ...fieldsOf(theirs) }
    for (const k of META_KEYS) if (k in this.pending) (fields as Record<string, unknown>)[k] = this.snapshot.fields[k]
    this.update({ article: theirs, fields, status: this.dirty ? { kind: 'dirty' } : { kind: 'saved' } })
    this.cancelStash()
    if (this.dirty) {
      this.scheduleStash()
      this.scheduler.touch()
    } else clearStash(this.id)
    this.options.onSaved?.(theirs, before)
  }

  private loadFresh(article: Article): void {
    this.pending = {}
    this.recovered = null
    this.documentDirty = false
    this.heldDocument = null
    this.scheduler.markClean()
    clearStash(this.id)
    this.update({
      article,
      fields: fieldsOf(article),
      status: { kind: 'saved' },
      generation: this.snapshot.generation + 1,
      document: article.document
    })
    this.scheduler.resume()
  }

  private async recoverStash(): Promise<void> {
    const stash = await readStash(this.id)
    if (!stash) return
    const article = this.snapshot.article
    const c = stash.changes
    // The library already holds these words (the page's last save arrived; its answer did not).
    if (carries(article, c)) {
      clearStash(this.id)
      return
    }
    this.recovered = c
    // The unsaved words come back as unsaved edits on the version they were made on: if the
    // library moved on since, the first save meets a conflict and the person chooses.
    const { document, ...meta } = c
    this.pending = meta
    const fields = { ...this.snapshot.fields }
    for (const k of META_KEYS) if (k in meta) (fields as Record<string, unknown>)[k] = meta[k]
    if (document) {
      this.documentDirty = true
      this.heldDocument = document
    }
    this.update({
      article: { ...article, version: stash.baseVersion },
      fields,
      status: { kind: 'dirty' },
      document: document ?? article.document
    })
    this.scheduler.touch()
  }

  private update(patch: Partial<SessionSnapshot>): void {
    this.setSnapshot({ ...this.snapshot, ...patch })
  }
}

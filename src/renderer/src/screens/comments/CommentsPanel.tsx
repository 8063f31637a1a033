// Comments beside the text: select words, comment on them; each paragraph's comments sit in the
// margin level with that paragraph (found again by its words after every edit, see shared/
// comments/anchor.ts; placed by useMargin), their words tinted in the text, with replies, a
// reply box and resolve. A comment whose words were deleted is listed apart as detached, never
// dropped. Rendered inside the editor's composer (the side slot), so it reads the live text.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ArticleComment } from '../../../../shared/api/comments'
import { findAnchor, makeAnchor, type AnchorPlace, type CommentAnchor } from '../../../../shared/comments/anchor'
import { errorText } from '../../../../shared/model/errors'
import { amud } from '../../api'
import { clearHighlight, paintHighlight, rangesFor } from '../../editor/body/spans/highlight'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { selectionSpan } from './selectionSpan'
import { bodyChangesFor } from '../../editor/body/bodyChanges'
import { readParagraphTexts } from '../../editor/body/blockReader'
import { SidePanel } from '../../components/SidePanel'
import { FieldError } from '../../components/FieldError'
import { useMargin } from './useMargin'
import './comments.css'

interface Props {
  articleId: string
  /** The saved version: the list is read again when it changes (a sync may bring comments with it). */
  version: number
  onClose: () => void
}

const HIGHLIGHT = 'comment-anchor'

interface Thread {
  comment: ArticleComment
  replies: ArticleComment[]
  place: AnchorPlace | null
}

function CommentCard({ thread, onChanged, onShow }: { thread: Thread; onChanged: () => void; onShow: (place: AnchorPlace) => void }): React.JSX.Element {
  const { t, formatDateTime, language } = useI18n()
  const [reply, setReply] = useState('')
  const [error, setError] = useState<string | null>(null)
  const { comment, replies } = thread
  const who = (name: string): string => (name === '' ? t('comments.you') : name)
  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setError(null)
    try {
      await action()
      onChanged()
    } catch (e) {
      setError(errorText(e, language))
    }
  }
  const send = (): Promise<void> =>
    run(async () => {
      if (reply.trim() === '') return
      await amud.replyToComment({ id: crypto.randomUUID(), parentId: comment.id, body: reply })
      setReply('')
    })
  return (
    <article
      className={`comment-card${comment.resolved ? ' is-resolved' : ''}`}
      data-testid="comment"
      data-comment={comment.id}
      data-resolved={comment.resolved}
      data-paragraph={thread.place?.paragraph ?? ''}
    >
      <header className="comment-head">
        <span className="comment-author">{who(comment.author)}</span>
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
      </header>
      <blockquote className="comment-quote" dir={detectDirection(comment.anchor?.quote ?? '')} data-testid="comment-quote">
        {comment.anchor?.quote}
      </blockquote>
      {thread.place === null && (
        <p className="comment-detached" data-testid="comment-detached-note">
          {t('comments.detached')}
        </p>
      )}
      <p className="comment-body" dir={detectDirection(comment.body)} data-testid="comment-body">
        {comment.body}
      </p>
      {replies.length > 0 && (
        <ol className="comment-replies">
          {replies.map((r) => (
            <li key={r.id} data-testid="comment-reply-item">
              <span className="comment-author">{who(r.author)}</span> <span dir={detectDirection(r.body)}>{r.body}</span>
            </li>
          ))}
        </ol>
      )}
      {comment.resolved && (
        <p className="comment-state" data-testid="comment-resolved-note">
          {comment.resolvedBy ? t('comments.resolvedBy', { name: who(comment.resolvedBy) }) : t('comments.resolvedShort')}
        </p>
      )}
      {comment.pending && <p className="comment-state">{t('comments.pending')}</p>}
      <div className="comment-reply">
        <input
          className="field field-sm"
          value={reply}
          aria-label={t('comments.replyLabel')}
          placeholder={t('comments.replyLabel')}
          onChange={(e) => setReply(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              void send()
            }
          }}
          data-testid="comment-reply-input"
        />
        <button type="button" className="btn btn-sm" disabled={reply.trim() === ''} onClick={() => void send()} data-testid="comment-reply-send">
          {t('comments.reply')}
        </button>
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => void run(() => amud.resolveComment(comment.id, !comment.resolved))}
          data-testid="comment-resolve"
        >
          {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
        </button>
        {thread.place && (
          <button type="button" className="btn btn-sm btn-quiet" onClick={() => onShow(thread.place!)} data-testid="comment-show">
            {t('comments.show')}
          </button>
        )}
      </div>
      <FieldError message={error} />
    </article>
  )
}

export function CommentsPanel({ articleId, version, onClose }: Props): React.JSX.Element {
  const { t, language } = useI18n()
  const [editor] = useLexicalComposerContext()
  const [comments, setComments] = useState<ArticleComment[]>([])
  const [error, setError] = useState<string | null>(null)
  const [paragraphs, setParagraphs] = useState<string[]>(() => readParagraphTexts(editor))
  const [draft, setDraft] = useState<CommentAnchor | null>(null)
  const [body, setBody] = useState('')
  const [hint, setHint] = useState(false)

  const load = useCallback((): void => {
    amud.listComments(articleId).then(
      (list) => (setComments(list), setError(null)),
      (e: unknown) => setError(errorText(e, language))
    )
  }, [articleId, language])
  useEffect(load, [load, version])
  // Only updates that changed the body, read through the block reader: a keystroke re-reads its own block, not the article.
  useEffect(() => bodyChangesFor(editor).subscribe(() => setParagraphs(readParagraphTexts(editor))), [editor])

  const threads = useMemo((): Thread[] => {
    const byParent = new Map<string, ArticleComment[]>()
    for (const c of comments) if (c.parentId) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c])
    return comments
      .filter((c) => c.parentId === null && c.anchor)
      .map((c) => ({ comment: c, replies: byParent.get(c.id) ?? [], place: findAnchor(paragraphs, c.anchor!) }))
      .sort((a, b) => (a.place?.paragraph ?? 1e9) - (b.place?.paragraph ?? 1e9) || (a.place?.start ?? 0) - (b.place?.start ?? 0))
  }, [comments, paragraphs])

  // The commented words, tinted in the text (open comments only).
  useEffect(() => {
    const spans = threads.filter((th) => th.place && !th.comment.resolved).map((th) => th.place!)
    paintHighlight(HIGHLIGHT, rangesFor(editor, paragraphs, spans))
  }, [editor, threads, paragraphs])
  useEffect(() => () => clearHighlight(HIGHLIGHT), [])

  const start = (): void => {
    const span = selectionSpan(editor)
    setHint(span === null)
    if (span) setDraft(makeAnchor(span.paragraphs, span.paragraph, span.start, span.end))
  }
  const save = async (): Promise<void> => {
    if (!draft || body.trim() === '') return
    try {
      await amud.addComment({ id: crypto.randomUUID(), articleId, anchor: draft, body })
      setDraft(null)
      setBody('')
      load()
    } catch (e) {
      setError(errorText(e, language))
    }
  }

  // Brings the comment's words into sight and selects them in the text.
  const show = (place: AnchorPlace): void => {
    const [range] = rangesFor(editor, paragraphs, [place])
    if (!range) return
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
  }

  const placed = threads.filter((th) => th.place !== null)
  const detached = threads.filter((th) => th.place === null)
  // One group per anchored paragraph, in the text's order.
  const groups: { paragraph: number; threads: Thread[] }[] = []
  for (const th of placed) {
    const last = groups[groups.length - 1]
    if (last && last.paragraph === th.place!.paragraph) last.threads.push(th)
    else groups.push({ paragraph: th.place!.paragraph, threads: [th] })
  }
  const { track, layer, group, onWheel } = useMargin(
    editor,
    groups.map((g) => g.paragraph)
  )

  return (
    <SidePanel className="comments-panel" headingId="comments-heading" title={t('comments.title')} testId="comments" onClose={onClose}>
      <button
        type="button"
        className="btn btn-primary btn-block"
        // Keeps the text's selection: the comment is on the words selected now.
        onMouseDown={(e) => e.preventDefault()}
        onClick={start}
        data-testid="comment-new"
      >
        {t('comments.new')}
      </button>
      {hint && (
        <p className="list-note" role="status">
          {t('comments.selectFirst')}
        </p>
      )}
      {draft && (
        <form
          className="comment-draft"
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <blockquote className="comment-quote" dir={detectDirection(draft.quote)} data-testid="comment-draft-quote">
            {draft.quote}
          </blockquote>
          <textarea
            className="field"
            rows={3}
            autoFocus
            value={body}
            aria-label={t('comments.bodyLabel')}
            placeholder={t('comments.bodyLabel')}
            onChange={(e) => setBody(e.target.value)}
            data-testid="comment-text"
          />
          <div className="comment-reply">
            <button type="submit" className="btn btn-sm btn-primary" disabled={body.trim() === ''} data-testid="comment-save">
              {t('comments.save')}
            </button>
            <button type="button" className="btn btn-sm" onClick={() => (setDraft(null), setBody(''))} data-testid="comment-cancel">
              {t('comments.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="list-note is-error" role="alert">
          {t('comments.error', { reason: error })}
        </p>
      )}
      {threads.length === 0 && !draft && <p className="list-note">{t('comments.empty')}</p>}
      <div className="comment-list comment-margin" ref={track} onWheel={onWheel} aria-label={t('comments.list')} data-testid="comment-margin">
        <div className="comment-margin-layer" ref={layer}>
          {groups.map((g) => (
            <section key={g.paragraph} className="comment-group" ref={group(g.paragraph)} data-paragraph={g.paragraph}>
              <h3 className="comment-paragraph">{t('comments.paragraph', { n: g.paragraph + 1 })}</h3>
              {g.threads.map((th) => (
                <CommentCard key={th.comment.id} thread={th} onChanged={load} onShow={show} />
              ))}
            </section>
          ))}
        </div>
      </div>
      {detached.length > 0 && (
        <section className="comment-group comment-detached-group" data-testid="comment-detached">
          <h3 className="comment-paragraph">{t('comments.detachedGroup')}</h3>
          {detached.map((th) => (
            <CommentCard key={th.comment.id} thread={th} onChanged={load} onShow={show} />
          ))}
        </section>
      )}
    </SidePanel>
  )
}

// A save met a newer version. Nothing is resolved silently: the person sees both versions
// and chooses. Every choice keeps their words somewhere (or, for "take theirs", was chosen
// having seen them).
import { useEffect, useRef, useState } from 'react'
import type { Article } from '../../../../shared/model/article'
import { paragraphsFromDocument } from '../../../../shared/document'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import type { ArticleSession } from '../../session/session'
import { errorText } from '../../../../shared/model/errors'

const PREVIEW_CHARS = 400

function preview(paragraphs: string[]): string {
  const text = paragraphs.join('\n')
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text
}

interface Props {
  session: ArticleSession
  theirs: Article
  onOpenCopy: (article: Article) => void
}

export function ConflictDialog({ session, theirs, onOpenCopy }: Props): React.JSX.Element {
  const { t, formatDateTime, language } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => first.current?.focus(), [])
  const mine = session.getSnapshot().fields
  const myText = preview(paragraphsFromDocument(session.myDocument()))
  const theirText = preview(paragraphsFromDocument(theirs.document))
  const run = async (action: () => Promise<unknown> | void): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(errorText(e, language))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="conflict-title" aria-describedby="conflict-body" data-testid="conflict">
        <h2 id="conflict-title">{t('conflict.title')}</h2>
        <p id="conflict-body">{t('conflict.body', { version: theirs.version, time: formatDateTime(theirs.updatedAt) })}</p>
        <div className="conflict-compare">
          <section>
            <h3>{t('conflict.mine')}</h3>
            <p className="conflict-title" dir={detectDirection(mine.title)}>
              {mine.title}
            </p>
            <p className="conflict-text" dir={detectDirection(myText)}>
              {myText}
            </p>
          </section>
          <section>
            <h3>{t('conflict.theirs')}</h3>
            <p className="conflict-title" dir={detectDirection(theirs.title)}>
              {theirs.title}
            </p>
            <p className="conflict-text" dir={detectDirection(theirText)}>
              {theirText}
            </p>
          </section>
        </div>
        <div className="dialog-actions">
          <button
            ref={first}
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void run(() => session.keepMine())}
            data-testid="conflict-keep-mine"
          >
            {t('conflict.keepMine')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void run(async () => onOpenCopy(await session.copyMine(t('conflict.copySuffix'))))}
            data-testid="conflict-copy-mine"
          >
            {t('conflict.copyMine')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void run(() => session.takeTheirs())} data-testid="conflict-take-theirs">
            {t('conflict.takeTheirs')}
          </button>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  )
}

// A save met a newer version. Nothing is resolved silently: the person sees both versions
// and chooses. Every choice keeps their words somewhere (or, for "take theirs", was chosen
// having seen them).
import type { Article } from '../../../../shared/model/article'
import { paragraphsFromDocument } from '../../../../shared/document'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import type { ArticleSession } from '../../session/session'
import { useDialogAction } from '../../lib/useDialogAction'
import { AlertDialog } from '../../components/AlertDialog'

const PREVIEW_CHARS = 400

function preview(paragraphs: string[]): string {
  const text = paragraphs.join('\n')
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text
}

// One version's title and the start of its text, as the person compares the two.
function Side({ heading, title, text }: { heading: string; title: string; text: string }): React.JSX.Element {
  return (
    <section>
      <h3>{heading}</h3>
      <p className="conflict-title" dir={detectDirection(title)}>
        {title}
      </p>
      <p className="conflict-text" dir={detectDirection(text)}>
        {text}
      </p>
    </section>
  )
}

interface Props {
  session: ArticleSession
  theirs: Article
  onOpenCopy: (article: Article) => void
}

export function ConflictDialog({ session, theirs, onOpenCopy }: Props): React.JSX.Element {
  const { t, formatDateTime } = useI18n()
  const { busy, error, run } = useDialogAction()
  const mine = session.getSnapshot().fields
  const myText = preview(paragraphsFromDocument(session.myDocument()))
  const theirText = preview(paragraphsFromDocument(theirs.document))
  return (
    <AlertDialog
      id="conflict"
      testId="conflict"
      title={t('conflict.title')}
      body={t('conflict.body', { version: theirs.version, time: formatDateTime(theirs.updatedAt) })}
      error={error}
      actions={
        <>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run(() => session.keepMine())} data-testid="conflict-keep-mine">
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
        </>
      }
    >
      <div className="conflict-compare">
        <Side heading={t('conflict.mine')} title={mine.title} text={myText} />
        <Side heading={t('conflict.theirs')} title={theirs.title} text={theirText} />
      </div>
    </AlertDialog>
  )
}

// A desk sync found the same place changed on both sides: the desk kept its side in the
// article, the person's side was kept aside. This dialog shows both versions of each
// conflicting paragraph (or field) side by side and applies the person's choice: keep theirs,
// the desk's, or both (theirs after the desk's). Until they choose, nothing is discarded, and
// "later" leaves the conflict waiting.
import type { ConflictChoice, ConflictPart, DeskConflictView } from '../../../../shared/api/comments'
import { amud } from '../../api'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import type { ArticleSession } from '../../session/session'
import { useDialogAction } from '../../lib/useDialogAction'
import { AlertDialog } from '../../components/AlertDialog'
import './comments.css'

interface Props {
  session: ArticleSession
  conflict: DeskConflictView
  onResolved: () => void
  onLater: () => void
}

function Side({ texts, testid }: { texts: string[]; testid: string }): React.JSX.Element {
  const { t } = useI18n()
  if (texts.length === 0) return <p data-testid={testid}>{t('deskConflict.empty')}</p>
  return (
    <>
      {texts.map((p, i) => (
        <p key={i} dir={detectDirection(p)} data-testid={testid}>
          {p}
        </p>
      ))}
    </>
  )
}

function Part({ part }: { part: ConflictPart }): React.JSX.Element {
  const { t } = useI18n()
  return (
    <div data-testid="desk-conflict-part">
      <p className="desk-conflict-place">{t(`deskConflict.place.${part.place}`)}</p>
      <div className="conflict-compare">
        <section>
          <h3>{t('deskConflict.mine')}</h3>
          <Side texts={part.mine} testid="desk-conflict-mine" />
        </section>
        <section>
          <h3>{t('deskConflict.desk')}</h3>
          <Side texts={part.desk} testid="desk-conflict-desk" />
        </section>
      </div>
    </div>
  )
}

export function DeskConflictDialog({ session, conflict, onResolved, onLater }: Props): React.JSX.Element {
  const { t } = useI18n()
  const { busy, error, run } = useDialogAction()
  const choose = (choice: ConflictChoice): Promise<boolean> =>
    run(async () => {
      await session.replaceWithSaved((baseVersion) => amud.resolveConflict(conflict.id, choice, baseVersion))
      onResolved()
    })
  return (
    <AlertDialog
      id="desk-conflict"
      className="desk-conflict"
      testId="desk-conflict"
      title={t('deskConflict.title')}
      body={t('deskConflict.body')}
      error={error}
      focusKey={conflict.id}
      actions={
        <>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void choose('both')} data-testid="desk-conflict-keep-both">
            {t('deskConflict.keepBoth')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void choose('mine')} data-testid="desk-conflict-keep-mine">
            {t('deskConflict.keepMine')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void choose('desk')} data-testid="desk-conflict-keep-desk">
            {t('deskConflict.keepDesk')}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={onLater} data-testid="desk-conflict-later">
            {t('deskConflict.later')}
          </button>
        </>
      }
    >
      {conflict.parts.map((p, i) => (
        <Part key={i} part={p} />
      ))}
    </AlertDialog>
  )
}

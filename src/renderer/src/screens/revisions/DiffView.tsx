// A revision's differences from the current text, word by word. Inserted words are <ins>,
// deleted ones <del>: the meaning is in the markup, not only in the colour.
import type { ParagraphDiff, RevisionDiff, WordDiffPart } from '../../../../shared/api/library'
import { useI18n } from '../../i18n'
import { detectDirection } from '../../lib/direction'

function Parts({ parts }: { parts: WordDiffPart[] }): React.JSX.Element {
  return (
    <>
      {parts.map((p, i) => (p.op === 'insert' ? <ins key={i}>{p.text}</ins> : p.op === 'delete' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
    </>
  )
}

function textOf(parts: WordDiffPart[]): string {
  return parts.map((p) => p.text).join('')
}

function Paragraph({ diff }: { diff: ParagraphDiff }): React.JSX.Element {
  const text = textOf(diff.parts)
  const body = diff.op === 'insert' ? <ins>{text}</ins> : diff.op === 'delete' ? <del>{text}</del> : <Parts parts={diff.parts} />
  return (
    <p className={`diff-p diff-${diff.op}`} dir={detectDirection(text)}>
      {body}
    </p>
  )
}

export function DiffView({ diff }: { diff: RevisionDiff }): React.JSX.Element {
  const { t } = useI18n()
  const changed = (parts: WordDiffPart[]): boolean => parts.some((p) => p.op !== 'equal')
  const none = !changed(diff.title) && !changed(diff.pullQuote) && diff.paragraphs.every((p) => p.op === 'equal')
  return (
    <div className="diff" data-testid="revision-diff">
      <p className="diff-stats">{t('revisions.stats', { inserted: diff.stats.wordsInserted, deleted: diff.stats.wordsDeleted })}</p>
      {none && <p className="list-note">{t('revisions.noChanges')}</p>}
      {changed(diff.title) && (
        <h3 className="diff-title" dir={detectDirection(textOf(diff.title))}>
          <Parts parts={diff.title} />
        </h3>
      )}
      {changed(diff.pullQuote) && (
        <blockquote className="diff-quote" dir={detectDirection(textOf(diff.pullQuote))}>
          <Parts parts={diff.pullQuote} />
        </blockquote>
      )}
      {diff.paragraphs.map((p, i) => (
        <Paragraph key={i} diff={p} />
      ))}
    </div>
  )
}

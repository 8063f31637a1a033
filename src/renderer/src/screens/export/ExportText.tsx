// The exported file as text: numbered lines in the column's own type, right to left, with what
// the eye misses drawn as marks. A tagged file's line 1 (the author header: Latin markup around
// the name) is set left to right, as it is written, with the name kept whole in its own direction. Each mark span keeps its characters (its label is CSS content), so the lines'
// text is the file's text exactly, and copying a passage copies what the file holds.
import { memo } from 'react'
import { SEPARATOR } from '../../../../shared/format'
import { useI18n, type MessageKey } from '../../i18n'
import { detectDirection } from '../../lib/direction'
import { markCounts, splitLines, tokenizeLine, type MarkKind, type Token } from './marks'

const MARK_TITLES: Record<MarkKind, MessageKey> = {
  'trailing-space': 'export.mark.trailing',
  nbsp: 'export.mark.nbsp',
  tatweel: 'export.mark.tatweel',
  bidi: 'export.mark.bidi',
  invisible: 'export.mark.invisible'
}

/** What each kind looks like in the legend: a few characters of it, or its label. */
const LEGEND_SAMPLES: Record<MarkKind, { text: string; label: string }> = {
  'trailing-space': { text: '\u00A0\u00A0', label: '··' },
  nbsp: { text: '\u00A0', label: 'NBSP' },
  tatweel: { text: 'ـــ', label: 'ـ×3' },
  bidi: { text: '', label: 'RLM' },
  invisible: { text: '', label: 'ZWSP' }
}

function codePoints(text: string): string {
  return Array.from(new Set(Array.from(text)), (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')
}

/** The author header: the opening tag, the name, the closing tag. */
const HEADER = /^(\[author\b[^\]]*\])(.*?)\[\/author\]/

/** The tokens covering characters from..to of their line, cut where a token straddles an end. */
function sliceTokens(tokens: Token[], from: number, to: number): Token[] {
  const out: Token[] = []
  let at = 0
  for (const token of tokens) {
    const start = at
    at += token.text.length
    const s = Math.max(start, from)
    const e = Math.min(at, to)
    if (s < e) out.push({ ...token, text: token.text.slice(s - start, e - start) })
  }
  return out
}

function Tokens({ tokens }: { tokens: Token[] }): React.JSX.Element {
  const { t } = useI18n()
  return (
    <>
      {tokens.map((token, i) =>
        token.kind === 'text' ? (
          token.text
        ) : (
          <span
            key={i}
            className={`mark mark-${token.kind}`}
            data-label={token.label}
            data-mark={token.kind}
            title={`${t(MARK_TITLES[token.kind])} (${codePoints(token.text)}${token.text.length > 1 ? ` ×${token.text.length}` : ''})`}
          >
            {token.text}
          </span>
        )
      )}
    </>
  )
}

interface LineProps {
  line: string
  number: number
  separator: boolean
  /** A tagged file's line 1: left to right whatever the view's direction, the name set apart. */
  header: boolean
}

const Line = memo(function Line({ line, number, separator, header }: LineProps): React.JSX.Element {
  // The separator line is the format's own tatweel run: expected, so not marked.
  const tokens = separator ? [{ kind: 'text' as const, text: line }] : tokenizeLine(line)
  const tag = header ? HEADER.exec(line) : null
  return (
    <div className="export-line" data-testid="export-line">
      <span className="export-line-no" data-n={number} aria-hidden="true" />
      <span className={`export-line-text${separator ? ' is-separator' : ''}`} dir={header ? 'ltr' : undefined}>
        {tag ? (
          <>
            <Tokens tokens={sliceTokens(tokens, 0, tag[1]!.length)} />
            {/* The name is isolated in its own direction: an Arabic name with digits or Latin
                words in it reads as it does everywhere else, not reordered by the markup. */}
            <bdi className="export-name" dir={detectDirection(tag[2]!)} data-testid="export-author-name">
              <Tokens tokens={sliceTokens(tokens, tag[1]!.length, tag[1]!.length + tag[2]!.length)} />
            </bdi>
            <Tokens tokens={sliceTokens(tokens, tag[1]!.length + tag[2]!.length, line.length)} />
          </>
        ) : (
          <Tokens tokens={tokens} />
        )}
      </span>
    </div>
  )
})

interface Props {
  text: string
  /** Tagged files are read right to left; HTML and Markdown sources line by line as they run. */
  rtl: boolean
}

export function ExportText({ text, rtl }: Props): React.JSX.Element {
  const { t, formatNumber } = useI18n()
  const { lines, finalNewline } = splitLines(text)
  const separatorAt = rtl && lines[2] === SEPARATOR ? 2 : -1
  const counts = markCounts(lines.filter((_, i) => i !== separatorAt).join('\n'))
  const found = (Object.keys(counts) as MarkKind[]).filter((k) => counts[k] > 0)
  return (
    <div className="export-text-wrap">
      <div
        className={`export-text${rtl ? ' is-rtl' : ''}`}
        dir={rtl ? 'rtl' : 'ltr'}
        lang="ar"
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={t('export.textLabel')}
        tabIndex={0}
        data-testid="export-text"
        data-final-newline={finalNewline ? 'true' : 'false'}
      >
        {lines.map((line, i) => (
          <Line key={i} line={line} number={i + 1} separator={i === separatorAt} header={rtl && i === 0} />
        ))}
      </div>
      <p className="export-legend" data-testid="export-legend">
        {found.length === 0
          ? t('export.marksNone')
          : found.map((k) => (
              <span key={k} className="legend-item">
                <span className={`mark mark-${k}`} data-label={LEGEND_SAMPLES[k].label} aria-hidden="true">
                  {LEGEND_SAMPLES[k].text}
                </span>
                {t(MARK_TITLES[k])}: {formatNumber(counts[k])}
              </span>
            ))}
      </p>
    </div>
  )
}

// The article's typography issues beside the page: each with its rule, the message in the
// interface's language and its fix; "fix" and "fix all" are editor updates (one undo step
// each). "Fix all" fixes until nothing is left to fix (one fix can reveal another: "كذا ?" →
// "كذا ؟" → "كذا؟"), as fixAllTypography does, not just the issues listed at the moment.
// Rules can be switched off and the house quotation marks chosen; both are remembered.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { useEffect } from 'react'
import { TYPOGRAPHY_RULES, type TypographyRuleId } from '../../../../shared/arabic'
import { replaceSpans, type Replacement } from '../../editor/body/spans/replace'
import { fixAllTypographyInEditor } from '../export/editorFixes'
import { clearHighlight, paintHighlight, rangesFor } from '../../editor/body/spans/highlight'
import type { ParagraphIssue } from '../../editor/plugins/Typography'
import { typographyStoreFor, useTypographySnapshot } from '../../editor/plugins/Typography'
import { setQuoteStyle, setRuleEnabled, useTypographyPrefs, type QuoteStyle } from '../../editor/plugins/Typography'
import { useI18n } from '../../i18n'
import { SidePanel } from '../../components/SidePanel'

const FOCUS_HIGHLIGHT = 'amud-typography-focus'

function replacementOf(issue: ParagraphIssue): Replacement | null {
  return issue.fix
    ? { paragraph: issue.paragraph, start: issue.fix.start, end: issue.fix.end, expected: issue.found, replacement: issue.fix.replacement }
    : null
}

/** Whitespace made visible in the fix's before/after. */
function shown(text: string): string {
  return text.replace(/ /g, '·').replace(/\u00a0/g, '⍽')
}

interface Props {
  onClose: () => void
}

export function TypographyPanel({ onClose }: Props): React.JSX.Element {
  const { t, language } = useI18n()
  const [editor] = useLexicalComposerContext()
  const { issues, paragraphs } = useTypographySnapshot()
  const prefs = useTypographyPrefs()
  useEffect(() => () => clearHighlight(FOCUS_HIGHLIGHT), [])

  const apply = (list: readonly ParagraphIssue[]): void => {
    const replacements = list.map(replacementOf).filter((r): r is Replacement => r !== null)
    if (replacements.length === 0) return
    replaceSpans(editor, replacements)
    clearHighlight(FOCUS_HIGHLIGHT)
    // The list follows at once, not after the typing pause.
    typographyStoreFor(editor).computeNow()
  }
  const fixAll = (): void => {
    fixAllTypographyInEditor(editor, { disabled: [...prefs.disabled], quoteStyle: prefs.quoteStyle })
    clearHighlight(FOCUS_HIGHLIGHT)
    typographyStoreFor(editor).computeNow()
  }
  const point = (issue: ParagraphIssue | null): void => {
    if (!issue) return clearHighlight(FOCUS_HIGHLIGHT)
    paintHighlight(FOCUS_HIGHLIGHT, rangesFor(editor, paragraphs, [issue]))
  }
  const fixable = issues.filter((i) => i.fix)
  const ruleName = (rule: TypographyRuleId): string => t(`typography.rule.${rule}`)

  return (
    <SidePanel className="typo-panel" headingId="typography-heading" title={t('typography.title')} testId="typography-panel" onClose={onClose}>
      <div className="typo-section">
        <p data-testid="typography-count">{issues.length === 0 ? t('typography.none') : t('typography.count', { count: issues.length })}</p>
        <button type="button" className="btn btn-sm" disabled={fixable.length === 0} onClick={fixAll} data-testid="typography-fix-all">
          {t('typography.fixAll')}
        </button>
      </div>
      <ul className="typo-list typo-section" aria-label={t('typography.list')}>
        {issues.map((issue, i) => (
          <li
            key={`${issue.paragraph}:${issue.start}:${issue.rule}:${i}`}
            className="typo-issue"
            data-testid="typography-issue"
            data-rule={issue.rule}
            onMouseEnter={() => point(issue)}
            onMouseLeave={() => point(null)}
          >
            <div className="typo-rule">{ruleName(issue.rule)}</div>
            <div className="typo-message" data-testid="typography-message">
              {t(issue.said)}
            </div>
            {issue.fix && (
              <div className="typo-fix">
                <code dir="auto">{shown(issue.found)}</code>
                <span aria-hidden>{language === 'ar' ? '←' : '→'}</span>
                <code dir="auto">{issue.fix.replacement === '' ? t('typography.remove') : shown(issue.fix.replacement)}</code>
                <button
                  type="button"
                  className="btn btn-quiet btn-sm"
                  onClick={() => apply([issue])}
                  onFocus={() => point(issue)}
                  onBlur={() => point(null)}
                  data-testid="typography-fix"
                >
                  {t('typography.fix')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <details className="typo-section typo-settings" data-testid="typography-settings">
        <summary>{t('typography.settings')}</summary>
        <label>
          {t('typography.quoteStyle')}
          <select
            className="field field-sm"
            value={prefs.quoteStyle}
            onChange={(e) => setQuoteStyle(e.target.value as QuoteStyle)}
            data-testid="typography-quote-style"
          >
            <option value="guillemets">«…»</option>
            <option value="curly">“…”</option>
          </select>
        </label>
        {TYPOGRAPHY_RULES.map((rule) => (
          <label key={rule}>
            <input
              type="checkbox"
              checked={!prefs.disabled.includes(rule)}
              onChange={(e) => setRuleEnabled(rule, e.target.checked)}
              data-testid={`typography-rule-${rule}`}
            />
            {ruleName(rule)}
          </label>
        ))}
      </details>
    </SidePanel>
  )
}

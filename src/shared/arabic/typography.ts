import { msg } from '../messages/catalog'
import { bidiControls, mixedDigits, tatweel } from './typography-characters'
import { latinPunctuation, repeatedMarks, straightQuotes } from './typography-punctuation'
import { doubleSpace, spaceAfterMark, spaceBeforeMark } from './typography-spacing'
import type { Rule, TypographyFix, TypographyIssue, TypographyOptions, TypographyRuleId } from './typography-types'

export type { TypographyFix, TypographyIssue, TypographyOptions, TypographyRuleId } from './typography-types'

// Order matters only for ties: when two rules fix the very same span, the first listed wins
// (removing the spaces before a comma beats shrinking them to one).
const RULES: [TypographyRuleId, Rule][] = [
  ['bidi-controls', bidiControls],
  ['latin-punctuation', latinPunctuation],
  ['space-before-mark', spaceBeforeMark],
  ['space-after-mark', spaceAfterMark],
  ['repeated-marks', repeatedMarks],
  ['straight-quotes', straightQuotes],
  ['tatweel', tatweel],
  ['double-space', doubleSpace],
  ['mixed-digits', mixedDigits]
]

export const TYPOGRAPHY_RULES: readonly TypographyRuleId[] = RULES.map(([id]) => id)

export function checkTypography(text: string, options: TypographyOptions = {}): TypographyIssue[] {
  const disabled = new Set(options.disabled ?? [])
  const issues: TypographyIssue[] = []
  for (const [id, rule] of RULES) {
    if (disabled.has(id)) continue
    for (const f of rule(text, options)) {
      issues.push({
        rule: id,
        start: f.start,
        end: f.end,
        said: msg(`typo.${id}`, { found: f.found, replacement: f.replacement }),
        fix: { start: f.start, end: f.end, replacement: f.replacement }
      })
    }
  }
  // Stable sort: rule order breaks ties.
  return issues.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Applies the fixes that do not overlap an earlier one (by position; the first wins); all
 * offsets refer to `text` as given. Two insertions at one point count as overlapping.
 */
/**
 * The fixes that can be applied together, left to right: the first of overlapping fixes wins,
 * and one insertion at a place (so two rules never insert the same space twice).
 */
export function acceptedFixes(text: string, fixes: readonly (TypographyFix | null)[]): TypographyFix[] {
  const sorted = fixes
    .filter((f): f is TypographyFix => f !== null && f.start >= 0 && f.end <= text.length && f.start <= f.end)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const accepted: TypographyFix[] = []
  let lastEnd = 0
  let lastInsertion = -1
  for (const f of sorted) {
    if (f.start < lastEnd) continue
    if (f.start === f.end) {
      if (f.start === lastInsertion) continue
      lastInsertion = f.start
    }
    accepted.push(f)
    lastEnd = f.end
  }
  return accepted
}

export function applyFixes(text: string, issues: TypographyIssue[]): string {
  const accepted = acceptedFixes(
    text,
    issues.map((i) => i.fix)
  )
  // Built left to right from pieces: the same result as splicing right to left, in linear time.
  const parts: string[] = []
  let pos = 0
  for (const f of accepted) {
    parts.push(text.slice(pos, f.start), f.replacement)
    pos = f.end
  }
  parts.push(text.slice(pos))
  return parts.join('')
}

/** Fix passes until nothing changes; each pass applies every non-overlapping fix. */
const MAX_PASSES = 32

export function fixAllTypography(text: string, options: TypographyOptions = {}): string {
  let current = text
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applyFixes(current, checkTypography(current, options))
    if (next === current) break
    current = next
  }
  return current
}

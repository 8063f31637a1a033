// The typography check's types: its rules, what a rule finds, and what the check reports.
import type { Message } from '../messages/catalog'

export type TypographyRuleId =
  | 'latin-punctuation'
  | 'space-before-mark'
  | 'space-after-mark'
  | 'repeated-marks'
  | 'straight-quotes'
  | 'tatweel'
  | 'double-space'
  | 'mixed-digits'
  | 'bidi-controls'

export interface TypographyFix {
  start: number
  end: number
  replacement: string
}

export interface TypographyIssue {
  rule: TypographyRuleId
  start: number
  end: number
  /** What to say about it: render with t(). */
  said: Message<`typo.${TypographyRuleId}`>
  fix: TypographyFix | null
}

export interface TypographyOptions {
  disabled?: TypographyRuleId[]
  /** House style for quotation marks: «…» (default) or “…”. */
  quoteStyle?: 'guillemets' | 'curly'
}

/** What a rule finds: the span, the fix, and what to say (filled in from the messages). */
export interface Finding {
  start: number
  end: number
  replacement: string
  /** The characters at issue, for the message (the replacement is the fix's). */
  found: string
}

export type Rule = (text: string, options: TypographyOptions) => Finding[]

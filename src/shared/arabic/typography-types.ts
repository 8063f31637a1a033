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
  message: string
  messageAr: string
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
  /** Values for the message template: {found}, {replacement}. */
  found: string
}

export type Rule = (text: string, options: TypographyOptions) => Finding[]

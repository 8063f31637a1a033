import type { TypographyRuleId } from './typography-types'

// {found} and {replacement} are filled in with the characters at issue, shown quoted.
export const MESSAGES: Record<TypographyRuleId, { en: string; ar: string }> = {
  'latin-punctuation': {
    en: 'Latin punctuation {found} in Arabic text: use {replacement}.',
    ar: 'علامة ترقيم لاتينية {found} في نص عربي: استعمل {replacement}.'
  },
  'space-before-mark': {
    en: 'No space before {found}.',
    ar: 'لا مسافة قبل {found}.'
  },
  'space-after-mark': {
    en: 'Put one space after {found}.',
    ar: 'ضع مسافة واحدة بعد {found}.'
  },
  'repeated-marks': {
    en: 'Repeated punctuation {found}: write {replacement}.',
    ar: 'علامات ترقيم مكررة {found}: اكتب {replacement}.'
  },
  'straight-quotes': {
    en: 'Straight quotation mark: use {replacement}.',
    ar: 'علامة تنصيص مستقيمة: استعمل {replacement}.'
  },
  tatweel: {
    en: 'Tatweel (kashida) stretches the text: remove it (a single one stays only as a connector, as in بـ15 or هـ).',
    ar: 'تطويل (كشيدة) يمط النص: احذفه (تبقى واحدة للوصل فقط، كما في بـ15 وهـ).'
  },
  'double-space': {
    en: 'Several spaces in a row: one is enough.',
    ar: 'عدة مسافات متتالية: تكفي مسافة واحدة.'
  },
  'mixed-digits': {
    en: 'Digits {found} differ from the rest of the text: write {replacement}.',
    ar: 'الأرقام {found} تخالف بقية النص: اكتب {replacement}.'
  },
  'bidi-controls': {
    en: 'Invisible direction control character: remove it.',
    ar: 'محرف تحكم خفي في اتجاه النص: احذفه.'
  }
}

// Quoted so a lone mark stands out; curly quotes when the mark itself is a guillemet.
const quote = (s: string): string => (/[«»]/.test(s) ? `“${s}”` : `«${s}»`)

export function renderMessage(rule: TypographyRuleId, found: string, replacement: string): { en: string; ar: string } {
  const m = MESSAGES[rule]
  const fill = (t: string): string => t.replace('{found}', quote(found)).replace('{replacement}', quote(replacement))
  return { en: fill(m.en), ar: fill(m.ar) }
}

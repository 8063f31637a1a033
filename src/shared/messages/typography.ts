// What the typography check says about each finding, in English and Arabic. `found` and
// `replacement` are the characters at issue, shown quoted.
import { entry } from './message'

type Marks = { found: string; replacement: string }

// Quoted so a lone mark stands out; curly quotes when the mark itself is a guillemet.
const q = (s: string): string => (/[«»]/.test(s) ? `“${s}”` : `«${s}»`)

export const typographyMessages = {
  'typo.latin-punctuation': entry(
    (p: Marks) => `Latin punctuation ${q(p.found)} in Arabic text: use ${q(p.replacement)}.`,
    (p) => `علامة ترقيم لاتينية ${q(p.found)} في نص عربي: استعمل ${q(p.replacement)}.`
  ),
  'typo.space-before-mark': entry(
    (p: Marks) => `No space before ${q(p.found)}.`,
    (p) => `لا مسافة قبل ${q(p.found)}.`
  ),
  'typo.space-after-mark': entry(
    (p: Marks) => `Put one space after ${q(p.found)}.`,
    (p) => `ضع مسافة واحدة بعد ${q(p.found)}.`
  ),
  'typo.repeated-marks': entry(
    (p: Marks) => `Repeated punctuation ${q(p.found)}: write ${q(p.replacement)}.`,
    (p) => `علامات ترقيم مكررة ${q(p.found)}: اكتب ${q(p.replacement)}.`
  ),
  'typo.straight-quotes': entry(
    (p: Marks) => `Straight quotation mark: use ${q(p.replacement)}.`,
    (p) => `علامة تنصيص مستقيمة: استعمل ${q(p.replacement)}.`
  ),
  'typo.tatweel': entry(
    (_: Marks) => 'Tatweel (kashida) stretches the text: remove it (a single one stays only as a connector, as in بـ15 or هـ).',
    () => 'تطويل (كشيدة) يمط النص: احذفه (تبقى واحدة للوصل فقط، كما في بـ15 وهـ).'
  ),
  'typo.double-space': entry(
    (_: Marks) => 'Several spaces in a row: one is enough.',
    () => 'عدة مسافات متتالية: تكفي مسافة واحدة.'
  ),
  'typo.mixed-digits': entry(
    (p: Marks) => `Digits ${q(p.found)} differ from the rest of the text: write ${q(p.replacement)}.`,
    (p) => `الأرقام ${q(p.found)} تخالف بقية النص: اكتب ${q(p.replacement)}.`
  ),
  'typo.bidi-controls': entry(
    (_: Marks) => 'Invisible direction control character: remove it.',
    () => 'محرف تحكم خفي في اتجاه النص: احذفه.'
  )
}

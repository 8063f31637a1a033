import { isArabicMark, isInvisibleFormat, TATWEEL, digitValue } from './chars'

// One lookup per UTF-16 unit is what makes indexing fast; the table is built once, lazily,
// by running the slow, obviously-correct per-character rule (normalizeCluster) over the BMP.
export const REMOVE = 0xffff
/** Needs the slow path: expands to several units, is a surrogate, etc. */
export const COMPLEX = 0xfffe
/** A combining mark that survives: it may compose with the preceding base under NFKC. */
export const MARK = 0xfffd
/** Codes at or above this are not replacement characters but actions. */
export const SPECIAL = 0xfffd

const ALEF = 0x0627
const YEH = 0x064a

/**
 * The letters the stemmer's variant keeps (see normalizeForStems): hamza forms, alef maqsura
 * and teh marbuta say where a word's clitics are (إلغاء has no article, الرياضة no pronoun).
 */
function keptForStems(c: number): boolean {
  return c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0624 || c === 0x0626 || c === 0x0629 || c === 0x0649
}

/**
 * Arabic-specific folding of one UTF-16 unit that is already NFKC: -1 means drop it.
 * Hamza carriers are stripped like the alef forms are (ؤ → و, ئ → ي), which is also what
 * NFKD + dropping U+0654 gives, so composed and decomposed input agree. `forStems` keeps
 * the letters keptForStems names.
 */
export function foldArabicUnit(c: number, forStems = false): number {
  if (forStems && keptForStems(c)) return c
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ wasla
    case 0x0672:
    case 0x0673:
      return ALEF
    case 0x0649: // ى
    case 0x06cc: // Farsi yeh, typed by Persian keyboard layouts
    case 0x0626: // ئ
      return YEH
    case 0x0624: // ؤ
      return 0x0648
    case 0x0629: // ة
      return 0x0647
    case 0x06a9: // keheh → kaf, same keyboard artefact
      return 0x0643
    case 0x066b: // Arabic decimal separator
      return 0x2e
    case 0x066c: // Arabic thousands separator
      return 0x2c
    case 0x066a: // Arabic percent sign
      return 0x25
    case 0x0674: // high hamza, left over by NFKC of U+0675–U+0678
    case TATWEEL:
      return -1
  }
  if (isArabicMark(c) || isInvisibleFormat(c)) return -1
  const d = digitValue(c)
  if (d >= 0) return 0x30 + d
  return c
}

/** The reference rule for a short run (a base and its marks): NFKC, Arabic folding, lowercase. */
export function normalizeCluster(s: string, forStems = false): string {
  const t = s.normalize('NFKC')
  let out = ''
  for (let i = 0; i < t.length; i++) {
    const f = foldArabicUnit(t.charCodeAt(i), forStems)
    if (f >= 0) out += String.fromCharCode(f)
  }
  return out.toLowerCase()
}

export interface Tables {
  action: Uint16Array
  /** 1 for units that attach to the preceding base (marks, Hangul medial/final jamo). */
  combining: Uint8Array
}

let tables: Tables | null = null
let stemTables: Tables | null = null

/** The search table with the letters keptForStems left as they are (composed forms are NFKC output, so only they differ). */
export function getStemTables(): Tables {
  if (stemTables) return stemTables
  const base = getTables()
  const action = base.action.slice()
  for (const c of [0x0622, 0x0623, 0x0625, 0x0624, 0x0626, 0x0629, 0x0649]) action[c] = c
  stemTables = { action, combining: base.combining }
  return stemTables
}

/** Every BMP code unit once, surrogates replaced by a space, so regex indexes are code units. */
function bmpString(): string {
  const units = new Uint16Array(0x10000)
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c
  let s = ''
  for (let i = 0; i < 0x10000; i += 4096) s += String.fromCharCode.apply(null, Array.from(units.subarray(i, i + 4096)))
  return s
}

/**
 * Built once, on first use. Calling NFKC on all 65,536 units is slow (100+ ms on a busy
 * machine), so a regex picks the few thousand that NFKC or lowercasing can change
 * (Changes_When_NFKC_Casefolded covers NFKC, Changes_When_Lowercased the rest, e.g.
 * Cherokee); only those, and the marks, go through the reference rule.
 */
export function getTables(): Tables {
  if (tables) return tables
  const action = new Uint16Array(0x10000)
  const combining = new Uint8Array(0x10000)
  const candidate = new Uint8Array(0x10000)
  const all = bmpString()
  for (const m of all.matchAll(/[\p{CWKCF}\p{CWL}]/gu)) candidate[m.index] = 1
  for (const m of all.matchAll(/\p{M}/gu)) combining[m.index] = 1
  combining.fill(1, 0x1160, 0x1200)
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      action[c] = COMPLEX
      continue
    }
    if (candidate[c] === 0 && combining[c] === 0) {
      // NFKC- and lowercase-stable: only the Arabic folding applies (its outputs are too).
      const f = foldArabicUnit(c)
      action[c] = f < 0 ? REMOVE : f < SPECIAL ? f : COMPLEX
      continue
    }
    const r = normalizeCluster(String.fromCharCode(c))
    if (r.length === 0) action[c] = REMOVE
    else if (combining[c] === 1) action[c] = MARK
    else if (r.length === 1 && r.charCodeAt(0) < SPECIAL) action[c] = r.charCodeAt(0)
    else action[c] = COMPLEX
  }
  tables = { action, combining }
  return tables
}

// The person's typography settings: rules switched off and the house quotation marks. Kept in
// localStorage (settings/prefs) and shared by the editor's checker and the panel.
import { useSyncExternalStore } from 'react'
import { TYPOGRAPHY_RULES, type TypographyOptions, type TypographyRuleId } from '../../../../../shared/arabic'
import { readPref, writePref } from '../../../settings/prefs'

export type QuoteStyle = NonNullable<TypographyOptions['quoteStyle']>

export interface TypographyPrefs {
  disabled: readonly TypographyRuleId[]
  quoteStyle: QuoteStyle
}

const DISABLED = 'typography.disabled'
const QUOTES = 'typography.quoteStyle'

const isRuleList = (v: unknown): v is TypographyRuleId[] => Array.isArray(v) && v.every((r) => (TYPOGRAPHY_RULES as readonly unknown[]).includes(r))
const isQuoteStyle = (v: unknown): v is QuoteStyle => v === 'guillemets' || v === 'curly'

let prefs: TypographyPrefs = {
  disabled: readPref(DISABLED, isRuleList) ?? [],
  quoteStyle: readPref(QUOTES, isQuoteStyle) ?? 'guillemets'
}
const listeners = new Set<() => void>()

export function typographyPrefs(): TypographyPrefs {
  return prefs
}

export function setRuleEnabled(rule: TypographyRuleId, enabled: boolean): void {
  const disabled = prefs.disabled.filter((r) => r !== rule)
  if (!enabled) disabled.push(rule)
  prefs = { ...prefs, disabled }
  writePref(DISABLED, disabled)
  for (const l of listeners) l()
}

export function setQuoteStyle(quoteStyle: QuoteStyle): void {
  prefs = { ...prefs, quoteStyle }
  writePref(QUOTES, quoteStyle)
  for (const l of listeners) l()
}

export function subscribeTypographyPrefs(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useTypographyPrefs(): TypographyPrefs {
  return useSyncExternalStore(subscribeTypographyPrefs, typographyPrefs)
}

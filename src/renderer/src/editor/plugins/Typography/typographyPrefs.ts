// The person's typography settings: rules switched off and the house quotation marks. Kept in
// localStorage (settings/prefs) and shared by the editor's checker and the panel.
import { useSyncExternalStore } from 'react'
import { TYPOGRAPHY_RULES, type TypographyOptions, type TypographyRuleId } from '../../../../../shared/arabic'
import { PrefStore } from '../../../settings/prefStore'

export type QuoteStyle = NonNullable<TypographyOptions['quoteStyle']>

export interface TypographyPrefs {
  disabled: readonly TypographyRuleId[]
  quoteStyle: QuoteStyle
}

const isRuleList = (v: unknown): v is TypographyRuleId[] => Array.isArray(v) && v.every((r) => (TYPOGRAPHY_RULES as readonly unknown[]).includes(r))
const isQuoteStyle = (v: unknown): v is QuoteStyle => v === 'guillemets' || v === 'curly'

const prefs = new PrefStore<TypographyPrefs>({
  disabled: { name: 'typography.disabled', valid: isRuleList, fallback: [] },
  quoteStyle: { name: 'typography.quoteStyle', valid: isQuoteStyle, fallback: 'guillemets' }
})

export const typographyPrefs = prefs.getSnapshot
export const subscribeTypographyPrefs = prefs.subscribe

export function setRuleEnabled(rule: TypographyRuleId, enabled: boolean): void {
  const disabled = prefs.getSnapshot().disabled.filter((r) => r !== rule)
  if (!enabled) disabled.push(rule)
  prefs.set('disabled', disabled)
}

export function setQuoteStyle(quoteStyle: QuoteStyle): void {
  prefs.set('quoteStyle', quoteStyle)
}

export function useTypographyPrefs(): TypographyPrefs {
  return useSyncExternalStore(prefs.subscribe, prefs.getSnapshot)
}

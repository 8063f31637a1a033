// Typography's public surface, all that code outside this folder may import: the plugin, and its store and preferences for the typography panel.
export { TypographyPlugin } from './TypographyPlugin'
export type { ParagraphIssue } from './typographyStore'
export { typographyStoreFor, useTypographySnapshot } from './typographyStoreFor'
export { setQuoteStyle, setRuleEnabled, useTypographyPrefs, type QuoteStyle } from './typographyPrefs'

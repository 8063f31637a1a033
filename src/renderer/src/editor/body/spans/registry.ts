// The page's CSS Custom Highlight registry, the one place every span painter (spelling,
// typography, find, the pull-quote candidate) asks for it.

/** CSS.highlights; null in jsdom and in browsers without the API (panels still work, untinted). */
export function registry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined' ? CSS.highlights : null
}

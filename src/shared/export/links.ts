// The link targets an exported or imported article may carry: web pages and e-mail addresses.
// The renderer has its own copy of this rule (src/renderer/src/lib/links.ts); the shared core
// cannot import from the renderer, and an export must not trust that the editor ran first.
const ALLOWED = new Set(['http:', 'https:', 'mailto:'])

export function isSafeHref(url: string): boolean {
  const trimmed = url.trim()
  // Whitespace or controls inside a scheme ("java\tscript:") are how a naive check is fooled.
  if (trimmed === '' || /[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return false
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return false
  }
  if (!ALLOWED.has(parsed.protocol)) return false
  if (parsed.protocol === 'mailto:') return parsed.pathname.includes('@')
  return parsed.hostname !== ''
}

// The only link targets an article may carry: web pages and e-mail addresses. Anything else
// (javascript:, data:, file:, vbscript:…) is refused wherever a link can enter or leave: the
// editor's toolbar, markdown shortcuts, paste, loaded documents, imports and every export.
const ALLOWED = new Set(['http:', 'https:', 'mailto:'])

export function isSafeHref(url: string): boolean {
  const trimmed = url.trim()
  // Whitespace or controls inside a scheme ("java\tscript:") are how a naive check is fooled.
  if (trimmed === '' || /[\u0000-\u0020\u007f-\u009f\s]/.test(trimmed)) return false
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

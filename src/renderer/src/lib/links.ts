// The only link targets an article may carry: web pages and e-mail addresses. Anything else
// (javascript:, data:, file:, vbscript:…) is refused wherever a link can enter: the toolbar,
// markdown shortcuts, paste and documents loaded from the library.
const ALLOWED = new Set(['http:', 'https:', 'mailto:'])

export function isAllowedUrl(url: string): boolean {
  const trimmed = url.trim()
  // Control characters and whitespace inside a scheme are a classic way to smuggle one past
  // a naive check ("java\tscript:"): refuse them outright.
  if (trimmed === '' || /[\u0000-\u001f\u007f\s]/.test(trimmed)) return false
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

/** What a person typed into the link box, made into a URL when it obviously is one. */
export function normalizeUrlInput(input: string): string {
  const s = input.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return s
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(s)) return `mailto:${s}`
  if (/^(www\.)?[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(s)) return `https://${s}`
  return s
}

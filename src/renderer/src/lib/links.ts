// Links in the editor follow the shared rule (http, https and mailto only), the same one
// every import and export applies.
import { isSafeHref } from '../../../shared/export/links'

export const isAllowedUrl = isSafeHref

/** What a person typed into the link box, made into a URL when it obviously is one. */
export function normalizeUrlInput(input: string): string {
  const s = input.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(s)) return s
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(s)) return `mailto:${s}`
  if (/^(www\.)?[^\s/]+\.[a-z]{2,}(\/\S*)?$/i.test(s)) return `https://${s}`
  return s
}

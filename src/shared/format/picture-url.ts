// The one rule for an author picture address, shared by the tagged format (parser and writer),
// the API's argument schema and the library: an http(s) address with a site name, at most
// MAX_PICTURE_URL_LENGTH characters, and none of the characters that would break the header's
// attribute or shortcode (", <, >, [, ]) or that a person cannot see (spaces, controls,
// direction and zero-width marks). Attribute values are taken literally: no entity decoding.

import type { Message } from '../messages/catalog'
import { describeChar, DIAGNOSTIC_CODES, formatMessage, type MessageParams } from './messages'
import { isTrimSpace } from './text'

/** Longer than any real picture address; keeps a pasted page of text out of the header. */
export const MAX_PICTURE_URL_LENGTH = 2048

export type PictureUrlProblem = 'picture-url-scheme' | 'picture-url-host' | 'picture-url-char' | 'picture-url-length'

/** Why `url` cannot be an author picture address, with the offset to point at; null if it can. */
export function checkPictureUrl(url: string): { id: PictureUrlProblem; offset: number; params?: MessageParams } | null {
  const scheme = /^https?:\/\//i.exec(url)
  if (!scheme) return { id: 'picture-url-scheme', offset: 0 }
  for (let i = 0; i < url.length; i++) {
    if (isForbiddenInUrl(url.charCodeAt(i))) {
      const ch = String.fromCodePoint(url.codePointAt(i) ?? 0)
      return { id: 'picture-url-char', offset: i, params: { what: describeChar(ch) } }
    }
  }
  const host = url[scheme[0].length]
  if (host === undefined || host === '/' || host === '?' || host === '#') return { id: 'picture-url-host', offset: scheme[0].length }
  if (url.length > MAX_PICTURE_URL_LENGTH) return { id: 'picture-url-length', offset: MAX_PICTURE_URL_LENGTH }
  return null
}

// Characters that would break the attribute or the shortcode around it (", [, ]), or that a
// person cannot see and a server will not find (spaces, controls, direction marks).
function isForbiddenInUrl(c: number): boolean {
  if (c <= 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) return true
  if (c === 0x22 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d) return true
  if (c < 0xa0) return false
  return isTrimSpace(c) || c === 0x061c || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
}

/** Why `url` cannot be an author picture address; null if it can. */
export function pictureUrlError(url: string): { code: string; said: Message } | null {
  const problem = checkPictureUrl(url)
  if (!problem) return null
  return { code: DIAGNOSTIC_CODES[problem.id], said: formatMessage(problem.id, problem.params) }
}

// File names that are safe everywhere: Windows forbids <>:"/\|?* and control characters and
// trailing dots or spaces; macOS and Linux forbid "/" and NUL; bidi controls would let a name
// display differently from what it is. Arabic is kept as written (NFC, as macOS stores it).
// Capped at 200 UTF-8 bytes, well under the 255-byte limit of common file systems.

/** Separators become spaces (so words stay apart); quotes and invisible controls just go. */
const SEPARATORS = /[<>:/\\|?*]/gu
const DROPPED = /["\u0000-\u001f\u007f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/gu
const MAX_BYTES = 200
const EXTENSION = '.txt'

export function safeNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/gu, '')
}

function capBytes(text: string, max: number): string {
  let bytes = 0
  let out = ''
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, 'utf8')
    if (bytes > max) break
    out += ch
  }
  return out.replace(/[.\s]+$/u, '')
}

function localDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** "YYYY-MM-DD - author - title.txt" (the date of publication, or of the last change). */
export function exportFileName(date: Date, author: string | null, title: string): string {
  const parts = [localDate(date), safeNamePart(author ?? ''), safeNamePart(title) || 'بلا عنوان'].filter((p) => p !== '')
  return capBytes(parts.join(' - '), MAX_BYTES - EXTENSION.length) + EXTENSION
}

// Turns what was handed to the parser into text, refusing what is not text at all: too big,
// not UTF-8, a NUL byte. Done first and on the whole input, before any line is looked at.

import { MAX_FILE_BYTES } from './canonical'
import { diagnostic } from './messages'
import { codePointColumn, firstLoneSurrogate, locate, utf8Length } from './text'
import type { FormatDiagnostic } from './types'

export type Decoded = { ok: true; text: string } | { ok: false; error: FormatDiagnostic }

// ignoreBOM keeps a byte-order mark in the text: the parser reports and removes it itself, and
// columns on line 1 count it, as an editor showing the raw file would.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

export function decodeInput(input: string | Uint8Array): Decoded {
  if (typeof input === 'string') return checkString(input)
  if (input.length > MAX_FILE_BYTES) return { ok: false, error: tooLarge(input.length) }
  // Looking for NUL in the bytes is a memchr; in the decoded text it would be another full pass.
  const nul = input.indexOf(0)
  let text: string
  try {
    text = strictDecoder.decode(input)
  } catch {
    const bad = firstInvalidUtf8(input)
    if (bad < input.length) return { ok: false, error: notUtf8(input, bad) }
    // Valid bytes the decoder would not take (browsers refuse views of a SharedArrayBuffer): decode a copy.
    text = strictDecoder.decode(input.slice())
  }
  return nul === -1 ? { ok: true, text } : checkNul(text)
}

function checkString(text: string): Decoded {
  // Cheap bounds first: every UTF-16 unit is 1 to 3 bytes of UTF-8.
  if (text.length * 3 > MAX_FILE_BYTES) {
    const bytes = text.length > MAX_FILE_BYTES ? text.length : utf8Length(text)
    if (bytes > MAX_FILE_BYTES) return { ok: false, error: tooLarge(bytes) }
  }
  const lone = firstLoneSurrogate(text)
  if (lone !== -1) return { ok: false, error: at(text, lone, 'not-utf8-surrogate') }
  return checkNul(text)
}

function checkNul(text: string): Decoded {
  const nul = text.indexOf('\0')
  return nul === -1 ? { ok: true, text } : { ok: false, error: at(text, nul, 'nul') }
}

function at(text: string, index: number, id: 'nul' | 'not-utf8-surrogate'): FormatDiagnostic {
  const { line, lineStart } = locate(text, index)
  const lineEnd = text.indexOf('\n', lineStart)
  const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)
  return diagnostic(id, line + 1, codePointColumn(lineText, index - lineStart))
}

function tooLarge(bytes: number): FormatDiagnostic {
  return diagnostic('too-large', 1, 1, { size: (bytes / (1024 * 1024)).toFixed(1) })
}

function notUtf8(bytes: Uint8Array, bad: number): FormatDiagnostic {
  let line = 1
  let lineStart = 0
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < bad; i = bytes.indexOf(0x0a, i + 1)) {
    line++
    lineStart = i + 1
  }
  // Everything before `bad` is valid, so the lenient decoder reads it exactly.
  const before = lenientDecoder.decode(bytes.subarray(lineStart, bad))
  return diagnostic('not-utf8', line, codePointColumn(before, before.length))
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence, by the same
 * rules TextDecoder applies (no overlong forms, no surrogates, nothing above U+10FFFF). Only run
 * once decoding has failed, to say where.
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i] as number
    if (c < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (c >= 0xc2 && c <= 0xdf) need = 1
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2
      if (c === 0xe0) lo = 0xa0
      if (c === 0xed) hi = 0x9f
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3
      if (c === 0xf0) lo = 0x90
      if (c === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const d = b[i + k]
      if (d === undefined) return i
      // Only the first continuation byte has the narrowed range.
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i
    }
    i += need + 1
  }
  return b.length
}

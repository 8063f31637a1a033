// Every message the parser can give, by id, with the stable code it reports under (several
// messages share one code). The sentences themselves are in the shared catalog
// (src/shared/messages/format-*.ts), under 'format.' + id; they carry no location.

import { msg, type Message, type Said } from '../messages/catalog'
import type { FormatDiagnostic } from './types'

export type MessageParams = Record<string, string | number | Said>

export const DIAGNOSTIC_CODES = {
  'too-large': 'too-large',
  'too-large-canonical': 'too-large',
  'not-utf8': 'not-utf8',
  'not-utf8-surrogate': 'not-utf8',
  nul: 'nul',
  'header-missing': 'header-missing',
  'header-expected-attribute': 'header-malformed',
  'header-expected-equals': 'header-malformed',
  'header-expected-quote': 'header-malformed',
  'header-unclosed-quote': 'header-malformed',
  'header-duplicate-attribute': 'header-malformed',
  'header-text-after-close': 'header-malformed',
  'unclosed-open-tag': 'unclosed-tag',
  'unclosed-close-tag': 'unclosed-tag',
  'author-name-empty': 'author-name-empty',
  'author-name-bracket': 'author-name-bracket',
  'picture-url-scheme': 'picture-url',
  'picture-url-host': 'picture-url',
  'picture-url-char': 'picture-url',
  'picture-url-length': 'picture-url',
  'separator-missing': 'separator-missing',
  'no-body': 'no-body',
  bom: 'bom',
  crlf: 'crlf',
  'trailing-newline': 'trailing-newline',
  'blank-line': 'blank-line',
  'extra-space': 'extra-space',
  'line-break-in-text': 'line-break-in-text',
  'header-form': 'header-form',
  'pull-quote-marks': 'pull-quote-marks',
  'pull-quote-missing': 'pull-quote-missing',
  'separator-length': 'separator-length',
  'author-name-spacing': 'author-name-spacing'
} as const

export type MessageId = keyof typeof DIAGNOSTIC_CODES

/** The catalog message for parser message `id` (the parser builds params to fit the id). */
export function formatMessage(id: MessageId, params: MessageParams = {}): Message {
  return { code: `format.${id}`, params } as Message
}

export function diagnostic(id: MessageId, line: number, column: number, params: MessageParams = {}, count = 1): FormatDiagnostic {
  return { line, column, code: DIAGNOSTIC_CODES[id], said: formatMessage(id, { ...params, times: count }) }
}

/** How a message names a character it objects to. */
export function describeChar(ch: string): Message<'format.char'> {
  return msg('format.char', { ch })
}

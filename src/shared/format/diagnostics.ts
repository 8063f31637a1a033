// Warnings are gathered one per kind, at the first place the file shows it, with a count: a
// file saved by Word may have trailing spaces on every line, and nobody wants 300 lines saying so.

import { diagnostic, type MessageId, type MessageParams } from './messages'
import { msg, t, type Language, type Message } from '../messages/catalog'
import type { FormatDiagnostic } from './types'

interface Pending {
  id: MessageId
  line: number
  column: number
  params: MessageParams
  count: number
}

export class WarningCollector {
  private readonly pending = new Map<MessageId, Pending>()

  add(id: MessageId, line: number, column: number, params: MessageParams = {}, times = 1): void {
    const seen = this.pending.get(id)
    if (seen) seen.count += times
    else this.pending.set(id, { id, line, column, params, count: times })
  }

  isEmpty(): boolean {
    return this.pending.size === 0
  }

  /** In file order, so a reader can walk down the file with them. */
  list(): FormatDiagnostic[] {
    return [...this.pending.values()].sort((a, b) => a.line - b.line || a.column - b.column).map((w) => diagnostic(w.id, w.line, w.column, w.params, w.count))
  }
}

/** "FILE:LINE:COL: message", the way compilers print, so editors and terminals can jump to it. */
export function formatDiagnostic(fileName: string, d: FormatDiagnostic, prefix = ''): string {
  return `${fileName}:${d.line}:${d.column}: ${prefix}${t(d.said, 'en')}`
}

/** The message with its place, for a person: "line 3, column 1: …" or "السطر 3، الموضع 1: …". */
export function placedMessage(d: FormatDiagnostic): Message<'format.at'> {
  return msg('format.at', { line: d.line, column: d.column, said: d.said })
}

export function describeDiagnostic(d: FormatDiagnostic, language: Language = 'en'): string {
  return t(placedMessage(d), language)
}

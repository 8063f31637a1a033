// Errors cross process and HTTP boundaries as { code, message }: the code lets the UI react
// (a conflict offers a choice), the message is already fit for a person to read. Errors the
// person can act on (a refused folder, a disk that does not answer) also carry messageAr, so
// the interface shows them in its own language (errorText).

import { msg, type Said } from '../messages/catalog'

export const ERROR_CODES = ['conflict', 'not_found', 'invalid', 'newer_library', 'corrupt_library', 'io', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export class AmudError extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, unknown> | undefined
  /** The same message in Arabic, when there is one. */
  readonly messageAr: string | undefined

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, messageAr?: string) {
    super(message)
    this.name = 'AmudError'
    this.code = code
    this.details = details
    this.messageAr = messageAr
  }

  /** An error with its message in both interface languages. */
  static bilingual(code: ErrorCode, text: { en: string; ar: string }): AmudError {
    return new AmudError(code, text.en, undefined, text.ar)
  }

  toJSON(): SerializedError {
    return {
      code: this.code,
      message: this.message,
      ...(this.messageAr !== undefined ? { messageAr: this.messageAr } : {}),
      ...(this.details ? { details: this.details } : {})
    }
  }
}

export interface SerializedError {
  code: ErrorCode
  message: string
  messageAr?: string
  details?: Record<string, unknown>
}

export function toSerializedError(err: unknown): SerializedError {
  if (err instanceof AmudError) return err.toJSON()
  const message = err instanceof Error ? err.message : String(err)
  return { code: 'internal', message }
}

/** What an error says, as a message: render it with t(). */
export function errorSaid(err: unknown): Said {
  if (err instanceof AmudError && err.messageAr !== undefined) return { code: 'plain.bilingual', params: { text: err.message, textAr: err.messageAr } }
  return msg('plain.text', { text: err instanceof Error ? err.message : String(err) })
}

export function fromSerializedError(e: SerializedError): AmudError {
  return new AmudError(e.code, e.message, e.details, typeof e.messageAr === 'string' ? e.messageAr : undefined)
}

/**
 * What to show a person: the Arabic message in the Arabic interface when the error has one.
 * Takes a thrown error, a serialized one, or anything kept from one ({ message, messageAr? }).
 */
export function errorText(err: unknown, language: 'ar' | 'en'): string {
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    const { message, messageAr } = err as { message: string; messageAr?: unknown }
    return language === 'ar' && typeof messageAr === 'string' ? messageAr : message
  }
  return String(err)
}

// Errors cross process and HTTP boundaries as { code, message, said? }: the code lets the UI
// react (a conflict offers a choice); errors a person can act on (a refused folder, a disk that
// does not answer) carry `said`, a catalog message ({ code, params }) that each side renders in
// its own language (errorText); `message` is the English, for logs and programs.

import { isSaid, msg, t, type Language, type Message, type Said } from '../messages/catalog'

export const ERROR_CODES = ['conflict', 'not_found', 'invalid', 'newer_library', 'corrupt_library', 'io', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export class AmudError extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, unknown> | undefined
  /** What to tell a person, in either language, when the error is one a person can act on. */
  readonly said: Said | undefined

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, said?: Said) {
    super(message)
    this.name = 'AmudError'
    this.code = code
    this.details = details
    this.said = said
  }

  /** An error a person can read in either interface language; its `message` is the English. */
  static saying(code: ErrorCode, said: Message, details?: Record<string, unknown>): AmudError {
    return new AmudError(code, t(said, 'en'), details, said)
  }

  toJSON(): SerializedError {
    return {
      code: this.code,
      message: this.message,
      ...(this.said !== undefined ? { said: this.said } : {}),
      ...(this.details ? { details: this.details } : {})
    }
  }
}

export interface SerializedError {
  code: ErrorCode
  /** The English, for logs and programs; the app renders `said` when there is one. */
  message: string
  said?: Said
  details?: Record<string, unknown>
}

export function toSerializedError(err: unknown): SerializedError {
  if (err instanceof AmudError) return err.toJSON()
  const message = err instanceof Error ? err.message : String(err)
  return { code: 'internal', message }
}

export function fromSerializedError(e: SerializedError): AmudError {
  return new AmudError(e.code, e.message, e.details, isSaid(e.said) ? e.said : undefined)
}

/** What an error says, as a message: its own when it has one, else its English as it is. */
export function errorSaid(err: unknown): Said {
  if (typeof err === 'object' && err !== null && isSaid((err as { said?: unknown }).said)) return (err as { said: Said }).said
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    return msg('plain.text', { text: (err as { message: string }).message })
  }
  return msg('plain.text', { text: String(err) })
}

/**
 * What to show a person: the error's message rendered in `language` when it has one, else its
 * English. Takes a thrown error, a serialized one, or anything kept from one ({ message, said? }).
 */
export function errorText(err: unknown, language: Language): string {
  return t(errorSaid(err), language)
}

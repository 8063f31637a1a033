// Errors cross process and HTTP boundaries as { code, message }: the code lets the UI react
// (a conflict offers a choice), the message is already fit for a person to read.

export const ERROR_CODES = [
  'conflict',
  'not_found',
  'invalid',
  'newer_library',
  'corrupt_library',
  'io',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export class AmudError extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, unknown> | undefined

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'AmudError'
    this.code = code
    this.details = details
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) }
  }
}

export interface SerializedError {
  code: ErrorCode
  message: string
  details?: Record<string, unknown>
}

export function toSerializedError(err: unknown): SerializedError {
  if (err instanceof AmudError) return err.toJSON()
  const message = err instanceof Error ? err.message : String(err)
  return { code: 'internal', message }
}

export function fromSerializedError(e: SerializedError): AmudError {
  return new AmudError(e.code, e.message, e.details)
}

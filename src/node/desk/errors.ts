// A refusal the desk explains: an HTTP status, a code from the contract and a sentence for a
// person. Anything else that escapes a request is logged on the server and answered as a plain
// "internal" error, never with its stack.
import type { DeskErrorCode } from '../../shared/desk/contract'

const STATUS: Record<DeskErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  too_large: 413,
  conflict: 409,
  method: 405,
  internal: 500
}

export class DeskFailure extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
    /** The same sentence in Arabic, for refusals a person acts on (a status move). */
    readonly messageAr?: string
  ) {
    super(message)
    this.name = 'DeskFailure'
  }

  static bilingual(code: DeskErrorCode, text: { en: string; ar: string }): DeskFailure {
    return new DeskFailure(code, text.en, text.ar)
  }

  get status(): number {
    return STATUS[this.code]
  }
}

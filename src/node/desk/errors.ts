// A refusal the desk explains: an HTTP status, a code from the contract and a sentence for a
// person. Anything else that escapes a request is logged on the server and answered as a plain
// "internal" error, never with its stack.
import type { DeskErrorCode } from '../../shared/desk/contract'
import { t, type Message } from '../../shared/messages/catalog'

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
    /** The sentence as a catalog message, for refusals a person acts on (a status move). */
    readonly said?: Message
  ) {
    super(message)
    this.name = 'DeskFailure'
  }

  /** A refusal a person reads in either language; its `message` is the English. */
  static saying(code: DeskErrorCode, said: Message): DeskFailure {
    return new DeskFailure(code, t(said, 'en'), said)
  }

  get status(): number {
    return STATUS[this.code]
  }
}

// Author names are kept as written: the library tells authors apart by their exact name, so a
// name with two spaces in a row, or with a space other than the plain U+0020 (a no-break space,
// a tab, a thin space…), is an author of its own, apart from the same name written with single
// plain spaces. A person cannot see that difference, so the parser notes it (without changing
// anything) and `amud check` and the import report show the note.

import { msg, type Message } from '../messages/catalog'
import { describeChar } from './messages'
import { isTrimSpace } from './text'

export interface NameSpacing {
  /** Index in the name of the first unusual space. */
  index: number
  /** How the message names it. */
  what: Message
}

/** The first place where `name` has spacing other than single plain spaces; null if none. */
export function unusualNameSpacing(name: string): NameSpacing | null {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    if (!isTrimSpace(c)) continue
    if (c === 0xa0) return { index: i, what: msg('format.no-break-space') }
    if (c !== 0x20) return { index: i, what: describeChar(name[i] as string) }
    let run = i + 1
    while (run < name.length && name.charCodeAt(run) === 0x20) run++
    if (run > i + 1) return { index: i, what: msg('format.spaces-in-a-row', { n: run - i }) }
    i = run - 1
  }
  return null
}

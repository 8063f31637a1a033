// The one catalog of messages that travel as data ({ code, params }), gathered from its parts,
// and the one function that renders them: t(message, language). Pure: main, the command line,
// the hosts and the window all render with it.
import { checklistMessages } from './checklist'
import { flattenedMessages } from './checklist-flattened'
import { typographyMessages } from './typography'
import { importReportMessages } from './import-docx'
import { importFileMessages } from './import-files'
import { plainMessages } from './plain'
import { commentErrorMessages } from './errors-comments'
import { fileErrorMessages } from './errors-files'
import { libraryErrorMessages } from './errors-library'
import { deskMessages } from './desk'
import { pullQuoteMessages } from './pullquote'
import { formatRefusals } from './format-refusals'
import { formatTolerances } from './format-tolerances'
import { formatWrite } from './format-write'
import type { Entry, Language, Said } from './message'

export type { Language, Said } from './message'

export const CATALOG = {
  ...formatRefusals,
  ...formatTolerances,
  ...formatWrite,
  ...checklistMessages,
  ...flattenedMessages,
  ...typographyMessages,
  ...importFileMessages,
  ...importReportMessages,
  ...plainMessages,
  ...libraryErrorMessages,
  ...fileErrorMessages,
  ...commentErrorMessages,
  ...deskMessages,
  ...pullQuoteMessages
}

type Catalog = typeof CATALOG
export type MessageCode = keyof Catalog
export type ParamsOf<C extends MessageCode> = Catalog[C] extends Entry<infer P> ? P : never

/** A message: its code and the parameters that code takes. */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { code: K; params: ParamsOf<K> } }[C]

type ParamArgs<C extends MessageCode> = Record<never, never> extends ParamsOf<C> ? [params?: ParamsOf<C>] : [params: ParamsOf<C>]

/** A message of the catalog, its parameters checked against the code. */
export function msg<C extends MessageCode>(code: C, ...[params]: ParamArgs<C>): Message<C> {
  return { code, params: params ?? {} } as Message<C>
}

/**
 * The message in `language`. A code this version does not know, or parameters that do not fit
 * it (a message off the wire is not checked), show as the code rather than failing the view.
 */
export function t(message: Said, language: Language): string {
  if (!Object.hasOwn(CATALOG, message.code)) return message.code
  const entry = (CATALOG as Record<string, Entry<object>>)[message.code] as Entry<object>
  try {
    return entry[language](message.params ?? {}, (m) => t(m, language))
  } catch {
    return message.code
  }
}

/** Whether a value read off the wire is a message (an object with a code and params). */
export function isSaid(v: unknown): v is Said {
  return typeof v === 'object' && v !== null && typeof (v as Said).code === 'string' && typeof (v as Said).params === 'object' && (v as Said).params !== null
}

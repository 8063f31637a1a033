// The shape of a message that travels (an error, a report line, a finding): a code from the
// catalog and its parameters, never text already written in one language. Each side renders it
// in its own language with t() (catalog.ts). Kept apart from the catalog so its parts can name
// a nested message without a circular type.

export type Language = 'ar' | 'en'

/** Any message, as it comes off the wire; a parameter may itself be one (rendered in the same language). */
export interface Said {
  code: string
  params: object
}

/** Renders a nested message in the language being written. */
export type Render = (m: Said) => string

/** One message: how to write it in English and in Arabic from the same parameters. */
export interface Entry<P> {
  en: (p: P, r: Render) => string
  ar: (p: P, r: Render) => string
}

/** An entry whose parameter type the English function's annotation gives (none: no parameters). */
export function entry<P extends object = Record<never, never>>(en: (p: P, r: Render) => string, ar: (p: P, r: Render) => string): Entry<P> {
  return { en, ar }
}

// A parser warning is given once, at its first place, with how many places show it: the count
// travels as the `times` parameter, and the sentence says "(N places in the file; this is the first)".
import { entry, type Entry, type Render } from './message'

type Counted<P> = P & { times?: number }

export function diag<P extends object = Record<never, never>>(en: (p: P, r: Render) => string, ar: (p: P, r: Render) => string): Entry<Counted<P>> {
  return entry(
    (p: Counted<P>, r) => en(p, r) + (p.times !== undefined && p.times > 1 ? ` (${p.times} places in the file; this is the first)` : ''),
    (p, r) => ar(p, r) + (p.times !== undefined && p.times > 1 ? ` (عدد المواضع في الملف: ${p.times}؛ وهذا أولها)` : '')
  )
}

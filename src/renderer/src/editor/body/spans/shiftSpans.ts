// Where spans stand after an edit, before anyone has read the text again: the edit is the
// stretch between the longest common prefix and suffix of the old and new text; spans before it
// stay, spans after it move by the change in length, and a span the edit touches is dropped
// (its word changed: the next reading decides about it).
import type { TextSpan } from './highlight'

export function shiftSpans<T extends TextSpan>(before: string, after: string, spans: readonly T[]): T[] {
  if (before === after) return [...spans]
  const shortest = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < shortest - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++
  const editEnd = before.length - suffix
  const delta = after.length - before.length
  const out: T[] = []
  for (const s of spans) {
    if (s.end < prefix) out.push(s)
    else if (s.start > editEnd) out.push({ ...s, start: s.start + delta, end: s.end + delta })
  }
  return out
}

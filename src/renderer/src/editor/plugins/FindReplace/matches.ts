// The find bar's matches as plain data, apart from React and the DOM so they can be tested:
// every match of the query in the body's paragraphs, and which of them is current. The current
// match is kept as a place in the text, not an index, so it stays put while the text changes.
import { findMatches, type FindOptions } from '../../../../../shared/arabic/find'
import { spanPoints, type MappedParagraph, type TextPoint } from '../../body/paragraphMap'

export interface Match {
  paragraph: number
  start: number
  end: number
  text: string
  points: { anchor: TextPoint; focus: TextPoint }
}

/** Where the current match is: the first match not before this place. */
export interface Place {
  paragraph: number
  start: number
}

export function findAll(paragraphs: readonly MappedParagraph[], query: string, options: FindOptions): Match[] {
  if (query === '') return []
  const out: Match[] = []
  paragraphs.forEach((p, paragraph) => {
    for (const [start, end] of findMatches(p.text, query, options)) {
      const text = p.text.slice(start, end)
      const points = spanPoints(paragraphs, paragraph, start, end, text)
      if (points) out.push({ paragraph, start, end, text, points })
    }
  })
  return out
}

const before = (a: Place, b: Place): boolean => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start)

/** The current match's index: the first at or after `at` (wrapping to the first), -1 for none. */
export function currentIndex(matches: readonly Place[], at: Place | null): number {
  if (matches.length === 0) return -1
  if (at === null) return 0
  const i = matches.findIndex((m) => !before(m, at))
  return i < 0 ? 0 : i
}

/** The place of the match `delta` steps from `current`, wrapping round; null with no matches. */
export function stepPlace(matches: readonly Place[], current: number, delta: number): Place | null {
  if (matches.length === 0) return null
  const n = matches.length
  const m = matches[(((current + delta) % n) + n) % n]!
  return { paragraph: m.paragraph, start: m.start }
}

// Where the letters sit on the Arabic (101) keyboard. A plain typo is a finger's slip: a key
// struck for its neighbour, a key struck twice or together with its neighbour, two keys swapped.
// A "fix" that needs any other letter is not a typo of what was meant but a different word,
// which is how names and foreign words (هاموند، داندان) used to get five junk suggestions.

/** The three letter rows, left to right, with each row's stagger in key widths. */
const ROWS: readonly [string, number][] = [
  ['ضصثقفغعهخحجد', 0],
  ['شسيبلاتنمكط', 0.25],
  ['ئءؤرلىةوزظ', 0.75]
]

const place = new Map<string, { x: number; y: number }>()
ROWS.forEach(([letters, offset], y) => Array.from(letters).forEach((l, i) => place.set(l, { x: i + offset, y })))
// لا is one key (between ر and ى); ذ sits left of the top row, alone.
place.set('ذ', { x: -1, y: -1 })

/** Whether two letters are on the same key or on touching keys. */
export function nearKeys(a: string, b: string): boolean {
  if (a === b) return true
  const p = place.get(a)
  const q = place.get(b)
  if (!p || !q) return false
  const dy = Math.abs(p.y - q.y)
  const dx = Math.abs(p.x - q.x)
  return dy === 0 ? dx <= 1 : dy === 1 && dx <= 0.75
}

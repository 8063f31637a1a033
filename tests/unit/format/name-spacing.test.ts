// An author name is kept as written: unusual spacing inside it (two spaces, a no-break space, a
// tab…) survives parsing and writing byte for byte, and the parser notes it, because to the
// library it makes an author of its own.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTagged, writeTagged } from '../../../src/shared/format'
import { header, lines, withLine } from './fixtures'
import { t } from '../../../src/shared/messages/catalog'

const NAME_AT = [...header('')].indexOf(']') + 2

function noted(name: string): { name: string; notes: [string, number, number][]; text: string; input: string } {
  const input = withLine(0, header(name))
  const r = parseTagged(input)
  if (!r.ok) throw new Error(t(r.error.said, 'en'))
  expect(r.warnings).toEqual([])
  return { name: r.article.authorName, notes: r.notes.map((n) => [n.code, n.line, n.column]), text: writeTagged(r.article), input }
}

describe('an author name with unusual spacing', () => {
  it.each([
    ['two spaces', 'كاظم  الموسوي', 4, '2 spaces in a row'],
    ['a no-break space', 'كاظم\u00a0الموسوي', 4, 'a no-break space (U+00A0)'],
    ['a tab', 'كاظم\tالموسوي', 4, 'a space (U+0009)'],
    ['an ideographic space after a plain one', 'كاظم \u3000الموسوي', 5, 'a space (U+3000)']
  ])('%s: kept as written, written back byte for byte, and noted where it is', (_, name, at, what) => {
    const r = noted(name)
    expect(r.name).toBe(name)
    expect(r.text).toBe(r.input)
    expect(r.notes).toEqual([['author-name-spacing', 1, NAME_AT + at]])
    const note = parseTagged(r.input)
    expect(note.ok && note.notes[0] && t(note.notes[0].said, 'en')).toContain(`the author name has ${what} where a single ordinary space is usual`)
    expect(note.ok && note.notes[0] && t(note.notes[0].said, 'ar')).toContain('أُبقي الاسم كما كُتب')
  })

  it('a name with single plain spaces gets no note', () => {
    expect(noted('كاظم الموسوي').notes).toEqual([])
    expect(parseTagged(lines().join('\n'))).toMatchObject({ ok: true, notes: [] })
  })

  it('any spacing between the words comes back byte for byte, noted exactly when it is not one plain space', () => {
    const word = fc.constantFrom('كاظم', 'الموسوي', 'عبد', 'الله', 'Ann', 'O.')
    const gap = fc.constantFrom(' ', '  ', '\u00a0', ' \u00a0', '\t', '\u2009', '   ')
    fc.assert(
      fc.property(word, fc.array(fc.tuple(gap, word), { minLength: 1, maxLength: 4 }), (first, rest) => {
        const name = first + rest.map(([g, w]) => g + w).join('')
        const r = noted(name)
        expect(r.name).toBe(name)
        expect(r.text).toBe(r.input)
        expect(r.notes.length).toBe(rest.every(([g]) => g === ' ') ? 0 : 1)
      })
    )
  })
})

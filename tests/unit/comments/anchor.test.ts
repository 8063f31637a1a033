// Anchors found again by their words after edits around them, and detached when the words go.
import { describe, expect, it } from 'vitest'
import { findAnchor, makeAnchor } from '../../../src/shared/comments/anchor'

const text = ['المقدمة عن الصحافة اليوم.', 'قالت الحكومة إن الأزمة انتهت، لكن الأزمة باقية في الأسواق.', 'الخاتمة.']
const first = text[1]!.indexOf('الأزمة')
const press = text[0]!.indexOf('الصحافة')

describe('comment anchors', () => {
  it('quotes the selected words with their offset and context', () => {
    const a = makeAnchor(text, 1, first, first + 6)
    expect(a).toMatchObject({ paragraph: 1, quote: 'الأزمة', offset: first })
    expect(findAnchor(text, a)).toEqual({ paragraph: 1, start: first, end: first + 6 })
  })

  it('finds the words again after words are typed before them in the same paragraph', () => {
    const a = makeAnchor(text, 1, first, first + 6)
    const edited = [text[0]!, 'قبل أيام ' + text[1]!, text[2]!]
    const place = findAnchor(edited, a)!
    expect(edited[place.paragraph]!.slice(place.start, place.end)).toBe('الأزمة')
    expect(place).toEqual({ paragraph: 1, start: first + 'قبل أيام '.length, end: first + 6 + 'قبل أيام '.length })
  })

  it('tells a repeated word apart by its context, after a paragraph is added above', () => {
    const second = text[1]!.lastIndexOf('الأزمة')
    const a = makeAnchor(text, 1, second, second + 'الأزمة'.length)
    const edited = ['فقرة جديدة فيها الأزمة أيضًا.', ...text]
    expect(findAnchor(edited, a)).toEqual({ paragraph: 2, start: second, end: second + 'الأزمة'.length })
  })

  it('stays on the same one of two equal words when text typed before moves the other onto its old offset', () => {
    const second = text[1]!.lastIndexOf('الأزمة')
    const a = makeAnchor(text, 1, second, second + 6)
    const typed = 'س'.repeat(second - first)
    const edited = [text[0]!, typed + text[1]!, text[2]!]
    expect(findAnchor(edited, a)).toEqual({ paragraph: 1, start: second + typed.length, end: second + typed.length + 6 })
  })

  it('follows the words when their paragraph moves', () => {
    const a = makeAnchor(text, 0, press, press + 7)
    expect(a.quote).toBe('الصحافة')
    const moved = [text[1]!, text[2]!, text[0]!]
    expect(findAnchor(moved, a)).toEqual({ paragraph: 2, start: press, end: press + 7 })
  })

  it('is detached (null) when its words were deleted, and keeps its quote', () => {
    const a = makeAnchor(text, 0, press, press + 7)
    expect(findAnchor([text[1]!, text[2]!], a)).toBeNull()
    expect(a.quote).toBe('الصحافة')
  })
})

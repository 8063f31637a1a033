import { describe, expect, it } from 'vitest'
import { locatePullQuote } from '../../../src/shared/pullquote'

const P0 = 'كان بيت جدتي مفتوحا للجميع. الأبناء والأحفاد والجيران، كلهم يمرون بها صباحا ومساء.'
const P1 =
  'نحن مجتمع يفتخر ببر الوالدين، ويعد إرسال الأب أو الأم إلى دار رعاية عارا لا يغتفر. ' +
  'لكن الفخر لا يكفي حين تكون الابنة الوحيدة موظفة وأما لثلاثة أطفال، وتجد نفسها فجأة مسؤولة عن أم مصابة بالخرف. ' +
  'فالشيخوخة ليست مشكلة عائلية خاصة، بل مستقبل ينتظرنا جميعا.'
const BODY = [P0, P1]
const SENTENCE = 'لكن الفخر لا يكفي حين تكون الابنة الوحيدة موظفة وأما لثلاثة أطفال، وتجد نفسها فجأة مسؤولة عن أم مصابة بالخرف.'

function where(quote: string): string | null {
  const loc = locatePullQuote(BODY, quote)
  return loc.state === 'found' ? BODY[loc.paragraph!]!.slice(loc.start, loc.end) : null
}

describe('locatePullQuote', () => {
  it('finds a quote as written, with the offsets of its paragraph', () => {
    expect(locatePullQuote(BODY, SENTENCE)).toMatchObject({ state: 'found', paragraph: 1, similarity: 1 })
    expect(where(SENTENCE)).toBe(SENTENCE)
  })

  it('ignores the quotation marks of line 2, hamza, ى/ة, tashkeel and tatweel', () => {
    expect(where(`” ${SENTENCE}”`)).toBe(SENTENCE)
    expect(where('لكن الفخر لا يكفي حين تكون الابنه الوحيدة موظفة واما لثلاثة أطفال')).not.toBeNull()
    expect(where('فالشَّيخوخـــة ليست مشكلة عائلية خاصة')).not.toBeNull()
  })

  it('accepts words dropped from either end', () => {
    expect(where('الفخر لا يكفي حين تكون الابنة الوحيدة موظفة وأما لثلاثة أطفال')).toMatch(/^الفخر.*أطفال$/)
  })

  it('accepts an ellipsis standing for dropped words, and changed punctuation', () => {
    const loc = locatePullQuote(BODY, 'لكن الفخر لا يكفي حين تكون الابنة الوحيدة موظفة… وتجد نفسها فجأة مسؤولة عن أم مصابة بالخرف!')
    expect(loc).toMatchObject({ state: 'found', paragraph: 1 })
    expect(loc.similarity).toBeGreaterThanOrEqual(0.95)
    expect(where('لكن الفخر لا يكفي حين تكون الابنة الوحيدة موظفة ... مسؤولة عن أم مصابة بالخرف')).toMatch(/^لكن.*بالخرف$/)
  })

  it('accepts a dropped و/ف, taking the whole body word into the span', () => {
    expect(where('الشيخوخة ليست مشكلة عائلية خاصة، بل مستقبل ينتظرنا جميعا')).toBe('فالشيخوخة ليست مشكلة عائلية خاصة، بل مستقبل ينتظرنا جميعا')
    // Inside a word is no match: "جدتي" is not "جدت".
    expect(locatePullQuote(BODY, 'كان بيت جدت').state).toBe('missing')
  })

  it('accepts a word or two left out without an ellipsis, with a lower similarity', () => {
    const loc = locatePullQuote(BODY, 'لكن الفخر لا يكفي حين تكون الابنة موظفة وأما لثلاثة أطفال، وتجد نفسها مسؤولة عن أم مصابة بالخرف')
    expect(loc).toMatchObject({ state: 'found', paragraph: 1 })
    expect(loc.similarity).toBeLessThan(1)
    expect(loc.similarity).toBeGreaterThan(0.85)
    expect(where('لكن الفخر لا يكفي حين تكون الابنة موظفة وأما لثلاثة أطفال، وتجد نفسها مسؤولة عن أم مصابة بالخرف')).not.toBeNull()
  })

  it('says missing for a different sentence, even one on the same subject in the same words', () => {
    expect(locatePullQuote(BODY, 'الفخر ببر الوالدين لا يكفي حين تكون الأم مصابة بالخرف والابنة موظفة')).toMatchObject({ state: 'missing' })
    expect(locatePullQuote(BODY, 'ما أكثر الاجتماعات وما أقل النتائج في هذا العالم')).toMatchObject({ state: 'missing' })
    // Too much of the quote rewritten: half its words are not the body's.
    expect(locatePullQuote(BODY, 'لكن الفخر وحده لا يحمي امرأة تعمل وتربي ثلاثة أطفال وترعى أما مريضة').state).toBe('missing')
    // Two sentences from different paragraphs are no single place in the body.
    expect(locatePullQuote(BODY, 'كان بيت جدتي مفتوحا للجميع. فالشيخوخة ليست مشكلة عائلية خاصة').state).toBe('missing')
  })

  it('requires an exact match for a quote of fewer than four words', () => {
    expect(locatePullQuote(BODY, 'بيت جدتي').state).toBe('found')
    expect(locatePullQuote(BODY, 'بيت خالتي').state).toBe('missing')
  })

  it('says empty for a quote with no words', () => {
    expect(locatePullQuote(BODY, '')).toEqual({ state: 'empty' })
    expect(locatePullQuote(BODY, '” ”')).toEqual({ state: 'empty' })
    expect(locatePullQuote(BODY, ' … ')).toEqual({ state: 'empty' })
  })

  it('says missing against an empty body', () => {
    expect(locatePullQuote([], SENTENCE).state).toBe('missing')
  })
})

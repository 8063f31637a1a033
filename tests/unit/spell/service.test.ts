// The spell service over a real library, with the checker in-process over a small word list
// (the real dictionary in its worker is tested in dictionary.test.ts).
import { describe, expect, it } from 'vitest'
import { createSpellService } from '../../../src/node/spell/service'
import type { SpellEngine } from '../../../src/node/spell/worker-client'
import { dispatch } from '../../../src/node/service-dispatch'
import { setLexicon, SpellChecker } from '../../../src/shared/spell/index'
import { MAX_SPELL_BATCH } from '../../../src/shared/spell/api'
import { freshLibrary } from '../library/helpers'

function smallEngine(): SpellEngine & { asked: string[][] } {
  const checker = new SpellChecker(setLexicon(['مدرسة', 'كتاب', 'الذي', 'ذهبوا']))
  const asked: string[][] = []
  return {
    asked,
    check: async (keys) => {
      asked.push(keys)
      return keys.map((k) => {
        const r = checker.check(k)
        return { correct: r.correct, suggestions: r.suggestions }
      })
    },
    suggest: async (key) => checker.suggest(key)
  }
}

describe('SpellService', () => {
  it('answers one result per word, in order, asking the worker once per distinct Arabic key', async () => {
    const { lib } = freshLibrary()
    const engine = smallEngine()
    const spell = createSpellService(lib, () => engine)
    const r = await spell.checkSpelling(null, ['مدرسة', 'ذهبو', 'English', '2015', 'ذَهَبو', 'ذهبو'])
    expect(r.map((x) => [x.word, x.correct])).toEqual([
      ['مدرسة', true],
      ['ذهبو', false],
      ['English', true],
      ['2015', true],
      ['ذَهَبو', false],
      ['ذهبو', false]
    ])
    expect(r[1]!.suggestions[0]).toBe('ذهبوا')
    expect(engine.asked).toEqual([['مدرسة', 'ذهبو']])
  })

  it('keeps the personal dictionary in the library; its words count with their clitics', async () => {
    const { lib } = freshLibrary()
    const spell = createSpellService(lib, smallEngine)
    expect(await spell.addToDictionary('الحُوثي')).toMatchObject({ word: 'الحوثي' })
    await spell.addToDictionary('داعش')
    await spell.addToDictionary('داعش')
    expect((await spell.listDictionary()).map((w) => w.word)).toEqual(['الحوثي', 'داعش'])
    const r = await spell.checkSpelling(null, ['والحوثي', 'بداعش', 'داعشيون'])
    expect(r.map((x) => x.correct)).toEqual([true, true, false])
    expect(await spell.removeFromDictionary('داعش')).toBe(true)
    expect(await spell.removeFromDictionary('داعش')).toBe(false)
    expect((await spell.checkSpelling(null, ['بداعش']))[0]!.correct).toBe(false)
  })

  it('refuses to store what it never flags: English, numbers, one letter', async () => {
    const { lib } = freshLibrary()
    const spell = createSpellService(lib, smallEngine)
    for (const w of ['hello', '2015', 'و', ' ']) await expect(spell.addToDictionary(w)).rejects.toMatchObject({ code: 'invalid' })
  })

  it('ignores a word in one article only, and forgets it with the article', async () => {
    const { lib } = freshLibrary()
    const spell = createSpellService(lib, smallEngine)
    const a = lib.createArticle({ title: 'أ' })
    const b = lib.createArticle({ title: 'ب' })
    await spell.ignoreWordInArticle(a.id, 'ذهبو')
    expect((await spell.checkSpelling(a.id, ['ذهبو', 'وذهبو']))!.map((x) => x.correct)).toEqual([true, false])
    expect((await spell.checkSpelling(b.id, ['ذهبو']))[0]!.correct).toBe(false)
    expect((await spell.checkSpelling('no-such-article', ['ذهبو']))[0]!.correct).toBe(false)
    await expect(spell.ignoreWordInArticle('no-such-article', 'ذهبو')).rejects.toMatchObject({ code: 'not_found' })
    lib.trashArticle(a.id)
    lib.purgeArticle(a.id)
    expect(lib.ignoredWords(a.id)).toEqual([])
  })

  it('suggests for one word', async () => {
    const { lib } = freshLibrary()
    const spell = createSpellService(lib, smallEngine)
    expect((await spell.spellingSuggestions('الذى'))[0]).toBe('الذي')
    expect(await spell.spellingSuggestions('hello')).toEqual([])
  })
})

describe('the spelling calls through dispatch', () => {
  it('routes them to the spell service and validates their arguments', async () => {
    const { lib } = freshLibrary()
    const hooks = { spell: createSpellService(lib, smallEngine) }
    expect(await dispatch(lib, 'checkSpelling', [null, ['ذهبو']], hooks)).toMatchObject({ ok: true, value: [{ word: 'ذهبو', correct: false }] })
    expect(await dispatch(lib, 'addToDictionary', ['داعش'], hooks)).toMatchObject({ ok: true, value: { word: 'داعش' } })
    expect(await dispatch(lib, 'listDictionary', [], hooks)).toMatchObject({ ok: true, value: [{ word: 'داعش' }] })
    const tooMany = Array.from({ length: MAX_SPELL_BATCH + 1 }, () => 'كتاب')
    expect(await dispatch(lib, 'checkSpelling', [null, tooMany], hooks)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await dispatch(lib, 'checkSpelling', ['', []], hooks)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await dispatch(lib, 'ignoreWordInArticle', [null, 'x'], hooks)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await dispatch(lib, 'addToDictionary', ['English'], hooks)).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it("serves the library's own spell service when the host gives none", async () => {
    const { lib } = freshLibrary()
    // listDictionary needs no worker: it proves the routing without loading the dictionary.
    expect(await dispatch(lib, 'addToDictionary', ['داعش'])).toMatchObject({ ok: true })
    expect(await dispatch(lib, 'listDictionary', [])).toMatchObject({ ok: true, value: [{ word: 'داعش' }] })
  })
})

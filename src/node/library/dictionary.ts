// The spelling checker's per-library state: the user's own words and the words ignored in one
// article. Words arrive as the checker's spelling keys (src/shared/spell: no tashkeel, no
// tatweel); the spell service does that before calling here.
import { AmudError } from '../../shared/model/errors'
import type { UserWord } from '../../shared/spell/api'
import type { Ctx } from './context'
import { articleNotFound } from './rows'

/** The library refuses more than this: a dictionary this size is a pasted list, not a habit. */
export const MAX_USER_WORDS = 50_000

export function listUserWords(ctx: Ctx): UserWord[] {
  return ctx
    .stmt<{ word: string; added_at: string }>('SELECT word, added_at FROM user_words ORDER BY word')
    .all()
    .map((r) => ({ word: r.word, addedAt: r.added_at }))
}

/** Adds a word (again: a no-op that keeps the first date); returns it as stored. */
export function addUserWord(ctx: Ctx, word: string): UserWord {
  return ctx.write(() => {
    const existing = ctx.stmt<{ added_at: string }>('SELECT added_at FROM user_words WHERE word = ?').get(word)
    if (existing) return { word, addedAt: existing.added_at }
    const count = ctx.stmt<{ n: number }>('SELECT count(*) AS n FROM user_words').get()!.n
    if (count >= MAX_USER_WORDS) {
      throw new AmudError('invalid', `The personal dictionary already holds ${MAX_USER_WORDS} words; remove some before adding more.`)
    }
    const addedAt = ctx.now()
    ctx.stmt('INSERT INTO user_words (word, added_at) VALUES (?, ?)').run(word, addedAt)
    return { word, addedAt }
  })
}

/** Removes a word; false when it was not there. */
export function removeUserWord(ctx: Ctx, word: string): boolean {
  return ctx.write(() => ctx.stmt('DELETE FROM user_words WHERE word = ?').run(word).changes > 0)
}

function articlePk(ctx: Ctx, articleId: string): number | null {
  return ctx.stmt<{ pk: number }>('SELECT pk FROM articles WHERE id = ?').get(articleId)?.pk ?? null
}

/** Ignores `word` in one article (trashed articles too: they may come back). */
export function ignoreWordInArticle(ctx: Ctx, articleId: string, word: string): void {
  ctx.write(() => {
    const pk = articlePk(ctx, articleId)
    if (pk === null) throw articleNotFound(articleId)
    ctx.stmt('INSERT OR IGNORE INTO article_ignored_words (article_pk, word) VALUES (?, ?)').run(pk, word)
  })
}

/** The words ignored in an article; none for an article that does not exist (any more). */
export function ignoredWords(ctx: Ctx, articleId: string): string[] {
  return ctx
    .stmt<{ word: string }>('SELECT w.word FROM article_ignored_words w JOIN articles a ON a.pk = w.article_pk WHERE a.id = ? ORDER BY w.word')
    .all(articleId)
    .map((r) => r.word)
}

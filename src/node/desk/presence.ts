// Who has which desk article open, kept in the desk process's memory only: each window says
// so every few seconds (POST /v1/presence), and a word not repeated within the time to live
// expires, so a closed laptop stops showing. Nothing here is worth a database row.
export const PRESENCE_TTL_MS = 20_000

export class Presence {
  /** user name → the article open and until when that holds. */
  private readonly open = new Map<string, { articleId: string; until: number }>()

  constructor(
    private readonly ttlMs = PRESENCE_TTL_MS,
    private readonly now: () => number = Date.now
  ) {}

  /** Records what `user` has open (null: nothing) and returns the others who have the same article open. */
  here(user: string, articleId: string | null): string[] {
    const now = this.now()
    for (const [name, p] of this.open) if (p.until <= now) this.open.delete(name)
    if (articleId === null) {
      this.open.delete(user)
      return []
    }
    this.open.set(user, { articleId, until: now + this.ttlMs })
    const others: string[] = []
    for (const [name, p] of this.open) if (name !== user && p.articleId === articleId) others.push(name)
    return others.sort()
  }
}

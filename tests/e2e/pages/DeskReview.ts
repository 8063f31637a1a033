// The review side of the desk in the writing room: the comments panel (comment on selected
// words, reply, resolve), the desk conflict banner and dialog, and the "what the editor
// changed" panel with its next/previous steps.
import type { Locator, Page } from 'playwright-core'

/** Clicks a header tool, through "More" when the row had no room for it. */
export async function clickTool(page: Page, id: string): Promise<void> {
  const tool = page.getByTestId('meta-tools').getByTestId(id)
  if (!(await tool.isVisible())) await page.getByTestId('meta-more').click()
  await page.getByTestId(id).filter({ visible: true }).first().click()
}

export class CommentsPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('comments')
  }
  get cards(): Locator {
    return this.root.getByTestId('comment')
  }
  card(body: string): Locator {
    return this.cards.filter({ has: this.page.getByTestId('comment-body').getByText(body, { exact: true }) })
  }
  get detached(): Locator {
    return this.root.getByTestId('comment-detached')
  }

  async open(): Promise<void> {
    await clickTool(this.page, 'toggle-comments')
    await this.root.waitFor()
  }

  /** Comments on the words selected in the text now. */
  async commentOnSelection(body: string): Promise<void> {
    await this.root.getByTestId('comment-new').click()
    await this.root.getByTestId('comment-text').fill(body)
    await this.root.getByTestId('comment-save').click()
    await this.card(body).waitFor()
  }

  async reply(to: string, body: string): Promise<void> {
    const card = this.card(to)
    await card.getByTestId('comment-reply-input').fill(body)
    await card.getByTestId('comment-reply-send').click()
    await card.getByTestId('comment-reply-item').getByText(body).waitFor()
  }

  async resolve(body: string): Promise<void> {
    await this.card(body).getByTestId('comment-resolve').click()
    await this.page.locator(`[data-testid="comment"][data-resolved="true"]`).filter({ hasText: body }).waitFor()
  }
}

export class DeskConflict {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByTestId('desk-conflict-banner')
  }
  get dialog(): Locator {
    return this.page.getByTestId('desk-conflict')
  }
  async open(): Promise<void> {
    await this.page.getByTestId('desk-conflict-open').click()
    await this.dialog.waitFor()
  }
  async mine(): Promise<string[]> {
    return this.dialog.getByTestId('desk-conflict-mine').allInnerTexts()
  }
  async desk(): Promise<string[]> {
    return this.dialog.getByTestId('desk-conflict-desk').allInnerTexts()
  }
  async keepBoth(): Promise<void> {
    await this.dialog.getByTestId('desk-conflict-keep-both').click()
    await this.dialog.waitFor({ state: 'detached' })
  }
}

export class DeskChanges {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('desk-changes')
  }
  get items(): Locator {
    return this.root.getByTestId('desk-change-item')
  }
  get position(): Locator {
    return this.root.getByTestId('desk-change-position')
  }
  get current(): Locator {
    return this.root.locator('[data-current="true"]')
  }
  async open(): Promise<void> {
    await clickTool(this.page, 'toggle-desk-changes')
    await this.root.waitFor()
  }
  async next(): Promise<void> {
    await this.root.getByTestId('desk-change-next').click()
  }
  async previous(): Promise<void> {
    await this.root.getByTestId('desk-change-previous').click()
  }
}

// Arabic spelling in the editor: the underlined words (the amud-spelling highlight, and
// amud-spelling-hamza for hamza slips), the context menu over one of them, and the header's switch.
import type { Locator, Page } from 'playwright-core'

/** The first check waits for the worker's dictionary (3–7 s, more on a busy machine). */
export const DICTIONARY = { timeout: 30_000, interval: 250 }
/** A name the dictionary does not know: flagged until the writer accepts it. */
export const NAME = 'كزبرينو'

export const SPELLING_HIGHLIGHT = 'amud-spelling'
export const HAMZA_HIGHLIGHT = 'amud-spelling-hamza'
export const TYPOGRAPHY_HIGHLIGHT = 'amud-typography'

/** The text of every range a highlight paints now ([] when none). */
export async function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n)
    // A highlight's range may be a StaticRange, which has no text: a live Range made from it has.
    return h
      ? Array.from(h, (r) => {
          const live = document.createRange()
          live.setStart(r.startContainer, r.startOffset)
          live.setEnd(r.endContainer, r.endOffset)
          return live.toString()
        })
      : []
  }, name)
}

export class SpellingPage {
  constructor(readonly page: Page) {}

  get toggle(): Locator {
    return this.page.getByTestId('toggle-spelling')
  }
  get menu(): Locator {
    return this.page.getByTestId('spelling-menu')
  }
  get suggestions(): Locator {
    return this.menu.getByTestId('spelling-suggestion')
  }

  /** The misspelled words underlined now, in order. */
  async underlined(): Promise<string[]> {
    return highlightedTexts(this.page, SPELLING_HIGHLIGHT)
  }

  /** The hamza slips underlined now (their own colour), in order. */
  async hamzaUnderlined(): Promise<string[]> {
    return highlightedTexts(this.page, HAMZA_HIGHLIGHT)
  }

  /** The underline colour a highlight paints with, as the page computes it. */
  async underlineColor(name: string): Promise<string> {
    return this.page.evaluate((n) => {
      const editor = document.querySelector('[data-testid="editor"]')
      if (!editor) throw new Error('no editor')
      return getComputedStyle(editor, `::highlight(${n})`).textDecorationColor
    }, name)
  }

  /** Right-clicks the middle of the underlined word `word` (either kind) and waits for the spelling menu. */
  async openMenu(word: string): Promise<void> {
    const box = await this.page.evaluate(
      ({ names, w }) => {
        for (const n of names)
          for (const r of CSS.highlights.get(n) ?? []) {
            const live = document.createRange()
            live.setStart(r.startContainer, r.startOffset)
            live.setEnd(r.endContainer, r.endOffset)
            if (live.toString() === w) return live.getBoundingClientRect()
          }
        return null
      },
      { names: [SPELLING_HIGHLIGHT, HAMZA_HIGHLIGHT], w: word }
    )
    if (!box) throw new Error(`not underlined: ${word}`)
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' })
    await this.menu.waitFor()
  }

  async suggestionTexts(): Promise<string[]> {
    return this.suggestions.allInnerTexts()
  }

  async choose(suggestion: string): Promise<void> {
    await this.suggestions.filter({ hasText: suggestion }).first().click()
  }

  async addToDictionary(): Promise<void> {
    await this.menu.getByTestId('spelling-add').click()
  }

  get fixAllHamza(): Locator {
    return this.menu.getByTestId('spelling-fix-all-hamza')
  }

  /** The house-style switch in the dictionary panel (opened by the header's "My dictionary"). */
  get hamzaOptional(): Locator {
    return this.page.getByTestId('spelling-hamza-optional')
  }

  async ignoreInArticle(): Promise<void> {
    await this.menu.getByTestId('spelling-ignore').click()
  }
}

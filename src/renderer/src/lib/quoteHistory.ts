// Undo for a pull quote set by a click (a candidate, the selection) rather than typed. The
// field's own undo knows only keystrokes, and React replacing its value wipes that history, so
// each such change is remembered here until the writer types over it.

export interface QuoteChange {
  before: string
  after: string
}

export class QuoteHistory {
  private stack: QuoteChange[] = []

  record(before: string, after: string): void {
    if (before === after) return
    this.stack.push({ before, after })
  }

  /** Only while the field still holds what the last change put there: typed edits win. */
  canUndo(current: string): boolean {
    const top = this.stack[this.stack.length - 1]
    return top !== undefined && top.after === current
  }

  /** The value to go back to, or null (and the history is dropped: the writer has typed since). */
  undo(current: string): string | null {
    if (!this.canUndo(current)) {
      this.stack = []
      return null
    }
    return this.stack.pop()!.before
  }
}

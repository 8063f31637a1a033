// When an import commits. Files are committed in groups (each file still in its own savepoint),
// so a folder of thousands does not pay one disk sync per file; but a group is bounded in time
// as well as in count: while a 30,000-file import ran, a save waited up to 2.8 s for its turn.
// A group commits once IMPORT_GROUP_MS have passed since it began (or it holds
// IMPORT_GROUP_FILES), and the callers that serve requests give the event loop a turn between
// groups, so a save waits about one group at most. The clock is injectable for tests.
export const IMPORT_GROUP_FILES = 200
export const IMPORT_GROUP_MS = 100

export class GroupBudget {
  private started = 0
  private count = 0

  constructor(
    private readonly now: () => number = () => performance.now(),
    readonly maxFiles = IMPORT_GROUP_FILES,
    readonly maxMs = IMPORT_GROUP_MS
  ) {}

  /** A group begins (its transaction has just opened). */
  begin(): void {
    this.started = this.now()
    this.count = 0
  }

  /** One more file is in the group; true when the group should commit now. */
  add(): boolean {
    this.count++
    return this.count >= this.maxFiles || this.now() - this.started >= this.maxMs
  }
}

/** A turn of the event loop, taken between groups: progress events leave, a waiting save gets in. */
export const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done))

// Declares a test suite once per whole column (tests/support/columns.ts): ours always, the
// publication's real one when the shared folder is in reach, else a skipped test saying why.
import { describe, it } from 'vitest'
import { OWN_COLUMN, REAL_COLUMN, REAL_COLUMN_ABSENT, type PresentColumn } from './columns'

let warned = false

/**
 * Declares `tests` once for each column, titled `title (label)`; a column out of reach gets one
 * skipped test whose name says why, so the report shows what did not run.
 */
export function describeEachColumn(title: string, tests: (column: PresentColumn) => void): void {
  if (!REAL_COLUMN.path && !warned) {
    warned = true
    console.warn(REAL_COLUMN_ABSENT)
  }
  for (const column of [OWN_COLUMN, REAL_COLUMN]) {
    const { path } = column
    describe(`${title} (${column.label})`, () => {
      if (path) tests({ ...column, path })
      else it.skip(REAL_COLUMN_ABSENT, () => {})
    })
  }
}

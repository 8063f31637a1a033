// Every desk schema version, in order. A new version is a new file here, never an edit of an old one.
import { m001Initial } from './001-initial'
import { m002Search } from './002-search'
import { m003ChangeContent } from './003-change-content'
import { m004Assignment } from './004-assignment'
import { m005Comments } from './005-comments'
import { m006SearchUnweighted } from './006-search-unweighted'
import { m007SearchTable } from './007-search-table'
import { m008LexemeCounts } from './008-lexeme-counts'
import type { DeskMigration } from './types'

export type { DeskMigration } from './types'
export const DESK_MIGRATIONS: readonly DeskMigration[] = [
  m001Initial,
  m002Search,
  m003ChangeContent,
  m004Assignment,
  m005Comments,
  m006SearchUnweighted,
  m007SearchTable,
  m008LexemeCounts
]
export const DESK_SCHEMA_VERSION = DESK_MIGRATIONS.length

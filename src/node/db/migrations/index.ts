// Every schema version, in order. A new version is a new file here, never an edit of an old one.
import { m001Initial } from './001-initial'
import { m002Search } from './002-search'
import { m003UserDictionary } from './003-user-dictionary'
import { m004AuthorPictures } from './004-author-pictures'
import { searchClitics } from './005-search-clitics'
import { m006Desk } from './006-desk'
import { m007Comments } from './007-comments'
import { m008SearchTokens } from './008-search-tokens'
import type { Migration } from './types'

export type { Migration, MigrationProgress, ProgressReport } from './types'
export const MIGRATIONS: readonly Migration[] = [
  m001Initial,
  m002Search,
  m003UserDictionary,
  m004AuthorPictures,
  { version: 5, ...searchClitics },
  m006Desk,
  m007Comments,
  m008SearchTokens
]
export const LATEST_VERSION = MIGRATIONS.length

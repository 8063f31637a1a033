import type { Suite } from '../harness'
import { pullquoteSuite } from './pullquote'
import { textSuite } from './text'
import { librarySuite } from './library'
import { editorSuite } from './editor'
import { spellSuite } from './spell'
import { deskSuite } from './desk'

/** Every suite, in the order a plain `npm run bench` runs them. */
export const suites: Suite[] = [textSuite, librarySuite, pullquoteSuite, editorSuite, spellSuite, deskSuite]

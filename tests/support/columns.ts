// Whole columns in the tagged format, with what a reader can check in each: our own
// (tests/fixtures/examples/bus-stop.txt, written for the project) always, and the publication's
// real column from ../shared when it is in reach. Tests that need a real-looking column run on
// each (each-column.ts); without the shared folder the real column's tests are skipped with a
// sentence saying why. No vitest here: the benchmarks read these too.
import { resolve } from 'node:path'
import { sharedAbsent, sharedFile } from './shared'

export interface Column {
  /** Named in test titles. */
  label: string
  /** The file, or null when it is out of reach. */
  path: string | null
  authorName: string
  pictureUrl: string
  /** The first sentence without its full stop: the title the library gives it. */
  title: string
  /** A sentence of the body, as sentence splitting gives it. */
  sentence: string
  quote: {
    /** Words on line 2, split at spaces. */
    words: number
    /** Where the pull quote sits in paragraph 1, as the body spells it (not as line 2 does). */
    bodyFirst: string
    bodyLast: string
    /** Words of the quote as the body spells them, which line 2 spells otherwise. */
    bodySpelling: string
    /** The editor's choice is among this many of the ranker's proposals (a floor, never lowered to pass). */
    withinTop: number
  }
  /** Each paragraph's words split at whitespace, and as countWords counts them (".." is no word). */
  paragraphWords: number[]
  countedWords: number[]
  /** Body text kept as the writer typed it. */
  asTyped: string[]
  /** A search typed in another hamza spelling than the body's, and the words it may mark. */
  search: { query: string; marks: string[] }
  /** The author's family name and a body word: a search that finds this column alone. */
  authorAndWord: string
}

const REAL_FILE = 'examples/000_953181f7239c77ec.txt'

export const OWN_COLUMN: PresentColumn = {
  label: 'our own column',
  path: resolve(__dirname, '../fixtures/examples/bus-stop.txt'),
  authorName: 'نادية الحكيم',
  pictureUrl: 'https://example.org/opinion/nadia-alhakim.jpg',
  title: 'ما أطول الانتظار وما أقصر الوعود',
  sentence: 'ضحكنا جميعا حين تجاوز محطتي، ونزلت قبلها بشارعين ومشيت.',
  quote: { words: 42, bodyFirst: 'منذ ان اعلنت', bodyLast: 'الحافلة لن تأتي.', bodySpelling: 'ان اعلنت البلدية', withinTop: 5 },
  paragraphWords: [106, 53, 69, 84, 78, 131, 101, 46, 7],
  countedWords: [106, 53, 68, 84, 78, 131, 101, 46, 7],
  asTyped: ['14/3/ 2009', 'بـ40', '"هل ما زلت تصدقين اللوحة؟".', '(ولن اذكر اسمها حتى لا يغضب احد)'],
  search: { query: 'أعلنت الأسبوع', marks: ['اعلنت', 'أعلنت'] },
  authorAndWord: 'الحكيم الحافلة'
}

export const REAL_COLUMN: Column = {
  label: 'the publication’s real column',
  path: sharedFile(REAL_FILE),
  authorName: 'كاظم الموسوي',
  pictureUrl: 'https://alwatan.com/v2/v2/wp-content/themes/watan/images/opinion/kazemalmosawy.jpg',
  title: 'ما أكثر الاجتماعات وما أقل النتائج',
  sentence: 'فكيف؟!',
  quote: { words: 51, bodyFirst: 'منذ تأسيسه', bodyLast: 'الحصيلة النهائية؟', bodySpelling: 'اطلق عليه اسم داعش', withinTop: 3 },
  // FORMAT.md says 136 for paragraph 1, counting the stand-alone ".." as a word; it is not.
  paragraphWords: [136, 51, 61, 90, 91, 161, 141, 60, 12],
  countedWords: [135, 51, 61, 90, 91, 161, 141, 60, 12],
  asTyped: ['22/9/ 2014', 'بـ15'],
  search: { query: 'أطلق الأبنية', marks: ['اطلق', 'أطلق'] },
  authorAndWord: 'الموسوي داعش'
}

export const REAL_COLUMN_ABSENT = sharedAbsent('The publication’s real column', REAL_FILE)

/** A column whose file is in reach. */
export type PresentColumn = Column & { path: string }

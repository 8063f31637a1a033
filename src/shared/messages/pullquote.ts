// Why a pull-quote candidate scored as it did, one entry per feature (src/shared/pullquote/
// features.ts keeps the weights), in English and Arabic. The length reasons carry the count.
import { entry } from './message'

type Words = { words: number }

// Kept in step with IDEAL_MIN_WORDS and IDEAL_MAX_WORDS (a test checks).
export const PULL_QUOTE_WORDS = { min: 12, max: 55 }
const range = (n: number, language: 'en' | 'ar'): string =>
  language === 'en'
    ? `(${n} words; preferred ${PULL_QUOTE_WORDS.min}–${PULL_QUOTE_WORDS.max})`
    : `(${n} كلمة؛ المفضل ${PULL_QUOTE_WORDS.min}–${PULL_QUOTE_WORDS.max})`

export const pullQuoteMessages = {
  'pq.length-ideal': entry(
    (p: Words) => `a length pull quotes have ${range(p.words, 'en')}`,
    (p) => `طول يناسب الاقتباس ${range(p.words, 'ar')}`
  ),
  'pq.length-short': entry(
    (p: Words) => `a little short ${range(p.words, 'en')}`,
    (p) => `قصيرة بعض الشيء ${range(p.words, 'ar')}`
  ),
  'pq.length-fragment': entry(
    (p: Words) => `too short to stand alone ${range(p.words, 'en')}`,
    (p) => `أقصر من أن تقوم وحدها ${range(p.words, 'ar')}`
  ),
  'pq.length-long': entry(
    (p: Words) => `a little long ${range(p.words, 'en')}`,
    (p) => `طويلة بعض الشيء ${range(p.words, 'ar')}`
  ),
  'pq.length-too-long': entry(
    (p: Words) => `too long to take in at a glance ${range(p.words, 'en')}`,
    (p) => `أطول من أن تُقرأ بنظرة ${range(p.words, 'ar')}`
  ),
  'pq.question': entry(
    () => 'a (rhetorical) question',
    () => 'سؤال يستوقف القارئ'
  ),
  'pq.exclamation': entry(
    () => 'an exclamation',
    () => 'تعجب'
  ),
  'pq.contrast': entry(
    () => 'a contrast (لكن، بل، غير أن)',
    () => 'مقابلة أو استدراك (لكن، بل، غير أن)'
  ),
  'pq.personal': entry(
    () => 'first or second person',
    () => 'بصوت المتكلم أو المخاطب'
  ),
  'pq.general': entry(
    () => 'a general statement',
    () => 'حكم عام'
  ),
  'pq.quotation': entry(
    () => 'contains quotation marks',
    () => 'فيها علامات تنصيص'
  ),
  'pq.complete': entry(
    () => 'ends as a sentence ends',
    () => 'جملة تامة'
  ),
  'pq.unfinished': entry(
    () => 'does not end with terminal punctuation',
    () => 'لا تنتهي بعلامة وقف'
  ),
  'pq.dependent-opening': entry(
    () => 'opens with a word that needs the sentence before',
    () => 'تبدأ بإحالة إلى ما قبلها'
  ),
  'pq.date': entry(
    () => 'contains a date, weekday or month',
    () => 'فيها تاريخ أو يوم أو شهر'
  ),
  'pq.digits': entry(
    () => 'contains digits',
    () => 'فيها أرقام'
  ),
  'pq.parentheses': entry(
    () => 'contains parentheses',
    () => 'فيها أقواس'
  ),
  'pq.attribution': entry(
    () => 'attributed to a source or speaker',
    () => 'منسوبة إلى مصدر أو متحدث'
  ),
  'pq.clause-cut': entry(
    () => 'cut from a longer sentence',
    () => 'مقتطعة من جملة أطول'
  ),
  'pq.pair': entry(
    () => 'two sentences',
    () => 'جملتان متتاليتان'
  )
}

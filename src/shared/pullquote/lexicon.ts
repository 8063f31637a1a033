// Word lists behind the features, written as a reader spells them and folded with the search
// normalization once, so "أكتوبر", "اكتوبر" and "أكتوبرَ" are one entry. Lists, not a model:
// each entry can be read, argued about and tested.
import { normalizeArabic } from '../arabic'

function set(words: string): Set<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => normalizeArabic(w))
  )
}

/** Gregorian and Levantine month names that mean nothing else. */
export const MONTHS = set(`
  يناير فبراير أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
  كانون شباط آذار نيسان أيار حزيران تموز أيلول تشرين`)

/** Month names that are also common words (مارس "practised", آب = أب "father"): dates only beside a number. */
export const AMBIGUOUS_MONTHS = set('مارس آب')

export const WEEKDAYS = set('الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت')

/** "Yesterday" and "last week/month/year": they pin a sentence to the news of its day. */
export const RELATIVE_DAYS = set('أمس البارحة')
export const LAST_PERIOD = set('الأسبوع الشهر العام السنة')
export const PAST = set('الماضي الماضية الفائت المنصرم')

/**
 * Openings that lean on the sentence before: demonstratives and pronouns with their
 * conjunctions, and linkers that continue an argument rather than start one.
 */
export const DEPENDENT_OPENERS = set(`
  هذا هذه ذلك تلك هؤلاء أولئك هو هي هم هما هن
  وهذا وهذه وذلك وتلك وهؤلاء وهو وهي وهم فهذا فهذه فذلك فهو فهي فهم
  لذلك ولذلك لذا ولذا لهذا ولهذا كذلك وكذلك بذلك وبذلك أيضا ثم كما وكما هكذا وهكذا
  عندها وعندها حينها وحينها بعدها وبعدها منها ومنها
  لكنه لكنها لكنهم ولكنه ولكنها ولكنهم إنه إنها إنهم وإنه وإنها فإنه فإنها`)

/** A preposition followed by ذلك/تلك ("مع ذلك", "بعد ذلك", "رغم ذلك") also points back. */
export const BACK_PREPOSITIONS = set('مع ومع بعد وبعد رغم ورغم برغم قبل وقبل في وفي عن وعن إزاء')
export const DISTAL = set('ذلك تلك')

/** Whole words of contrast; لكن with its suffixes is matched by prefix in features.ts. */
export const CONTRAST_WORDS = set('بل بينما وبينما رغم ورغم برغم بالرغم')
/** Two-word contrast markers, as "first second". */
export const CONTRAST_PAIRS = new Set(['غير أن', 'إلا أن', 'في حين', 'مع ذلك', 'ومع ذلك'].map((p) => normalizeArabic(p)))

/** First- and second-person pronouns and their common bound forms. */
export const PERSONAL = set(`
  أنا نحن أنت أنتم أنتن أنتما وأنا ونحن فأنا فنحن وأنت وأنتم
  إني إنني إننا أني أنني أننا لأنني لأننا لي لنا علينا منا بنا عندنا لدينا لدي عندي
  نفسي أنفسنا أنفسكم لكم عليكم منكم بكم عندكم إنك إنكم أنك أنكم`)

/**
 * Arabic drops subject pronouns, so "I" mostly lives in the verb: the first-person verbs of
 * stance a columnist writes with (a fixed list, since a leading أ alone is no sign of "I").
 */
export const FIRST_PERSON_VERBS = set(`
  لست كنت أعرف أعتقد أظن أرى أحب أخشى أخاف أطالب أدعو أؤمن أريد أطلب أتذكر أذكر أقول أكتب
  أتمنى أرجو أفهم أشعر ألوم أتساءل أسأل أعترف`)

/** Words after "ما" that make the exclamative of wonder (ما أكثر الاجتماعات!). */
export const WONDER = set('أكثر أقل أجمل أصعب أسهل أعظم أشد أحوج أقسى أطول أكبر أصغر أبعد أقرب أغرب أحلى أسوأ')

/**
 * Reporting verbs and nouns: attribution only when they introduce what was said (أنّ/إنّ, a
 * colon or a quotation follows), since "كما أعلن تسميته" reports no one's words.
 */
export const REPORTING = set(`
  قال قالت قالوا يقول تقول يقولون يقال أعلن أعلنت صرح صرحت أوضح أوضحت أضاف أضافت
  أكد أكدت ذكر ذكرت أشار أشارت تشير يشير تظهر يظهر مشيرا مضيفا موضحا مؤكدا معتبرا
  بيان بيانه بيانها تصريح تصريحات المتحدث مصدر مصادر وكالة تقرير تقارير دراسة دراسات`)
/** What a reporting word introduces, within REPORT_WINDOW words after it. */
export const REPORTED = set('أن إن أنه إنه أنها إنها أنهم إنهم إلى')
export const REPORT_WINDOW = 8
/** Sources named by a preposition: attribution wherever they stand. */
export const SOURCE_PREPOSITIONS = set('بحسب وفق وفقا نقلا')

/** Universal and categorical words: the mark of a general statement rather than a report. */
export const GENERAL = set('كل جميع دائما أبدا ليس ليست ليسوا لابد الحقيقة')
export const GENERAL_PAIRS = new Set(['لا بد', 'لم يعد', 'لا يمكن', 'لن يكون'].map((p) => normalizeArabic(p)))

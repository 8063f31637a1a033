import { describe, expect, it } from 'vitest'
import { FEATURES, scoreFeatures } from '../../../src/shared/pullquote'
import { IDEAL_MAX_WORDS, IDEAL_MIN_WORDS } from '../../../src/shared/pullquote/features'
import { PULL_QUOTE_WORDS } from '../../../src/shared/messages/pullquote'
import { ar, en } from '../messages/render'

const codes = (text: string, kind?: 'sentence' | 'clause' | 'pair'): string[] => scoreFeatures(text, kind).reasons.map((r) => r.code)
/** A neutral 14-word sentence: in range, complete, nothing else. */
const PLAIN = 'يمشي الناس في الصباح إلى أعمالهم في المدينة القديمة ويعودون في المساء إلى بيوتهم.'

describe('scoreFeatures', () => {
  it('scores a plain in-range sentence on length and completeness only', () => {
    expect(codes(PLAIN)).toEqual(['length-ideal', 'complete'])
    expect(scoreFeatures(PLAIN).score).toBe(FEATURES['length-ideal'].weight + FEATURES.complete.weight)
    expect(scoreFeatures(PLAIN).words).toBe(14)
  })

  it('grades length against the 12–55 words pull quotes have', () => {
    const words = (n: number): string => `${Array.from({ length: n }, () => 'كلمة').join(' ')}.`
    expect(codes(words(4))[0]).toBe('length-fragment')
    expect(codes(words(11))[0]).toBe('length-short')
    expect(codes(words(12))[0]).toBe('length-ideal')
    expect(codes(words(55))[0]).toBe('length-ideal')
    expect(codes(words(56))[0]).toBe('length-long')
    expect(codes(words(71))[0]).toBe('length-too-long')
    expect(en(scoreFeatures(words(30)).reasons[0]!.said)).toBe('a length pull quotes have (30 words; preferred 12–55)')
    expect(ar(scoreFeatures(words(30)).reasons[0]!.said)).toBe('طول يناسب الاقتباس (30 كلمة؛ المفضل 12–55)')
  })

  it.each([
    ['question', 'فما نفع كل هذه الاجتماعات إذا لم يتغير شيء في حياة الناس اليومية؟'],
    ['exclamation', 'ما أكثر الاجتماعات وما أقل النتائج التي تصل إلى الناس في بيوتهم.'],
    ['exclamation', 'يا لها من مفارقة أن يجتمع الوزراء كل شهر ولا يتغير شيء أبدا!'],
    ['contrast', 'تزداد الاجتماعات عاما بعد عام، لكن الوقائع على الأرض مستمرة كما كانت من قبل.'],
    ['contrast', 'المشكلة في الطريقة التي ننظر بها إلى الماء غير أن الحلول معروفة منذ زمن.'],
    ['personal', 'تعلمنا منذ الصغر أن الماء نعمة تحتاج إلى إدارة رشيدة في كل بيت ومدرسة.'],
    ['personal', 'لا أعرف لعبة أخرى تستطيع أن توحد شعبا كاملا في تسعين دقيقة من الزمن.'],
    ['general', 'الكتاب الجيد يبقى دائما في ذاكرة قارئه مهما مرت السنوات وتغيرت الأحوال والظروف.'],
    ['quotation', 'يسمي المخططون هذه الظاهرة "الطلب المستحث" ويعرفونها منذ عقود طويلة في مدن العالم.'],
    ['dependent-opening', 'هذه حصيلة معادلة بديهية أصبحت معروفة لكل من يتابع أخبار التحالف الدولي منذ سنوات.'],
    ['dependent-opening', 'وهو ما ردده الرئيس في خطابه حول حال الاتحاد أمام الكونجرس في العاصمة الأمريكية.'],
    ['dependent-opening', 'ومع ذلك ما زلنا نكرر الخطأ نفسه ونفاجأ كل مرة بالنتيجة نفسها في مدننا الكبيرة.'],
    ['date', 'عقدوا الاجتماع التأسيسي في مدينة جدة في سبتمبر وأعلنوا تأسيس تحالف دولي واسع.'],
    ['date', 'اجتمع المجلس البلدي يوم الثلاثاء لمناقشة خطة إصلاح شبكة المياه في الأحياء القديمة.'],
    ['date', 'بدأت الطلعات الجوية منذ 22/9/ 2014 وما زالت مستمرة فوق المدن والقرى حتى اليوم.'],
    ['digits', 'وعلق مسؤول في الوزارة بأن 17 دولة عززت تشريعاتها للتحرك ضد المقاتلين الأجانب في المنطقة.'],
    ['parentheses', 'ثم عقد التحالف اجتماعا ثانيا (في لندن) بحث خلاله بصورة خاصة خطر المقاتلين الأجانب.'],
    ['attribution', 'وقال مدير مصلحة المياه إن خطة جديدة لإصلاح الشبكة ستبدأ قريبا في كل الأحياء.'],
    ['attribution', 'ارتفعت مبيعات الروايات كثيرا مقارنة بالعام السابق بحسب ما يقوله الناشرون في المعرض.']
  ])('reports %s: %s', (code, text) => {
    expect(codes(text)).toContain(code)
  })

  it('does not mistake look-alikes for features', () => {
    // مارس is also the verb "practised"; أعلن without reported content attributes nothing;
    // أحيانا ends in -نا without meaning "our"; فحسب is "only", not "according to".
    expect(codes('مارس المجلس ضغطا كبيرا على الحكومة حتى تراجعت عن قرارها في النهاية.')).not.toContain('date')
    expect(codes('منذ تأسيسه ضد ما أطلق عليه اسم داعش كما أعلن تسميته عقد العديد من الاجتماعات.')).not.toContain('attribution')
    expect(codes('يعود الزحام أحيانا أشد مما كان بعد سنوات قليلة من افتتاح الطريق الجديد.')).not.toContain('personal')
    expect(codes('ما يحدث ليس قرارا فرديا فحسب بل نزيف وطني بكل معنى الكلمة في هذه البلاد.')).not.toContain('attribution')
    // A contrast word inside a sentence does not make its opening dependent.
    expect(codes('لقد حررنا العمل عن بعد من سجن الزحام، لكنه أدخلنا سجنا آخر لا جدران له.')).not.toContain('dependent-opening')
  })

  it('marks an unfinished span, a clause cut and a pair', () => {
    expect(codes('تزداد الاجتماعات عاما بعد عام وتزداد أعداد الحضور فيها أو تقل حسب الظروف')).toContain('unfinished')
    expect(codes(PLAIN, 'clause')).toContain('clause-cut')
    expect(codes(PLAIN, 'pair')).toContain('pair')
  })

  it('gives every reason in Arabic and English with the table’s weight', () => {
    for (const r of scoreFeatures('هذه، في سبتمبر 2014 (كما قال) "لكن": ألسنا نحن؟!').reasons) {
      const f = FEATURES[r.code as keyof typeof FEATURES]
      expect(r.weight).toBe(f.weight)
      expect(ar(r.said)).toMatch(/\p{Script=Arabic}/u)
      expect(en(r.said)).toMatch(/[a-z]/)
    }
  })

  it('is the sum of its reasons', () => {
    const s = scoreFeatures('هل انتهى تنظيم داعش بعد كل هذه الاجتماعات؟ لكن الخطر ما زال قائما في سبتمبر 2015!', 'pair')
    expect(s.score).toBeCloseTo(
      s.reasons.reduce((n, r) => n + r.weight, 0),
      10
    )
  })
})

describe('the length reasons', () => {
  it('name the same range the scorer uses', () => {
    expect(PULL_QUOTE_WORDS).toEqual({ min: IDEAL_MIN_WORDS, max: IDEAL_MAX_WORDS })
  })
})

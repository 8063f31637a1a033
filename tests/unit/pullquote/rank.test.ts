import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { candidateSpans, rankPullQuotes } from '../../../src/shared/pullquote'

const SHORT_Q = 'هل نريد مدنا نعيش فيها؟'
const ANSWER = 'هذا هو السؤال الذي يجب أن نطرحه على أنفسنا قبل أن نبني طريقا جديدا آخر.'
const LONG =
  'منذ تأسيسه كتحالف دولي، كما أعلن تسميته ولحد الآن، عقد العديد من الاجتماعات وأصدر عشرات البيانات وقام بعشرات الطلعات الجوية، ' +
  'وقصف ودمر عشرات الأبنية وعشرات المؤسسات الاقتصادية والبنية التحتية في المدن والقرى، وقتل العشرات أو المئات من أعضاء التنظيم، ' +
  'وبعد كل ذلك وبعد كل هذه السنوات الطويلة من الحرب والدمار والتهجير ما هي الحصيلة النهائية التي يستطيع أن يقدمها للناس؟'
const BODY = [
  `ما أكثر الاجتماعات وما أقل النتائج. ${ANSWER} ${SHORT_Q}`,
  LONG,
  'تعلمنا منذ الصغر أن الماء نعمة، لكننا لم نتعلم أن النعمة تحتاج إلى إدارة رشيدة في كل بيت.',
  'اجتمع المجلس البلدي يوم الثلاثاء 12/3/2024 (في القاعة الكبرى) وقال رئيسه إن الخطة ستبدأ قريبا.'
]

describe('candidateSpans', () => {
  const spans = candidateSpans(BODY)

  it('proposes every sentence, and clause runs only inside a sentence too long to quote', () => {
    expect(spans.filter((s) => s.kind === 'sentence').length).toBe(6)
    const clauses = spans.filter((s) => s.kind === 'clause')
    expect(clauses.length).toBeGreaterThan(0)
    expect(clauses.every((c) => c.paragraph === 1)).toBe(true)
    for (const c of clauses) expect(BODY[1]!.slice(c.start, c.end)).not.toMatch(/^\s|[،,]$/)
  })

  it('pairs adjacent sentences of one paragraph only when they read as one thought', () => {
    const pairs = spans.filter((s) => s.kind === 'pair').map((s) => BODY[s.paragraph]!.slice(s.start, s.end))
    // The short exclamation leans on the next; the answer follows the question; nothing else.
    expect(pairs).toEqual([`ما أكثر الاجتماعات وما أقل النتائج. ${ANSWER}`, `${ANSWER} ${SHORT_Q}`])
  })
})

describe('rankPullQuotes', () => {
  it('returns 5 by default, best first, with offsets that give back the text', () => {
    const ranked = rankPullQuotes(BODY)
    expect(ranked.length).toBeLessThanOrEqual(5)
    expect(ranked.length).toBeGreaterThan(2)
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score)
    for (const c of ranked) {
      expect(BODY[c.paragraph]!.slice(c.start, c.end)).toBe(c.text)
      expect(c.reasons.length).toBeGreaterThan(1)
    }
  })

  it('puts the clean general sentence above the dated, attributed, bracketed report', () => {
    const ranked = rankPullQuotes(BODY, { top: Infinity })
    const at = (p: number): number => ranked.findIndex((c) => c.paragraph === p)
    expect(at(2)).toBeLessThan(at(3))
    expect(ranked.find((c) => c.paragraph === 3)!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['date', 'digits', 'parentheses', 'attribution']))
  })

  it('never proposes two spans sharing most of their words', () => {
    const ranked = rankPullQuotes(BODY, { top: Infinity })
    for (const a of ranked)
      for (const b of ranked) {
        if (a === b || a.paragraph !== b.paragraph) continue
        const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start)
        expect(shared / Math.min(a.end - a.start, b.end - b.start)).toBeLessThan(0.5)
      }
  })

  it('honours top, and returns nothing for an empty body or top 0', () => {
    expect(rankPullQuotes(BODY, { top: 1 })).toHaveLength(1)
    expect(rankPullQuotes(BODY, { top: 0 })).toEqual([])
    expect(rankPullQuotes([])).toEqual([])
    expect(rankPullQuotes(['', '   '])).toEqual([])
  })

  it('is deterministic and keeps offsets valid for any text', () => {
    const para = fc
      .array(fc.constantFrom('ما', 'أكثر', 'الاجتماعات', 'لكن', 'هذا', '2014', '(نص)', '"قال"', '،', '.', '؟', '!', '..', '…', ' ', 'نحن', 'كل'), {
        maxLength: 60
      })
      .map((ws) => ws.join(' '))
    fc.assert(
      fc.property(fc.array(para, { maxLength: 4 }), fc.integer({ min: 1, max: 8 }), (paragraphs, top) => {
        const ranked = rankPullQuotes(paragraphs, { top })
        expect(ranked.length).toBeLessThanOrEqual(top)
        for (const c of ranked) {
          expect(paragraphs[c.paragraph]!.slice(c.start, c.end)).toBe(c.text)
          expect(c.start).toBeLessThan(c.end)
        }
        expect(rankPullQuotes(paragraphs, { top })).toEqual(ranked)
      }),
      { numRuns: 150 }
    )
  })
})

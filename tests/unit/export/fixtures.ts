// Small builders for Lexical documents, so the export tests read like the article they describe.
import type { Article, SerializedDocNode, SerializedDocument } from '../../../src/shared/model/article'

export function t(text: string, format = 0): SerializedDocNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 }
}

export const br: SerializedDocNode = { type: 'linebreak', version: 1 }

function element(type: string, children: (SerializedDocNode | string)[], extra: Record<string, unknown> = {}): SerializedDocNode {
  return { type, version: 1, direction: null, format: '', indent: 0, children: children.map((c) => (typeof c === 'string' ? t(c) : c)), ...extra }
}

export const p = (...children: (SerializedDocNode | string)[]): SerializedDocNode => element('paragraph', children)
export const h = (tag: string, ...children: (SerializedDocNode | string)[]): SerializedDocNode => element('heading', children, { tag })
export const quote = (...children: (SerializedDocNode | string)[]): SerializedDocNode => element('quote', children)
export const link = (url: string, ...children: (SerializedDocNode | string)[]): SerializedDocNode => element('link', children, { url })
export const li = (...children: (SerializedDocNode | string)[]): SerializedDocNode => element('listitem', children)
export const ul = (...items: SerializedDocNode[]): SerializedDocNode => element('list', items, { listType: 'bullet', start: 1, tag: 'ul' })
export const ol = (...items: SerializedDocNode[]): SerializedDocNode => element('list', items, { listType: 'number', start: 1, tag: 'ol' })

export function doc(...blocks: SerializedDocNode[]): SerializedDocument {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: blocks } as SerializedDocument['root'] }
}

export const BODY_1 = 'تعلمنا منذ الصغر أن الماء نعمة، لكننا لم نتعلم أن النعمة تحتاج إلى إدارة رشيدة.'
export const BODY_2 = 'وفي المدن الكبرى يضيع ثلث الماء في الأنابيب قبل أن يصل إلى البيوت.'
export const QUOTE = 'لكننا لم نتعلم أن النعمة تحتاج إلى إدارة رشيدة'

export function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    title: 'الماء',
    author: { id: 7, name: 'سارة الأحمد', pictureUrl: 'https://example.com/sara.jpg' },
    status: 'draft',
    section: '',
    tags: [],
    wordCount: 30,
    createdAt: '2025-03-10T09:00:00.000Z',
    updatedAt: '2025-03-10T09:00:00.000Z',
    publishedAt: null,
    deletedAt: null,
    version: 1,
    pullQuote: QUOTE,
    document: doc(p(BODY_1), p(BODY_2)),
    bodyText: `${BODY_1}\n${BODY_2}`,
    ...overrides
  }
}

// Conversions between the editor's serialized document (Lexical JSON) and plain paragraphs.
// Pure TypeScript: no DOM and no Lexical import, so Node, the browser host and tests share it.
export { documentFromParagraphs, paragraphNode } from './from-paragraphs'
export { paragraphsFromDocument, bodyTextFromDocument } from './to-paragraphs'
export { flattenedFeatures, emptyFeatures, type FlattenedFeatures } from './features'
export { isSerializedDocument } from './guard'
export { sameDocument } from './same'

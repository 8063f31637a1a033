// Exports of an article other than the tagged file (HTML, Markdown; DOCX is Node-only, in
// src/node/export), and the checklist shown before any export. Pure TypeScript: no Node, no DOM.
export { exportChecklist, checklistCounts, REFUSED_BY_WRITER } from './checklist'
export type { ChecklistItem, ChecklistFix, ChecklistOptions, ChecklistSource, Jump, Severity } from './checklist'
export { toHtml, articleHtml, escapeHtml, type HtmlOptions } from './html'
export { toMarkdown, escapeMarkdownText } from './markdown'
export { blocksFromDocument, inlineText, BOLD, ITALIC, STRIKETHROUGH, UNDERLINE } from './blocks'
export type { Block, Inline, ListBlock, ListItem, TextBlock } from './blocks'
export { detectDirection, hasRtl, hasLtr, type Direction } from './direction'
export { isSafeHref } from './links'
export { bodyText, findPlaceholders, type BodyText, type TextRange } from './body-text'
export { usablePictureUrl, authorNameOf, type ExportSource } from './source'
export {
  EXPORT_FORMAT_TABLE,
  EXPORT_FORMATS,
  RENDER_FORMATS,
  exportFormat,
  isExportFormat,
  type ExportFormat,
  type ExportFormatInfo,
  type RenderFormat
} from './formats'

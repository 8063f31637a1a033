// The export formats, written once: what each is called, the extension and MIME type its file
// is written with, whether its bytes are text, and the interface string that names it. The
// contract, the command line, the Node writers (a Record over ExportFormat, so a new format
// without a writer does not compile) and the export screens all read this table.

export type ExportFormat = 'tagged' | 'html' | 'md' | 'docx'

/** The tagged file comes from the library's own export (exportArticle); the others are rendered from the article. */
export type RenderFormat = Exclude<ExportFormat, 'tagged'>

export interface ExportFormatInfo<Id extends ExportFormat = ExportFormat> {
  id: Id
  /** With the dot. */
  extension: string
  mimeType: string
  /** Not UTF-8 text: shown by its size, not as text. */
  binary: boolean
  /** The i18n key naming it in the interface. */
  labelKey: `export.format.${Id}`
}

// In the order the interface offers them: tagged first, the default.
const FORMATS: { [Id in ExportFormat]: ExportFormatInfo<Id> } = {
  tagged: { id: 'tagged', extension: '.txt', mimeType: 'text/plain;charset=utf-8', binary: false, labelKey: 'export.format.tagged' },
  html: { id: 'html', extension: '.html', mimeType: 'text/html;charset=utf-8', binary: false, labelKey: 'export.format.html' },
  md: { id: 'md', extension: '.md', mimeType: 'text/markdown;charset=utf-8', binary: false, labelKey: 'export.format.md' },
  docx: {
    id: 'docx',
    extension: '.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    binary: true,
    labelKey: 'export.format.docx'
  }
}

/** Every format's row, in the order the interface offers them. */
export const EXPORT_FORMAT_TABLE: readonly ExportFormatInfo[] = Object.values(FORMATS)

export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_FORMAT_TABLE.map((f) => f.id)

export const RENDER_FORMATS: readonly RenderFormat[] = EXPORT_FORMATS.filter((f): f is RenderFormat => f !== 'tagged')

/** One format's row. */
export function exportFormat<Id extends ExportFormat>(id: Id): ExportFormatInfo<Id> {
  return FORMATS[id]
}

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(FORMATS, value)
}

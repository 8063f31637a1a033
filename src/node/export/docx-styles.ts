// The look of an exported DOCX: Arabic set in a complex-script font at a size that reads like
// the paper, the pull quote framed and shaded, lists indented. Word applies the complex-script
// font and size (w:rFonts/@w:cs, w:szCs) to runs marked right-to-left, the Latin ones to the
// rest, so both are always given. Style names matter: the DOCX import maps "Author" and
// "Pull Quote" back to the article's fields, so an exported file comes back whole.
import { AlignmentType, BorderStyle, LevelFormat, ShadingType, type INumberingOptions, type IStylesOptions } from 'docx'

export interface DocxOptions {
  /** Font for Arabic (complex-script) text. */
  arabicFont?: string
  /** Font for Latin text. */
  latinFont?: string
  /** Body size of Arabic text in points; other sizes follow from it. */
  bodySize?: number
}

export const AUTHOR_STYLE = { id: 'Author', name: 'Author' }
export const PULL_QUOTE_STYLE = { id: 'PullQuote', name: 'Pull Quote' }
export const QUOTE_STYLE = { id: 'Quote', name: 'Quote' }

export const BULLET_LIST = 'amud-bullet'
export function numberedList(start: number): string {
  return `amud-number-${start}`
}

const BULLETS = ['•', '◦', '▪']
const LIST_LEVELS = 6
const INDENT_STEP = 720
const HANGING = 360

/** Half-points, the unit of w:sz. */
function halfPoints(points: number): number {
  return Math.round(points * 2)
}

export function documentStyles(options: DocxOptions = {}): IStylesOptions {
  const cs = options.arabicFont ?? 'Noto Naskh Arabic'
  const latin = options.latinFont ?? 'Times New Roman'
  const body = options.bodySize ?? 14
  const font = { ascii: latin, hAnsi: latin, cs, eastAsia: latin }
  // Latin text is set a little smaller: at the same nominal size it looks larger than Naskh.
  const sizes = (points: number): { size: number; sizeComplexScript: number } => ({
    size: halfPoints(points * 0.86),
    sizeComplexScript: halfPoints(points)
  })
  const heading = (points: number): NonNullable<IStylesOptions['default']>['heading2'] => ({
    run: { ...sizes(points), bold: true, color: '222222', font },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
  })
  return {
    default: {
      document: {
        run: { font, ...sizes(body), language: { value: 'en-US', bidirectional: 'ar-SA' } },
        paragraph: { spacing: { after: 160, line: 320 } }
      },
      title: { run: { ...sizes(body * 1.8), bold: true, color: '111111', font }, paragraph: { spacing: { after: 120 } } },
      heading2: heading(body * 1.3),
      heading3: heading(body * 1.15),
      heading4: heading(body * 1.05),
      heading5: heading(body),
      heading6: heading(body)
    },
    paragraphStyles: [
      {
        ...AUTHOR_STYLE,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { ...sizes(body * 0.95), bold: true, color: '444444' },
        paragraph: { spacing: { after: 240 } }
      },
      {
        ...PULL_QUOTE_STYLE,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { ...sizes(body * 1.3), bold: true, color: '222222' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 360 },
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 6 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 6 }
          },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' }
        }
      },
      {
        ...QUOTE_STYLE,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { color: '444444' },
        // ECMA-376 reads w:ind/@w:left as the leading edge of a right-to-left paragraph, so
        // left/right (understood by every Word version) indent both directions correctly.
        paragraph: { indent: { left: INDENT_STEP, right: INDENT_STEP } }
      }
    ]
  }
}

/** One bullet list and one numbered list per start number the document uses. */
export function numberingConfig(starts: Iterable<number>): INumberingOptions {
  const indent = (level: number): { indent: { left: number; hanging: number } } => ({
    indent: { left: INDENT_STEP * (level + 1), hanging: HANGING }
  })
  const levels = Array.from({ length: LIST_LEVELS }, (_, level) => level)
  return {
    config: [
      {
        reference: BULLET_LIST,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLETS[level % BULLETS.length] as string,
          alignment: AlignmentType.START,
          style: { paragraph: indent(level) }
        }))
      },
      ...[...new Set(starts)].map((start) => ({
        reference: numberedList(start),
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          start: level === 0 ? start : 1,
          alignment: AlignmentType.START,
          style: { paragraph: indent(level) }
        }))
      }))
    ]
  }
}

// What the desktop app tells the user after File › Import: a one-line count and the reasons
// for anything not imported. Kept apart from main so the wording is checked under Node.
import type { ImportReport } from '../shared/api/library'
import type { MenuLanguage } from './app-menu'
import { t as render } from '../shared/messages/catalog'

export interface ImportSummary {
  title: string
  message: string
  detail: string
  failed: boolean
}

/** The dialog must stay readable: past this many problems, the rest are counted, not listed. */
const MAX_LISTED = 15

const TEXT = {
  ar: {
    title: 'الاستيراد',
    counts: (i: number, s: number, f: number) => `استُورد ${i}، وتُخطّي ${s}، وتعذّر ${f}.`,
    skipped: 'تخطٍّ',
    failed: 'تعذّر',
    more: (n: number) => `و${n} غيرها.`,
    dialogTitle: 'استيراد مقالات',
    filterName: 'مقالات (نص أو وورد)'
  },
  en: {
    title: 'Import',
    counts: (i: number, s: number, f: number) => `Imported ${i}, skipped ${s}, failed ${f}.`,
    skipped: 'skipped',
    failed: 'failed',
    more: (n: number) => `…and ${n} more.`,
    dialogTitle: 'Import articles',
    filterName: 'Articles (text or Word)'
  }
} as const

export function importTexts(language: MenuLanguage): (typeof TEXT)[MenuLanguage] {
  return TEXT[language]
}

export function summarizeImport(report: ImportReport, language: MenuLanguage): ImportSummary {
  const t = TEXT[language]
  const problems = report.files
    .filter((f) => f.outcome !== 'imported')
    .map((f) => `${f.name} (${f.outcome === 'skipped' ? t.skipped : t.failed}): ${f.said ? render(f.said, language) : ''}`.trim())
  const listed = problems.slice(0, MAX_LISTED)
  if (problems.length > MAX_LISTED) listed.push(t.more(problems.length - MAX_LISTED))
  return {
    title: t.title,
    message: t.counts(report.imported, report.skipped, report.failed),
    detail: listed.join('\n'),
    failed: report.failed > 0
  }
}

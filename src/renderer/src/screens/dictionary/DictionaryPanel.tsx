// The person's own dictionary beside the page: every word they added (from the spelling menu),
// newest first or by letter, with a filter and a remove button. A removed word is checked
// again in the open article at once, so its underline comes back if it is not in the word list.
// Below it, the spelling settings: the house style "hamza on alef optional", and "fix all
// hamza slips" for the open article.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { $getRoot } from 'lexical'
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { normalizeArabic } from '../../../../shared/arabic'
import { distinctSpellKeys } from '../../../../shared/spell'
import { amud } from '../../api'
import { spellStoreFor } from '../../editor/plugins/Spelling'
import { fixAllHamzaSlips, fixableHamzaSlips } from '../../editor/plugins/Spelling'
import { setHamzaOptionalStyle, useHamzaOptionalStyle } from '../../editor/plugins/Spelling'
import { useI18n } from '../../i18n'
import { useAsync } from '../../lib/useAsync'
import { errorText } from '../../../../shared/model/errors'
import { SidePanel } from '../../components/SidePanel'
import './DictionaryPanel.css'

interface Props {
  articleId: string
  onClose: () => void
}

export function DictionaryPanel({ articleId, onClose }: Props): React.JSX.Element {
  const { t, language } = useI18n()
  const [editor] = useLexicalComposerContext()
  const [revision, setRevision] = useState(0)
  const [filter, setFilter] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const words = useAsync(() => amud.listDictionary(), `dictionary:${revision}`)
  const store = spellStoreFor(editor, articleId)
  const spelling = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const hamzaOptional = useHamzaOptionalStyle()
  const fixable = fixableHamzaSlips(spelling.misspellings).length
  // A word added from the spelling menu while the panel is open changes the underlines: list again.
  useEffect(() => spellStoreFor(editor, articleId).subscribe(() => setRevision((r) => r + 1)), [editor, articleId])
  const shown = useMemo(() => {
    const q = normalizeArabic(filter.trim())
    const all = words.data ?? []
    return q === '' ? all : all.filter((w) => normalizeArabic(w.word).includes(q))
  }, [words.data, filter])

  const remove = async (word: string): Promise<void> => {
    try {
      await amud.removeFromDictionary(word)
      setFailure(null)
    } catch (e) {
      setFailure(errorText(e, language))
    }
    setRevision((r) => r + 1)
    // The word and its clitic forms may now be wrong: ask again about the article's words.
    const keys = editor.getEditorState().read(() => distinctSpellKeys($getRoot().getTextContent()))
    void spellStoreFor(editor, articleId).recheck(keys)
  }

  const total = words.data?.length ?? 0
  return (
    <SidePanel className="dict-panel" headingId="dictionary-heading" title={t('dictionary.title')} testId="dictionary-panel" onClose={onClose}>
      <p className="dict-help">{t('dictionary.help')}</p>
      {total > 0 && (
        <input
          type="search"
          className="field field-sm"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          aria-label={t('dictionary.filter')}
          placeholder={t('dictionary.filter')}
          data-testid="dictionary-filter"
        />
      )}
      {failure && (
        <p className="is-error" role="alert">
          {failure}
        </p>
      )}
      {words.error ? (
        <p className="is-error" role="alert">
          {errorText(words.error, language)}
        </p>
      ) : words.loading && !words.data ? null : total === 0 ? (
        <p className="is-muted" data-testid="dictionary-empty">
          {t('dictionary.empty')}
        </p>
      ) : (
        <>
          <p className="is-muted" data-testid="dictionary-count">
            {t('dictionary.count', { count: total })}
          </p>
          <ul className="dict-list" aria-label={t('dictionary.title')}>
            {shown.map((w) => (
              <li key={w.word} className="dict-word" data-testid="dictionary-word">
                <span lang="ar" dir="rtl">
                  {w.word}
                </span>
                <button
                  type="button"
                  className="btn btn-quiet btn-sm"
                  aria-label={t('dictionary.remove', { word: w.word })}
                  onClick={() => void remove(w.word)}
                >
                  {t('dictionary.removeShort')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <section className="dict-settings" aria-labelledby="spelling-settings-heading" data-testid="spelling-settings">
        <h3 id="spelling-settings-heading">{t('spelling.settings')}</h3>
        <label>
          <input type="checkbox" checked={hamzaOptional} onChange={(e) => setHamzaOptionalStyle(e.target.checked)} data-testid="spelling-hamza-optional" />
          {t('spelling.hamzaOptional')}
        </label>
        <button
          type="button"
          className="btn btn-sm"
          disabled={fixable === 0}
          title={t('spelling.fixAllHamzaTitle')}
          onClick={() => fixAllHamzaSlips(editor, store)}
          data-testid="spelling-panel-fix-all-hamza"
        >
          {t('spelling.fixAllHamza', { count: fixable })}
        </button>
      </section>
    </SidePanel>
  )
}

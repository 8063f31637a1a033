// The interface language: Arabic unless the person chose English. The choice is remembered
// and drives <html lang dir>, so the whole window (scrollbars, form controls) mirrors with it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { ar, type MessageKey, type Messages } from './ar'
import { en } from './en'
import { readPref, writePref } from '../settings/prefs'
import { t as render, type Said } from '../../../shared/messages/catalog'

export type Language = 'ar' | 'en'
export type { MessageKey, Said }

const CATALOGS: Record<Language, Messages> = { ar, en }

type Params = Record<string, string | number>

export interface I18n {
  language: Language
  dir: 'rtl' | 'ltr'
  /** An interface string by key, or a message that came as data ({ code, params }), in this language. */
  t: {
    (key: MessageKey, params?: Params): string
    (said: Said): string
  }
  formatNumber: (n: number) => string
  formatDateTime: (iso: string) => string
  setLanguage: (language: Language) => void
}

export function translate(messages: Messages, key: MessageKey, params?: Params, format?: (n: number) => string): string {
  const template = messages[key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' && format ? format(value) : String(value)
  })
}

/** An interface string as a message ({ code, params }), for data the window makes itself (a file it refused). */
export function uiMessage(key: MessageKey, params: Params = {}): Said {
  return { code: key, params }
}

/** A message in `language`: an interface string when its code is one of this window's keys, else the shared catalog's. */
function renderSaid(said: Said, language: Language, format: (n: number) => string): string {
  const messages = CATALOGS[language]
  if (Object.hasOwn(messages, said.code)) return translate(messages, said.code as MessageKey, said.params as Params, format)
  return render(said, language)
}

export function makeI18n(language: Language, setLanguage: (l: Language) => void): I18n {
  const numbers = new Intl.NumberFormat(language)
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
  const formatNumber = (n: number): string => numbers.format(n)
  return {
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    t: (key: MessageKey | Said, params?: Params) =>
      typeof key === 'string' ? translate(CATALOGS[language], key, params, formatNumber) : renderSaid(key, language, formatNumber),
    formatNumber,
    formatDateTime: (iso) => {
      const d = new Date(iso)
      return Number.isNaN(d.getTime()) ? iso : dates.format(d)
    },
    setLanguage
  }
}

const I18nContext = createContext<I18n>(makeI18n('ar', () => undefined))

const isLanguage = (v: unknown): v is Language => v === 'ar' || v === 'en'

export function I18nProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [language, setLanguageState] = useState<Language>(() => readPref('language', isLanguage) ?? 'ar')
  const setLanguage = useCallback((l: Language) => {
    writePref('language', l)
    setLanguageState(l)
  }, [])
  const value = useMemo(() => makeI18n(language, setLanguage), [language, setLanguage])
  useEffect(() => {
    document.documentElement.lang = language
    document.documentElement.dir = value.dir
    document.title = value.t('app.name')
  }, [language, value])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}

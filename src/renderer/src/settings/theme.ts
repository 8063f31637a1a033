// Light and dark follow the system unless the person picked one. The choice is an attribute
// on <html> so the whole palette switches through CSS variables in one place.
import { useCallback, useEffect, useState } from 'react'
import { readPref, writePref } from './prefs'

export type ThemeChoice = 'system' | 'light' | 'dark'
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

const isTheme = (v: unknown): v is ThemeChoice => v === 'system' || v === 'light' || v === 'dark'

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement
  if (choice === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', choice)
}

export function useTheme(): [ThemeChoice, (c: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(() => readPref('theme', isTheme) ?? 'system')
  useEffect(() => applyTheme(choice), [choice])
  const set = useCallback((c: ThemeChoice) => {
    writePref('theme', c)
    setChoice(c)
  }, [])
  return [choice, set]
}

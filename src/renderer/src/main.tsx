// Fonts are bundled (no system font is assumed): Noto Naskh Arabic sets the article text,
// IBM Plex Sans Arabic the interface. Plex is imported per subset: its tiny Cyrillic files
// would be inlined as data: URLs, which the page's CSP (font-src 'self') refuses.
import '@fontsource/noto-naskh-arabic/400.css'
import '@fontsource/noto-naskh-arabic/700.css'
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css'
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css'
import '@fontsource/ibm-plex-sans-arabic/latin-400.css'
import '@fontsource/ibm-plex-sans-arabic/latin-600.css'
import '@fontsource/ibm-plex-sans-arabic/latin-ext-400.css'
import '@fontsource/ibm-plex-sans-arabic/latin-ext-600.css'
import './styles/latin.css'
import './styles/base.css'
import './styles/layout.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { I18nProvider } from './i18n'
import { applyTheme } from './settings/theme'
import { readPref } from './settings/prefs'

// Before the first paint, so a dark-theme writer never sees a white flash.
applyTheme(readPref('theme', (v): v is 'system' | 'light' | 'dark' => v === 'system' || v === 'light' || v === 'dark') ?? 'system')

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>
)

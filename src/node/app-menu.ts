// The application menu as plain data, so its content is checked under Node; main hands it to
// Menu.buildFromTemplate. Commands the renderer carries out are sent to it as menuCommand
// events; editing and zoom use Electron's roles, which already act on the focused page.
import type { MenuCommand } from '../shared/api/methods'

export type MenuLanguage = 'ar' | 'en'

/** The subset of Electron's MenuItemConstructorOptions this menu uses. */
export interface MenuItemSpec {
  label?: string
  role?: string
  type?: 'separator'
  accelerator?: string
  submenu?: MenuItemSpec[]
  click?: () => void
}

export interface MenuOptions {
  language: MenuLanguage
  platform: NodeJS.Platform
  /** Adds the developer tools (dev server runs only). */
  dev: boolean
  command: (command: MenuCommand) => void
  /** Import runs in main: it needs the native open dialog and reads the files itself. */
  importFiles: () => void
}

const LABELS = {
  ar: {
    file: 'ملف',
    newArticle: 'مقالة جديدة',
    saveNow: 'احفظ الآن',
    import: 'استيراد…',
    export: 'تصدير…',
    quit: 'خروج',
    edit: 'تحرير',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    selectAll: 'تحديد الكل',
    find: 'بحث…',
    replace: 'بحث واستبدال…',
    searchLibrary: 'البحث في المكتبة…',
    view: 'عرض',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    resetZoom: 'الحجم الأصلي',
    fullScreen: 'ملء الشاشة',
    devTools: 'أدوات المطوّر',
    window: 'نافذة',
    minimize: 'تصغير النافذة',
    close: 'إغلاق النافذة'
  },
  en: {
    file: 'File',
    newArticle: 'New Article',
    saveNow: 'Save Now',
    import: 'Import…',
    export: 'Export…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find…',
    replace: 'Find and Replace…',
    searchLibrary: 'Search the Library…',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Full Screen',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window'
  }
} as const

export type MenuLabels = (typeof LABELS)[MenuLanguage]

/** Arabic when the system speaks it; English otherwise. */
export function menuLanguage(locale: string): MenuLanguage {
  return /^ar\b/i.test(locale) ? 'ar' : 'en'
}

export function menuLabels(language: MenuLanguage): MenuLabels {
  return LABELS[language]
}

export function buildMenuTemplate(options: MenuOptions): MenuItemSpec[] {
  const t = LABELS[options.language]
  const mac = options.platform === 'darwin'
  const send = (command: MenuCommand) => () => options.command(command)
  const separator: MenuItemSpec = { type: 'separator' }
  const file: MenuItemSpec = {
    label: t.file,
    submenu: [
      { label: t.newArticle, accelerator: 'CmdOrCtrl+N', click: send('new-article') },
      { label: t.saveNow, accelerator: 'CmdOrCtrl+S', click: send('save-now') },
      separator,
      { label: t.import, accelerator: 'CmdOrCtrl+O', click: options.importFiles },
      { label: t.export, accelerator: 'CmdOrCtrl+Shift+E', click: send('export') },
      ...(mac ? [] : [separator, { label: t.quit, role: 'quit' }])
    ]
  }
  const edit: MenuItemSpec = {
    label: t.edit,
    submenu: [
      { label: t.undo, role: 'undo' },
      { label: t.redo, role: 'redo' },
      separator,
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
      separator,
      { label: t.find, accelerator: 'CmdOrCtrl+F', click: send('find') },
      { label: t.replace, accelerator: mac ? 'Cmd+Alt+F' : 'Ctrl+H', click: send('replace') },
      { label: t.searchLibrary, accelerator: 'CmdOrCtrl+Shift+F', click: send('search-library') }
    ]
  }
  const view: MenuItemSpec = {
    label: t.view,
    submenu: [
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { label: t.resetZoom, role: 'resetZoom' },
      separator,
      { label: t.fullScreen, role: 'togglefullscreen' },
      ...(options.dev ? [{ label: t.devTools, role: 'toggleDevTools' }] : [])
    ]
  }
  const window: MenuItemSpec = {
    label: t.window,
    submenu: [
      { label: t.minimize, role: 'minimize' },
      { label: t.close, role: 'close' }
    ]
  }
  return [...(mac ? [{ role: 'appMenu' }] : []), file, edit, view, window]
}

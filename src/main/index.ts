// The thin Electron shell: one window on the renderer, hardened, and the library served to it
// over IPC. All logic lives in src/node and src/shared, where plain Node and the browser host
// can run (and test) it too.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, Menu, screen, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/api/methods'
import { buildMenuTemplate, menuLanguage } from '../node/app-menu'
import { ChosenFolders, rememberingChosenFolders } from '../node/chosen-folders'
import { devRendererUrl } from '../node/dev-renderer'
import { DeskAgent } from '../node/desk/agent'
import { defaultLibraryPath, openLibrary, type Library, type MigrationProgress } from '../node/library'
import { PictureFetcher } from '../node/pictures'
import { warmSpellChecker } from '../node/spell'
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState } from '../node/window-state'
import { windowDialogs } from './dialogs'
import { importWithDialog } from './import'
import { registerIpc } from './ipc'
import { hardenSessions } from './security'

// Tests point the app at a throwaway profile; set before anything reads userData.
if (process.env.AMUD_USER_DATA_DIR) app.setPath('userData', process.env.AMUD_USER_DATA_DIR)
// Every renderer sandboxed, whatever a window's own preferences say; must precede ready.
app.enableSandbox()

const indexFile = join(__dirname, '../renderer/index.html')
// Only `npm run dev` (a development build; import.meta.env.DEV is fixed when vite builds main)
// loads the page from the dev server; a built app ignores ELECTRON_RENDERER_URL.
const devServerUrl = devRendererUrl({ devBuild: import.meta.env.DEV, packaged: app.isPackaged, url: process.env.ELECTRON_RENDERER_URL })
const renderer = { indexFileUrl: pathToFileURL(indexFile).href, devServerUrl }
let mainWindow: BrowserWindow | null = null
let library: Library | null = null
let pictures: PictureFetcher | null = null
let desk: DeskAgent | null = null

function windowStateFile(): string {
  return join(app.getPath('userData'), 'window-state.json')
}

function createWindow(): BrowserWindow {
  const state = loadWindowState(windowStateFile())
  const primary = screen.getPrimaryDisplay()
  const displays = [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)]
  const bounds = placeWindow(
    state.bounds,
    displays.map((d) => d.workArea)
  )
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'عمود',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true
    }
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  win.on('close', () => {
    try {
      saveWindowState(windowStateFile(), { bounds: win.getNormalBounds(), maximized: win.isMaximized() })
    } catch (err) {
      console.error(`amud: could not remember the window's place: ${(err as Error).message}`)
    }
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadFile(indexFile)
  return win
}

/** better-sqlite3 as installed is built for Node; Electron loads its own build of it. */
function openAppLibrary(): Library {
  const path = defaultLibraryPath()
  const electronBuild = join(app.getAppPath(), 'build', 'electron-native', 'better_sqlite3.node')
  try {
    // A large library's first open after an update rebuilds its search index: say so in the log.
    const onUpgrade = (p: MigrationProgress): void => {
      if (p.total >= 2000 && (p.done === p.total || p.done % 5000 === 0)) console.log(`Upgrading the library: search index ${p.done} of ${p.total} articles`)
    }
    return openLibrary(path, existsSync(electronBuild) ? { nativeBinding: electronBuild, onUpgrade } : { onUpgrade })
  } catch (err) {
    const hint = existsSync(electronBuild)
      ? ''
      : '\n\nThe SQLite module for Electron is not built: run `node scripts/build-electron-native.mjs` (it needs internet access).'
    dialog.showErrorBox('Amud cannot open its library', `${path}\n\n${(err as Error).message}${hint}`)
    throw err
  }
}

function installMenu(lib: Library): void {
  const language = menuLanguage(app.getLocale())
  const send = (command: MenuCommand): void => mainWindow?.webContents.send('amud-event:menuCommand', command)
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    dev: Boolean(devServerUrl),
    command: send,
    importFiles: () => {
      if (mainWindow) void importWithDialog(mainWindow, lib, language)
    }
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]))
}

function start(): void {
  hardenSessions({ window: () => mainWindow, renderer })
  try {
    library = openAppLibrary()
  } catch {
    app.exit(1)
    return
  }
  const lib = library
  // A folder export writes only where the person pointed the folder dialog during this run.
  const chosenFolders = new ChosenFolders()
  // The desk syncs here, in the background; its state goes to the window as events.
  desk = new DeskAgent(lib, { onState: (s) => mainWindow?.webContents.send('amud-event:deskState', s), log: (l) => console.error(l) })
  registerIpc({
    desk,
    service: lib,
    dialogs: rememberingChosenFolders(
      windowDialogs(() => mainWindow, menuLanguage(app.getLocale())),
      chosenFolders
    ),
    exportFolderAllowed: (dir) => chosenFolders.allows(dir),
    window: () => mainWindow,
    renderer
  })
  installMenu(lib)
  mainWindow = createWindow()
  // Authors' pictures are fetched here, in the background, and shown to the window from the library.
  pictures = new PictureFetcher(lib, {
    onStored: (authorIds) => mainWindow?.webContents.send('amud-event:authorPictures', { authorIds })
  })
  warmSpellChecker()
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow()
  })
}

// A second launch (a double-click while Amud is open) brings the open window forward instead
// of opening the same library twice.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })
  void app.whenReady().then(start)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    // Closing marks the fetcher stopped at once: nothing it still awaits writes to the library.
    void pictures?.close()
    pictures = null
    desk?.close()
    desk = null
    library?.close()
    library = null
  })
}

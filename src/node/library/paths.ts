// Where the library lives by default: the folder Electron's app.getPath('userData') gives for
// an app named "Amud", computed here without importing Electron so the CLI agrees with the app.
import { homedir } from 'node:os'
import { join } from 'node:path'

export const LIBRARY_FILE = 'library.sqlite'
export const APP_FOLDER = 'Amud'

export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER)
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER)
}

/** $AMUD_LIBRARY when set, else library.sqlite in the app's user-data folder. */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const override = env.AMUD_LIBRARY?.trim()
  if (override) return override
  return join(userDataFolder(env, platform, home), LIBRARY_FILE)
}

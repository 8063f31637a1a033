import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { defaultLibraryPath } from '../../../src/node/library/index'

describe('the default library path', () => {
  const home = '/home/kazem'
  it('follows Electron userData on each platform', () => {
    expect(defaultLibraryPath({}, 'linux', home)).toBe(join(home, '.config', 'Amud', 'library.sqlite'))
    expect(defaultLibraryPath({ XDG_CONFIG_HOME: '/cfg' }, 'linux', home)).toBe(join('/cfg', 'Amud', 'library.sqlite'))
    expect(defaultLibraryPath({}, 'darwin', home)).toBe(join(home, 'Library', 'Application Support', 'Amud', 'library.sqlite'))
    expect(defaultLibraryPath({ APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'win32', home)).toBe(
      join('C:\\Users\\k\\AppData\\Roaming', 'Amud', 'library.sqlite')
    )
  })

  it('is overridden by AMUD_LIBRARY', () => {
    expect(defaultLibraryPath({ AMUD_LIBRARY: '/tmp/x.sqlite', XDG_CONFIG_HOME: '/cfg' }, 'linux', home)).toBe('/tmp/x.sqlite')
    expect(defaultLibraryPath({ AMUD_LIBRARY: '  ' }, 'linux', home)).toBe(join(home, '.config', 'Amud', 'library.sqlite'))
  })
})

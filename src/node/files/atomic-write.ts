// A file written whole or not at all: the bytes go to a temporary file beside the target, then
// a rename puts it in place. The temporary file is created exclusively ('wx', which also refuses
// to follow a symlink) under a random name, so a file or a planted symlink that happens to bear
// the name is never written through or overwritten. Used by folder exports and by the desktop
// app's "save as".
import { randomBytes } from 'node:crypto'
import { open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { withTimeLimit } from './time-limit'
import { msg } from '../../shared/messages/catalog'

const TEMP_SUFFIX = '.amud-tmp'

function tempName(target: string): string {
  return `${target}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`
}

/** Writes `data` to `target` through an exclusive temporary file; every step has a time limit. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const task = msg('task.writing', { path: target })
  let temp = tempName(target)
  let opened: FileHandle | undefined
  for (let attempt = 0; !opened; attempt++) {
    try {
      opened = await withTimeLimit(task, () => open(temp, 'wx'))
    } catch (err) {
      // Someone else's file by that name (vanishingly unlikely with 48 random bits): another name.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw err
      temp = tempName(target)
    }
  }
  const handle = opened
  try {
    try {
      await withTimeLimit(task, (signal) => handle.writeFile(data, { signal }))
    } finally {
      await handle.close()
    }
    await withTimeLimit(task, () => rename(temp, target))
  } catch (err) {
    await unlink(temp).catch(() => {})
    throw err
  }
}

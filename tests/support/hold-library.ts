// A child process standing in for the app or the browser host: it keeps one library open for
// its whole life and answers one JSON line per command line read from stdin:
//   get ID                 -> {"title", "version"}
//   save ID BASE TITLE     -> {"version"} or {"error": code}
//   create TITLE           -> {"id"}
import { createInterface } from 'node:readline'
import { openLibrary } from '../../src/node/library'

const [libraryPath] = process.argv.slice(2)
if (!libraryPath) throw new Error('usage: hold-library LIBRARY')
const library = openLibrary(libraryPath)
process.stdout.write('ready\n')

function answer(line: string): unknown {
  const [cmd, ...rest] = line.split(' ')
  try {
    if (cmd === 'get') {
      const a = library.getArticle(rest[0] as string)
      return { title: a.title, version: a.version }
    }
    if (cmd === 'save') {
      const [id, base, ...title] = rest
      const a = library.saveArticle({ id: id as string, baseVersion: Number(base), changes: { title: title.join(' ') } })
      return { version: a.version }
    }
    if (cmd === 'create') return { id: library.createArticle({ title: rest.join(' ') }).id }
    return { error: `unknown command ${cmd}` }
  } catch (err) {
    return { error: (err as { code?: string }).code ?? String(err) }
  }
}

createInterface({ input: process.stdin })
  .on('line', (line) => {
    process.stdout.write(`${JSON.stringify(answer(line))}\n`)
  })
  .on('close', () => {
    library.close()
  })

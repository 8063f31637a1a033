// `amud update ID FILE`: an article's author, pull quote and body replaced by a tagged file's,
// as a new revision of the same article (its id, status, history and desk link kept), so an
// editor or a script can rework an article outside the app and the next desk sync sends it.
// The file is read and checked before the library opens: a bad file writes nothing.
import { normalizeText } from '../../../shared/format/index'
import { documentFromParagraphs } from '../../../shared/document/index'
import { ARTICLE_LIMITS, capAtWord } from '../../../shared/model/limits'
import type { Library } from '../../library/index'
import { titleFromFileName } from '../../library/titles'
import type { Command } from '../command'
import { flag, UsageError } from '../command'
import { LIBRARY_HELP, libraryOption, withLibrary } from '../library-option'
import { parseTaggedFile } from '../parse-file'

/** The author with this name and picture, made when the library has none; null for no name. */
function authorFor(library: Library, name: string, picture: string | null): number | null {
  const clean = normalizeText(name)
  if (clean === '') return null
  const found = library.listAuthors().find((a) => a.name === clean && (a.pictureUrl ?? '') === (picture ?? ''))
  return found ? found.id : library.createAuthor(clean, picture).id
}

export const update: Command = {
  name: 'update',
  summary: "Replace an article's author, pull quote and body with a tagged file's, as a new revision.",
  usage: 'amud update ID FILE [--json] [--library PATH]',
  help: `The article keeps its id, status and history; its author, pull quote and paragraphs become
the file's, saved as a new revision (restorable like any other). The title is kept, unless the
file has an exported name ("2014-09-22 - author - title.txt"), whose title it takes.
A file that does not parse changes nothing ("FILE:LINE:COL: reason"); an article in the trash is refused.
Prints "updated ID vN", or "unchanged ID vN" when the file holds what the article already says.
  --json    the outcome as JSON: { articleId, version, changed }
${LIBRARY_HELP}`,
  options: { ...libraryOption, json: { type: 'boolean' } },
  async run(args, io) {
    const [id, file, ...extra] = args.positionals
    if (!id || !file || extra.length > 0) throw new UsageError('name one article ID and one tagged FILE')
    const tagged = parseTaggedFile(io, file)
    const title = titleFromFileName(file)
    const outcome = await withLibrary(args, io, (library) => {
      const before = library.getArticle(id)
      const saved = library.saveArticle({
        id,
        baseVersion: before.version,
        reason: 'manual',
        changes: {
          ...(title ? { title } : {}),
          authorId: authorFor(library, tagged.authorName, tagged.authorPictureUrl),
          pullQuote: capAtWord(tagged.pullQuote ?? '', ARTICLE_LIMITS.pullQuote),
          document: documentFromParagraphs(tagged.paragraphs)
        }
      })
      return { articleId: saved.id, version: saved.version, changed: saved.version !== before.version }
    })
    if (flag(args, 'json')) io.out(`${JSON.stringify(outcome)}\n`)
    else io.out(`${outcome.changed ? 'updated' : 'unchanged'} ${outcome.articleId} v${outcome.version}\n`)
    return 0
  }
}

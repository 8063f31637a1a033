// The CommentsService (src/shared/api/comments.ts) over a library: comments, a sync's
// conflicts and the desk's arrivals, each kept in the library file. Both hosts serve it
// through service-dispatch.ts, as the spelling calls are.
import type { CommentsService } from '../../shared/api/comments'
import type { LibraryService } from '../../shared/api/library'
import { AmudError } from '../../shared/model/errors'
import { Library } from '../library/library'
import { listDeskChanges } from './arrivals'
import { listConflicts, resolveConflict } from './conflicts'
import { addComment, listComments, replyToComment, resolveComment } from './store'

export function createCommentsService(library: Library, clock: () => Date = () => new Date()): CommentsService {
  const now = (): string => clock().toISOString()
  return {
    listComments: (articleId) => listComments(library, articleId),
    addComment: (c) => addComment(library, c, now()),
    replyToComment: (r) => replyToComment(library, r, now()),
    resolveComment: (id, resolved) => resolveComment(library, id, resolved, now()),
    listConflicts: (articleId) => listConflicts(library, articleId),
    resolveConflict: (id, choice, baseVersion) => resolveConflict(library, id, choice, baseVersion, now()),
    listDeskChanges: (articleId) => listDeskChanges(library, articleId)
  }
}

/** The comments service of the library behind `service`; refused when it is not a library file. */
export function commentsServiceFor(service: LibraryService): CommentsService {
  if (service instanceof Library) return createCommentsService(service)
  throw new AmudError('invalid', 'Comments are kept in a library file; this host has none.')
}

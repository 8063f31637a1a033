// The one place a call from outside (Electron IPC, the browser host's HTTP) becomes a call on
// a service: name checked against the contract, arguments validated, errors serialized. Both
// hosts go through here, so adding a call means touching the contract and its service only.
// Library calls go to the library; transfer calls to a TransferService made over it for this
// call (with this call's progress sinks); dialog calls to the host's dialogs; spelling calls to
// the library's SpellService (its dictionary in the process's spell worker); desk calls to the
// host's desk link.
import { isApiMethod, parseArgs } from '../shared/api/contract'
import type { ImportProgress, ImportReport, LibraryService } from '../shared/api/library'
import { isCommentMethod, isDeskMethod, isDialogMethod, isSpellMethod, isTransferMethod } from '../shared/api/methods'
import type { DeskService } from '../shared/api/desk'
import { MAX_ARG_NESTING, nestsDeeperThan } from '../shared/api/nesting'
import type { ExportProgress, HostDialogs, TransferService } from '../shared/api/transfer'
import { AmudError, toSerializedError, type SerializedError } from '../shared/model/errors'
import type { SpellService } from '../shared/spell/api'
import { commentsServiceFor } from './comments/service'
import { HEADLESS_DIALOGS } from './host/dialogs'
import { GroupBudget, nextTurn } from './library/import-groups'
import { Library } from './library/library'
import { spellServiceFor } from './spell/service'
import { createTransferService } from './transfer/service'
import { msg } from '../shared/messages/catalog'

export type Reply = { ok: true; value: unknown } | { ok: false; error: SerializedError }

export interface DispatchHooks {
  /** Receives import progress while importFiles runs (the host forwards it as an event). */
  onImportProgress?: (progress: ImportProgress) => void
  /** Receives folder-export progress while exportArticlesToFolder runs. */
  onExportProgress?: (progress: ExportProgress) => void
  /** The host's native dialogs; without them (the browser host) dialog calls answer "unsupported". */
  dialogs?: HostDialogs
  /**
   * Under Electron: whether exportArticlesToFolder may write into this folder (one the person
   * chose in the native dialog, see chosen-folders.ts). Without it any full path is accepted,
   * as the browser host's typed folder is.
   */
  exportFolderAllowed?: (dir: string) => boolean
  /** The spelling calls' service; by default the library's own (spellServiceFor). */
  spell?: SpellService
  /** The host's desk link (src/node/desk/agent.ts); without one, desk calls are refused. */
  desk?: DeskService
  /** The clock that times import groups (tests make time pass by hand); performance.now by default. */
  clock?: () => number
  /** Where unexpected errors are reported with their stack; console.error by default. */
  log?: (message: string) => void
}

type ImportArgs = Parameters<LibraryService['importFiles']>

/** Files per library call when the service is not this process's Library (no grouping by time). */
export const IMPORT_STEP_FILES = 25

/**
 * Files handed to the library one commit at a time: each file in its own savepoint, a group
 * commits (and syncs the disk) once, when its time (~100 ms) or count is up (import-groups.ts);
 * between groups the event loop turns, so progress events leave the process while a long
 * import runs, and a save made meanwhile waits for one group at most.
 */
async function importInSteps(service: LibraryService, [files, options]: ImportArgs, hooks: DispatchHooks): Promise<ImportReport> {
  const report: ImportReport = { files: [], imported: 0, skipped: 0, failed: 0 }
  const budget = new GroupBudget(hooks.clock)
  let start = 0
  while (start < files.length) {
    const done =
      service instanceof Library
        ? service.importGroup(files, start, options ?? {}, budget)
        : service.importFiles(files.slice(start, start + IMPORT_STEP_FILES), options).files
    for (const r of done) {
      report.files.push(r)
      report[r.outcome === 'imported' ? 'imported' : r.outcome === 'skipped' ? 'skipped' : 'failed']++
    }
    done.forEach((r, i) => hooks.onImportProgress?.({ done: start + i + 1, total: files.length, name: r.name }))
    start += done.length
    if (start < files.length) await nextTurn()
  }
  return report
}

/** Calls after which the desk has something new to sync (the hosts poke the desk link). */
export const WRITING_METHODS: ReadonlySet<string> = new Set([
  'saveArticle',
  'createArticle',
  'restoreRevision',
  'trashArticle',
  'restoreArticle',
  'importFiles',
  'importDocuments'
])

export const INTERNAL_MESSAGE = 'Something went wrong inside Amud. The details are in the log; please report them.'

export async function dispatch(service: LibraryService, method: unknown, args: unknown, hooks: DispatchHooks = {}): Promise<Reply> {
  try {
    if (!isApiMethod(method)) {
      const name = typeof method === 'string' ? `"${method.slice(0, 100)}"` : 'a call without a name'
      throw new AmudError('invalid', `There is no call named ${name}.`)
    }
    if (nestsDeeperThan(args)) {
      throw AmudError.saying('invalid', msg('err.call-too-deep', { method, max: MAX_ARG_NESTING }))
    }
    const parsed = parseArgs(method, args) as unknown[]
    if (method === 'exportArticlesToFolder' && hooks.exportFolderAllowed) {
      const [{ dir }] = parsed as Parameters<TransferService['exportArticlesToFolder']>
      if (!hooks.exportFolderAllowed(dir)) {
        throw AmudError.saying('invalid', msg('err.folder-not-chosen', { dir }))
      }
    }
    if (method === 'importFiles') return { ok: true, value: await importInSteps(service, parsed as ImportArgs, hooks) }
    if (isDeskMethod(method) && !hooks.desk) {
      throw AmudError.saying('invalid', msg('err.no-desk-link'))
    }
    const target: object = isDeskMethod(method)
      ? hooks.desk!
      : isTransferMethod(method)
        ? createTransferService(service, { onImportProgress: hooks.onImportProgress, onExportProgress: hooks.onExportProgress, clock: hooks.clock })
        : isDialogMethod(method)
          ? (hooks.dialogs ?? HEADLESS_DIALOGS)
          : isSpellMethod(method)
            ? (hooks.spell ?? spellServiceFor(service))
            : isCommentMethod(method)
              ? commentsServiceFor(service)
              : service
    const fn = (target as Record<string, (...a: unknown[]) => unknown>)[method] as (...a: unknown[]) => unknown
    return { ok: true, value: await fn.apply(target, parsed) }
  } catch (err) {
    if (err instanceof AmudError) return { ok: false, error: toSerializedError(err) }
    // An unexpected error's message may hold paths or SQL: the caller gets a safe sentence,
    // the log gets everything.
    const log = hooks.log ?? ((m: string) => console.error(m))
    log(`amud: ${String(method)} failed unexpectedly: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
    return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } }
  }
}

// The owner's side of the spell worker: one per process, started on first use (or early, by a
// host that wants the dictionary warm), shared by every library the process opens. Calls made
// while the dictionary loads wait for it; if it cannot load, every call fails with a message
// that says so, and the next call after a crash starts a new worker.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { AmudError } from '../../shared/model/errors'
import type { Verdict, WorkerMessage, WorkerRequest } from './protocol'

/** What the spell service needs from a checker: the worker, or an in-process one in tests. */
export interface SpellEngine {
  check(keys: string[]): Promise<Verdict[]>
  suggest(key: string): Promise<string[]>
}

/**
 * Bundled (electron-vite puts spell-worker.js beside the main bundle) or from source, where a
 * small .mjs loads the TypeScript through tsx. __filename, not __dirname: tsx sets only the
 * former when an ES module imports this file.
 */
export function spellWorkerScript(dir: string = dirname(__filename)): string {
  const bundled = join(dir, 'spell-worker.js')
  return existsSync(bundled) ? bundled : join(dir, 'worker-entry.mjs')
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void }
type Request = { op: 'check'; keys: string[] } | { op: 'suggest'; key: string }

export class SpellWorker implements SpellEngine {
  /** Resolves with the load time once the dictionary is in memory; rejects if it cannot load. */
  readonly ready: Promise<{ loadMs: number }>
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  private loaded = false
  private failure: AmudError | null = null
  /** Set when a loaded worker is gone (crashed or terminated): sharedSpellWorker makes a new one. */
  dead = false

  constructor(script: string = spellWorkerScript()) {
    this.worker = new Worker(script)
    // An idle worker must not keep the amud command (or a test run) alive; see call().
    this.worker.unref()
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') {
          this.loaded = true
          resolve({ loadMs: m.loadMs })
        } else if (m.type === 'failed') {
          this.stop(loadFailure(m.message), reject)
          void this.worker.terminate()
        } else this.settle(m)
      })
      this.worker.on('error', (err) => this.stop(this.loaded ? crashed(err.message) : loadFailure(err.message), reject))
      this.worker.on('exit', (code) => {
        // A crash after loading is worth a new worker; a dictionary that cannot load stays failed.
        if (this.loaded) this.dead = true
        this.stop(this.loaded ? crashed(`exit code ${code}`) : loadFailure(`the worker exited with code ${code}`), reject)
      })
    })
    // Whoever awaits ready gets the error; nobody waiting is not an unhandled rejection.
    this.ready.catch(() => undefined)
  }

  check(keys: string[]): Promise<Verdict[]> {
    return this.call({ op: 'check', keys }) as Promise<Verdict[]>
  }

  suggest(key: string): Promise<string[]> {
    return this.call({ op: 'suggest', key }) as Promise<string[]>
  }

  async terminate(): Promise<void> {
    this.dead = true
    this.failure ??= new AmudError('internal', 'The spell checker was stopped.')
    await this.worker.terminate()
  }

  private async call(req: Request): Promise<unknown> {
    if (this.failure) throw this.failure
    const id = this.nextId++
    // Referenced while a call is out, so that the process waits for the answer.
    this.worker.ref()
    try {
      await this.ready
      return await new Promise((resolve, reject) => {
        this.pending.set(id, { resolve, reject })
        this.worker.postMessage({ ...req, id } satisfies WorkerRequest)
      })
    } finally {
      this.pending.delete(id)
      if (this.pending.size === 0) this.worker.unref()
    }
  }

  private settle(m: Extract<WorkerMessage, { type: 'reply' | 'error' }>): void {
    const p = this.pending.get(m.id)
    if (!p) return
    if (m.type === 'reply') p.resolve(m.value)
    else p.reject(new AmudError('internal', `Spell checking failed: ${m.message}`))
  }

  /** The first failure wins: it rejects ready, every pending call and every later one. */
  private stop(failure: AmudError, rejectReady: (e: Error) => void): void {
    this.failure ??= failure
    rejectReady(this.failure)
    for (const p of this.pending.values()) p.reject(this.failure)
    this.pending.clear()
  }
}

function crashed(reason: string): AmudError {
  return new AmudError('internal', `The spell checker stopped unexpectedly (${reason}); it restarts on the next check.`)
}

function loadFailure(reason: string): AmudError {
  return new AmudError('io', `The Arabic spelling dictionary could not be loaded (${reason}); spelling is not checked.`)
}

let shared: SpellWorker | null = null

/** The process's spell worker, started on first use; a host may call this early to warm it. */
export function sharedSpellWorker(): SpellWorker {
  if (!shared || shared.dead) shared = new SpellWorker()
  return shared
}

/** Stops the process's spell worker (a host shutting down): pending calls fail, nothing stays open. */
export async function stopSpellChecker(): Promise<void> {
  const worker = shared
  shared = null
  await worker?.terminate()
}

/**
 * Starts loading the dictionary now (it takes seconds), so the first article opened is checked
 * without that wait. A dictionary that cannot load is reported by the first check, not here.
 */
export function warmSpellChecker(): void {
  sharedSpellWorker().ready.catch(() => undefined)
}

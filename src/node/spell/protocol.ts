// The messages between the spell worker and its owner. Plain data only (structured clone).

export type WorkerRequest = { id: number; op: 'check'; keys: string[] } | { id: number; op: 'suggest'; key: string }

export interface Verdict {
  correct: boolean
  suggestions: string[]
  kind?: 'word' | 'hamza'
  fix?: string
  hamzaOmitted?: boolean
}

export type WorkerMessage =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; value: Verdict[] | string[] }
  | { type: 'error'; id: number; message: string }

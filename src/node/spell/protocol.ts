// The messages between the spell worker and its owner. Plain data only (structured clone).
import type { SpellVerdict } from '../../shared/spell/api'

export type WorkerRequest = { id: number; op: 'check'; keys: string[] } | { id: number; op: 'suggest'; key: string }

export type Verdict = SpellVerdict

export type WorkerMessage =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | { type: 'reply'; id: number; value: Verdict[] | string[] }
  | { type: 'error'; id: number; message: string }

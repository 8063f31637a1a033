// The spell worker: loads the Arabic dictionary once, off the thread that answers the window,
// then checks words and finds suggestions on request. Requests that arrive while it loads wait
// for it (the owner also waits for 'ready' before it sends any).
import { parentPort } from 'node:worker_threads'
import { performance } from 'node:perf_hooks'
import { additionWords } from '../../shared/spell/additions'
import { setLexicon, unionLexicon } from '../../shared/spell/check'
import { SpellChecker } from '../../shared/spell/checker'
import { loadArabicDictionary } from './dictionary'
import type { WorkerMessage, WorkerRequest } from './protocol'

const port = parentPort
if (!port) throw new Error('the spell worker must run as a worker thread')
const send = (m: WorkerMessage): void => port.postMessage(m)

const started = performance.now()
const loading = loadArabicDictionary().then(
  (dictionary) => {
    const checker = new SpellChecker(unionLexicon(dictionary, setLexicon(additionWords())))
    send({ type: 'ready', loadMs: Math.round(performance.now() - started) })
    return checker
  },
  (err: unknown) => {
    send({ type: 'failed', message: err instanceof Error ? err.message : String(err) })
    return null
  }
)

port.on('message', async (req: WorkerRequest) => {
  const c = await loading
  if (!c) return send({ type: 'error', id: req.id, message: 'the Arabic dictionary is not loaded' })
  try {
    const value =
      req.op === 'check'
        ? req.keys.map((k) => {
            const { word: _word, ...verdict } = c.check(k)
            return verdict
          })
        : c.suggest(req.key)
    send({ type: 'reply', id: req.id, value })
  } catch (err) {
    send({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) })
  }
})

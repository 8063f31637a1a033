// Arabic spelling on the Node side: the worker that holds the dictionary and the service that
// answers the contract's spelling calls. Rules and suggestions are in src/shared/spell.
export { createSpellService, spellServiceFor, isSpellStore, type SpellStore } from './service'
export { SpellWorker, sharedSpellWorker, spellWorkerScript, stopSpellChecker, warmSpellChecker, type SpellEngine } from './worker-client'

// Arabic spelling, pure: no Node, no DOM. The dictionary itself is loaded on the Node side
// (src/node/spell), which hands it to these functions as a Lexicon.
export { type Lexicon, type Analysis, analyses, knownAnalysis, isKnownWord, PRONOUN_SUFFIXES } from './clitics'
export { isCorrectKey, isCheckable, unionLexicon, setLexicon } from './check'
export { suggestKeys, isFrequentWord, MAX_SUGGESTIONS } from './suggest'
export { SpellChecker, type SpellResult, type SpellIssueKind } from './checker'
export { hamzaSlip, type HamzaSlip } from './hamza'
export { extractSpellWords, distinctSpellKeys, type SpellWord } from './extract'
export { spellingKey, isArabicKey } from './letters'
export { additionWords } from './additions'
export { findPhraseErrors, type PhraseError } from './phrases'

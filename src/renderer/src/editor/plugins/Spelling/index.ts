// Spelling's public surface, all that code outside this folder may import: the plugin, its store and hamza fixes (the dictionary panel), its preferences, and following the viewport (typography paints the same way).
export { SpellingPlugin } from './SpellingPlugin'
export { spellStoreFor } from './spellStoreFor'
export { fixAllHamzaSlips, fixableHamzaSlips } from './fixHamza'
export { setHamzaOptionalStyle, setSpellingEnabled, useHamzaOptionalStyle, useSpellingEnabled } from './spellingPref'
export { followViewport } from './followViewport'

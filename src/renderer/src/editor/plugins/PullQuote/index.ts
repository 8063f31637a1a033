// PullQuote's public surface, all that code outside this folder may import: the plugin, its command and shortcut (the toolbar), and the pull quote's status for the screens.
export { PullQuotePlugin } from './PullQuotePlugin'
export { PULL_QUOTE_SHORTCUT, USE_SELECTION_AS_PULL_QUOTE_COMMAND } from './commands'
export { bodySpan, pullQuoteView } from './pullQuoteStatus'
export { useCandidates, usePullQuoteStatus } from './usePullQuote'

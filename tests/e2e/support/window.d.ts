// What the page carries beyond the DOM library: the app's contract (window.amud, as the preload
// declares it in src/preload/index.d.ts) and the marks tests leave on the page to read back.
import type { AmudApi } from '../../../src/shared/api/contract'

declare global {
  interface Window {
    amud: AmudApi
    /** Whether the page's own keydown for Ctrl+F was prevented (find.test.ts). */
    __findDefaultPrevented?: boolean
    /** Set only if pasted or imported markup ran a script: must stay unset. */
    __pwned?: unknown
  }
}

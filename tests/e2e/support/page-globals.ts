// What page scripts see, typed for tests compiled without the DOM library: functions passed
// to page.evaluate run in the browser and reach the page through globalThis cast to this.
import type { AmudApi } from '../../../src/shared/api/contract'

export interface PageGlobals {
  document: { cookie: string; getElementById(id: string): { childElementCount: number } | null }
  amud: AmudApi
}

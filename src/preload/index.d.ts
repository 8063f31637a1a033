import type { AmudApi } from '../shared/api/contract'

declare global {
  interface Window {
    amud: AmudApi
  }
}

// Text that has no catalog entry and is shown as it came: a system's own words (an OS error, a
// server's reply), which exist in one language only.
import { entry } from './message'

export const plainMessages = {
  'plain.text': entry(
    (p: { text: string }) => p.text,
    (p) => p.text
  )
}

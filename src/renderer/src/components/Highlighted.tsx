// Text with search hits marked. The text is data: React renders it as text nodes only.
import type { Range } from '../../../shared/api/library'
import { segmentText } from '../lib/highlight'

export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }): React.JSX.Element {
  return <>{segmentText(text, ranges).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
}

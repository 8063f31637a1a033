// A toolbar drop-down (block type, paragraph direction): named for screen readers, its
// options given as values with their labels.
interface Props<V extends string> {
  label: string
  value: V
  options: { value: V; label: string }[]
  onChange: (value: V) => void
  testId: string
}

export function ToolSelect<V extends string>({ label, value, options, onChange, testId }: Props<V>): React.JSX.Element {
  return (
    <select className="tb-select" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as V)} data-testid={testId}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
}

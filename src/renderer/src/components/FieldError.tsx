// A form's or dialog's failure, read out at once (role="alert"); nothing when there is none.
interface Props {
  message: string | null | undefined | false
  /** For the field's aria-describedby. */
  id?: string
}

export function FieldError({ message, id }: Props): React.JSX.Element | null {
  if (!message) return null
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  )
}

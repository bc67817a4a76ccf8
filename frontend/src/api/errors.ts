/** Maps the `errors: [UserError!]!` of a payload onto form fields. */
export interface UserErrorLike {
  field?: string | null
  code: string
  message: string
}

export interface MappedErrors {
  /** Messages by form field name (several for one field are joined). */
  fields: Record<string, string>
  /** Messages without a field, or for a field the form does not show. */
  general: string[]
}

/**
 * Server fields may be paths (`input.email`, `input.0.email`); the last segment names the
 * form field. When `knownFields` is given, errors for other fields become general ones so
 * that no message is ever lost.
 */
export function mapUserErrors(
  errors: readonly UserErrorLike[] | null | undefined,
  knownFields?: readonly string[],
): MappedErrors {
  const fields: Record<string, string> = {}
  const general: string[] = []
  for (const error of errors ?? []) {
    const name = error.field?.split('.').filter(Boolean).pop()
    if (name && (!knownFields || knownFields.includes(name))) {
      fields[name] = fields[name] ? `${fields[name]}；${error.message}` : error.message
    } else {
      general.push(error.message)
    }
  }
  return { fields, general }
}

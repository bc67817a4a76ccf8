import { reactive } from 'vue'
import type { CombinedError } from '@urql/core'
import { describeError } from '@/api/client'
import { mapUserErrors, type UserErrorLike } from '@/api/errors'

/**
 * Server-side errors of one form: `fields.x` goes into `<el-form-item :error>`,
 * `general` into an `<el-alert>`.
 */
export function useFormErrors<F extends string>(knownFields: readonly F[]) {
  const state = reactive({ fields: {}, general: [] }) as {
    fields: Partial<Record<F, string>>
    general: string[]
  }

  function clear(): void {
    state.fields = {}
    state.general = []
  }

  function setUserErrors(errors: readonly UserErrorLike[] | null | undefined): boolean {
    const mapped = mapUserErrors(errors, knownFields)
    state.fields = mapped.fields as Partial<Record<F, string>>
    state.general = mapped.general
    return mapped.general.length > 0 || Object.keys(mapped.fields).length > 0
  }

  function setFieldError(field: F, message: string): void {
    state.fields = { ...state.fields, [field]: message } as Partial<Record<F, string>>
  }

  /** Forgets one field's message (its value changed since). */
  function clearField(field: F): void {
    if (!(field in state.fields)) return
    const rest = { ...state.fields }
    delete rest[field]
    state.fields = rest
  }

  function setGeneral(message: string): void {
    state.general = [message]
  }

  /**
   * Applies the outcome of a mutation: a transport/top-level error or the payload's
   * UserErrors. Returns true when the form has errors to show.
   */
  function apply(
    result: { error?: CombinedError | undefined },
    errors: readonly UserErrorLike[] | null | undefined,
  ): boolean {
    if (result.error) {
      clear()
      setGeneral(describeError(result.error))
      return true
    }
    return setUserErrors(errors)
  }

  return { state, clear, clearField, apply, setUserErrors, setFieldError, setGeneral }
}

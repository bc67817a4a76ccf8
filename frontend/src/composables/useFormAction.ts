import { ref, watch } from 'vue'
import type { CombinedError } from '@urql/core'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { UserErrorLike } from '@/api/errors'
import { useFormErrors } from '@/composables/useFormErrors'

interface PayloadLike {
  errors: readonly UserErrorLike[]
}

export interface FormActionTexts {
  /** Asks "are you sure?" with these texts first (an irreversible action); null: no question. */
  confirm: { title: string; message: string; button: string; cancel: string } | null
  /** Announced when it went through. */
  done: string
}

/**
 * One action's form (engagements, demands …): the problems found before sending go next to
 * their fields, an irreversible action asks for confirmation, then the mutation's UserErrors
 * go next to their fields (or above the form) and success is announced.
 */
export function useFormAction<F extends string>(texts: () => FormActionTexts, fields: readonly F[]) {
  const errors = useFormErrors(fields)
  const busy = ref(false)

  /** Shows the problems (already translated) found before sending; true when there were some. */
  function showMessages(problems: Partial<Record<F, string>>): boolean {
    errors.clear()
    const found = Object.entries(problems) as [F, string][]
    for (const [field, message] of found) errors.setFieldError(field, message)
    return found.length > 0
  }

  /** A field's message goes once its value changes (values: the form's fields by their server names). */
  function clearOnChange(values: () => Partial<Record<F, unknown>>): void {
    watch(
      () => JSON.stringify(values()),
      (now, before) => {
        const a = JSON.parse(now) as Record<string, unknown>
        const b = JSON.parse(before) as Record<string, unknown>
        for (const field of fields) {
          if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) errors.clearField(field)
        }
      },
    )
  }

  async function confirmed(): Promise<boolean> {
    const ask = texts().confirm
    if (!ask) return true
    try {
      await ElMessageBox.confirm(ask.message, ask.title, {
        type: 'warning',
        confirmButtonText: ask.button,
        cancelButtonText: ask.cancel,
      })
      return true
    } catch {
      return false
    }
  }

  /** Confirms when the action wants it, sends, and tells whether it went through. */
  async function send<T>(
    execute: () => Promise<{ error?: CombinedError; data?: T }>,
    payloadOf: (data: T) => PayloadLike | null | undefined,
    unexpected: string,
  ): Promise<boolean> {
    errors.clear()
    if (!(await confirmed())) return false
    busy.value = true
    try {
      const result = await execute()
      const payload = result.data ? payloadOf(result.data) : null
      if (errors.apply(result, payload?.errors)) return false
      if (!payload) {
        errors.setGeneral(unexpected)
        return false
      }
      ElMessage.success(texts().done)
      return true
    } finally {
      busy.value = false
    }
  }

  return { errors, busy, send, showMessages, clearOnChange }
}

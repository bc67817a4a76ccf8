import { ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CombinedError } from '@urql/core'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { UserErrorLike } from '@/api/errors'
import { useFormErrors } from '@/composables/useFormErrors'
import { needsConfirmation, type EngagementAction, type FormProblem } from '@/utils/engagements'

interface PayloadLike {
  errors: readonly UserErrorLike[]
}

/**
 * One engagement action's form: the problems found before sending go next to their fields,
 * an irreversible action asks for confirmation, then the mutation's UserErrors go next to
 * their fields (or above the form) and success is announced.
 */
export function useEngagementAction<F extends string>(action: EngagementAction, fields: readonly F[]) {
  const { t } = useI18n()
  const errors = useFormErrors(fields)
  const busy = ref(false)

  /** Shows the problems found before sending; true when there were some. */
  function showProblems(problems: Partial<Record<F, FormProblem>>): boolean {
    errors.clear()
    const found = Object.entries(problems) as [F, FormProblem][]
    for (const [field, key] of found) errors.setFieldError(field, t(key))
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
    if (!needsConfirmation(action)) return true
    try {
      await ElMessageBox.confirm(t(`engagements.confirm.${action}`), t('engagements.confirm.title'), {
        type: 'warning',
        confirmButtonText: t(`engagements.actions.${action}`),
        cancelButtonText: t('me.cancel'),
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
  ): Promise<boolean> {
    errors.clear()
    if (!(await confirmed())) return false
    busy.value = true
    try {
      const result = await execute()
      const payload = result.data ? payloadOf(result.data) : null
      if (errors.apply(result, payload?.errors)) return false
      if (!payload) {
        errors.setGeneral(t('app.unexpectedError'))
        return false
      }
      ElMessage.success(t(`engagements.done.${action}`))
      return true
    } finally {
      busy.value = false
    }
  }

  return { errors, busy, send, showProblems, clearOnChange }
}

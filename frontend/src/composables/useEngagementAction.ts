import { useI18n } from 'vue-i18n'
import type { CombinedError } from '@urql/core'
import type { UserErrorLike } from '@/api/errors'
import { useFormAction } from '@/composables/useFormAction'
import { needsConfirmation, type EngagementAction, type FormProblem } from '@/utils/engagements'

interface PayloadLike {
  errors: readonly UserErrorLike[]
}

/** One engagement action's form: `useFormAction` with the engagement texts. */
export function useEngagementAction<F extends string>(action: EngagementAction, fields: readonly F[]) {
  const { t } = useI18n()
  const base = useFormAction(
    () => ({
      confirm: needsConfirmation(action)
        ? {
            title: t('engagements.confirm.title'),
            message: t(`engagements.confirm.${action}`),
            button: t(`engagements.actions.${action}`),
            cancel: t('me.cancel'),
          }
        : null,
      done: t(`engagements.done.${action}`),
    }),
    fields,
  )

  /** Shows the problems found before sending; true when there were some. */
  function showProblems(problems: Partial<Record<F, FormProblem>>): boolean {
    const messages: Partial<Record<F, string>> = {}
    for (const [field, key] of Object.entries(problems) as [F, FormProblem][]) messages[field] = t(key)
    return base.showMessages(messages)
  }

  function send<T>(
    execute: () => Promise<{ error?: CombinedError; data?: T }>,
    payloadOf: (data: T) => PayloadLike | null | undefined,
  ): Promise<boolean> {
    return base.send(execute, payloadOf, t('app.unexpectedError'))
  }

  return { errors: base.errors, busy: base.busy, send, showProblems, clearOnChange: base.clearOnChange }
}

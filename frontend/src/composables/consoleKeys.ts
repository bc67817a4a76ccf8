import type { InjectionKey } from 'vue'

/** Provided by the console layout: checks again which years lack their holidays. */
export const REFRESH_CALENDAR_WARNING: InjectionKey<() => void> = Symbol('refreshCalendarWarning')

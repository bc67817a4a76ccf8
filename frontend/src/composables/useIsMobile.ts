import { onBeforeUnmount, ref } from 'vue'

/** Element Plus' `sm` breakpoint: below 768 px the navigation collapses into a drawer. */
export const MOBILE_QUERY = '(max-width: 767px)'

export function useIsMobile() {
  const mql = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(MOBILE_QUERY) : null
  const isMobile = ref(mql?.matches ?? false)
  const onChange = (event: MediaQueryListEvent) => {
    isMobile.value = event.matches
  }
  mql?.addEventListener('change', onChange)
  onBeforeUnmount(() => mql?.removeEventListener('change', onChange))
  return isMobile
}

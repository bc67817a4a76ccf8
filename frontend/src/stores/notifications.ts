import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * The inbox's unread count, shared by the header's bell and the inbox page: the bell fetches
 * it (on every navigation and every few minutes) and counts what arrives live; the inbox page
 * sets it after marking read and lists again when `arrivals` moves.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const unreadCount = ref(0)
  /** How many notifications arrived live since the page loaded. */
  const arrivals = ref(0)

  function setUnreadCount(count: number): void {
    unreadCount.value = Math.max(0, count)
  }

  /** A new (unread) notification arrived through the subscription. */
  function arrived(): void {
    unreadCount.value += 1
    arrivals.value += 1
  }

  return { unreadCount, arrivals, setUnreadCount, arrived }
})

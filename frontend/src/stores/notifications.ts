import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * The inbox's unread count, shared by the header's bell and the inbox page: the bell fetches
 * it (on every navigation and each minute), the inbox page sets it after marking read.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const unreadCount = ref(0)

  function setUnreadCount(count: number): void {
    unreadCount.value = Math.max(0, count)
  }

  return { unreadCount, setUnreadCount }
})

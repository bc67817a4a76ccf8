import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import ElementPlus from 'element-plus'
import urql from '@urql/vue'
import type { Component } from 'vue'
import { createQifuClient } from '@/api/client'
import { i18n, setLocale } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import { sessionPayload } from '@/test/fake-server'

/**
 * Mounts a component as a signed-in user (token "token") at `path`, with the app's plugins:
 * Pinia, i18n (Chinese), Element Plus, the real GraphQL client (fetch is faked) and a router.
 */
export async function mountSignedIn(
  component: Component,
  { path = '/', props = {}, routes = [] }: { path?: string; props?: Record<string, unknown>; routes?: RouteRecordRaw[] } = {},
) {
  setLocale('zh-CN')
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:pathMatch(.*)*', component: { template: '<div />' } }, ...routes],
  })
  await router.push(path)
  const auth = useAuthStore()
  auth.setSession({ accessToken: 'token', expiresAt: Date.now() + 600_000, user: sessionPayload('token').user })
  const wrapper = mount(component, {
    props,
    global: { plugins: [pinia, i18n, ElementPlus, [urql, createQifuClient()], router] },
    attachTo: document.body,
  })
  return { wrapper, router, auth }
}

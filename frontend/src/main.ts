import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import urql from '@urql/vue'
import 'element-plus/dist/index.css'
import 'element-plus/theme-chalk/display.css'
import './styles.css'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { getClient } from './api/client'
import { useAuthStore } from './stores/auth'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(ElementPlus)
app.use(urql, getClient())
// Start restoring the session at once; the router guard waits for it.
void useAuthStore(pinia).init()
app.use(createAppRouter())
app.mount('#app')

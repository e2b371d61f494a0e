import { createHierarchyApp } from './hierarchy.ts'

const steps: string[] = []
const db = { findUser: async (id: string) => (id === '7' ? { id, name: 'alice' } : undefined) }
const app = createHierarchyApp(db, step => steps.push(step))

const res = await app.request('/me', { headers: { 'x-user-id': '7' } })
console.log(`${res.status} ${await res.text()}`)
console.log(`order: ${steps.join(' → ')}`)

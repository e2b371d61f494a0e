import { fireAndForget, sendWelcomeEmail } from './fire-and-forget.ts'

const log = ({ task, err }: { task: string, err: unknown }) =>
  console.log(`task ${task} failed: ${err instanceof Error ? err.message : String(err)}`)
fireAndForget('send-welcome-email', () => sendWelcomeEmail('ada@example.com'), log)
console.log('response sent: 201') // the handler returned; the email runs on
await new Promise(resolve => setTimeout(resolve, 10))
console.log('process still alive')

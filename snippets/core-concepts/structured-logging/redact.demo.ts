import { createRedactingLogger } from './redact.ts'

const log = createRedactingLogger(
  { write: line => console.log(line.trimEnd()) },
  { base: undefined, timestamp: false },
)
log.info({
  user_id: 42,
  password: 'hunter2',
  headers: {
    authorization: 'Bearer eyJhbGciOi',
    accept: 'application/json',
  },
  payment: { credit_card: '4111 1111 1111 1111' },
}, 'user_login')

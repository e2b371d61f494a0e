import { childEvents, lineLogger } from './bind.ts'

// console.log passed explicitly: lines go
// to the output panel
const log = lineLogger(console.log)

childEvents(log) // user_id and plan
log.info('parent_event') // unchanged

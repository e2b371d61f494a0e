import { childEvents, lineLogger } from './bind.ts'

// Pass console.log explicitly: each JSON line goes to the output panel.
const log = lineLogger(console.log)

childEvents(log) // two lines carrying user_id and plan
log.info('parent_event') // the parent is unchanged

import { childEvents, lineLogger } from './bind.ts'

const log = lineLogger(console.log) // prints to the panel
childEvents(log) // two lines with user_id and plan
log.info('parent_event') // the parent is unchanged

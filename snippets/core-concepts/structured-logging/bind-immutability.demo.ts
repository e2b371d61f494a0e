import { lineLogger, siblings } from './bind.ts'

siblings(lineLogger(console.log))

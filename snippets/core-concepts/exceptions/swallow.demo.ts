import { outer } from './swallow.ts'

outer('{"user": 42', console.log)   // truncated JSON: the parse inside inner() fails

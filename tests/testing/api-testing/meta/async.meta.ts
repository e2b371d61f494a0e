import { registerAsyncMistakes } from '../../../../snippets/testing/api-testing/async.test.ts'

registerAsyncMistakes()

import { registerLeakyTests } from '../../../../snippets/testing/api-testing/overrides.test.ts'

registerLeakyTests()

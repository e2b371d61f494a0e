import { registerFreshTests } from '../../../../snippets/testing/api-testing/overrides.test.ts'

registerFreshTests()

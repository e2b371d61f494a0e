// The snippet shown on the "Testing in-process" slide is itself a vitest suite: importing it
// registers its tests here, so the slide shows code that really runs.
import '../../../snippets/web-api/http-and-parameters/request-tests.ts'

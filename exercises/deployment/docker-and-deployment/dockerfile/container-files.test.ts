import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDockerfile } from '../../../../snippets/deployment/docker-and-deployment/dockerfile-policy.ts'
import { missingEntries } from '../../../../snippets/deployment/docker-and-deployment/dockerignore-policy.ts'
import { DOCKERFILE, DOCKERIGNORE } from './container-files.ts'

describe('your Dockerfile passes the deck\'s policy', () => {
  const violations = checkDockerfile(readFileSync(DOCKERFILE, 'utf8'))
  for (const rule of ['multi-stage', 'slim-base', 'non-root', 'exec-form', 'healthcheck', 'no-secrets', 'layer-order', 'prod-deps', 'no-dotenv']) {
    it(rule, () => {
      expect(violations.filter(v => v.rule === rule).map(v => v.message)).toEqual([])
    })
  }
})

it('your .dockerignore excludes every required entry', () => {
  expect(missingEntries(readFileSync(DOCKERIGNORE, 'utf8'))).toEqual([])
})

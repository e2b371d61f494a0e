import { describe, expect, it } from 'vitest'
import { KIT_DOCKERIGNORE, missingEntries, parseDockerignore, readMissingEntries, REQUIRED_ENTRIES }
  from '../../../snippets/deployment/docker-and-deployment/dockerignore-policy.ts'

describe('.dockerignore policy', () => {
  it('the kit file excludes every required entry', () => {
    expect(REQUIRED_ENTRIES).toEqual(['.git', 'node_modules', '.env', '.env.*', '*.pem', '*.key', 'coverage', 'dist'])
    expect(readMissingEntries(KIT_DOCKERIGNORE)).toEqual([])
  })
  it('a fixture without node_modules fails, naming it', () => {
    expect(readMissingEntries(new URL('../../../snippets/deployment/docker-and-deployment/fixtures/dockerignore.missing-node-modules', import.meta.url)))
      .toEqual(['node_modules'])
  })
  it('an empty file misses everything; comments do not count; /dist/ counts as dist', () => {
    expect(missingEntries('')).toEqual([...REQUIRED_ENTRIES])
    expect(missingEntries('# .git\n')).toContain('.git')
    expect(parseDockerignore('/dist/\n  .git  \n').has('dist')).toBe(true)
  })
})

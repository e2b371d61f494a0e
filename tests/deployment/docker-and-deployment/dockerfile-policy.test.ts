import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checkClusterVariant, checkCommand, checkDockerfile, checkHealthcheck, checkLayerOrder, isPinnedSlim,
  KIT_DOCKERFILE, KIT_DOCKERFILE_CLUSTER, KIT_DOCKERFILE_PNPM, parseStages, pnpm, readStages,
} from '../../../snippets/deployment/docker-and-deployment/dockerfile-policy.ts'

const dockerfile = readFileSync(KIT_DOCKERFILE, 'utf8')
const broken = readFileSync(new URL('../../../snippets/deployment/docker-and-deployment/fixtures/Dockerfile.broken', import.meta.url), 'utf8')
const runtimeOf = (text: string) => parseStages(text).at(-1)

describe('the kit Dockerfile (npm)', () => {
  it('has four named stages and ships only the last', () => {
    expect(readStages(KIT_DOCKERFILE).map(s => `${s.name}<-${s.image}`)).toEqual([
      'deps<-node:24.11-bookworm-slim', 'build<-deps', 'prod-deps<-deps', 'runtime<-node:24.11-bookworm-slim'])
  })
  it('passes every rule', () => {
    expect(checkDockerfile(dockerfile)).toEqual([])
  })
  it('runs node on the entry in exec form, as the node user, after a full HEALTHCHECK', () => {
    const runtime = runtimeOf(dockerfile)
    const keywords = runtime?.instructions.map(i => i.getKeyword())
    expect(keywords?.indexOf('USER')).toBeLessThan(keywords?.indexOf('CMD') ?? -1)
    expect(checkCommand(runtime)).toEqual([])
    expect(checkHealthcheck(runtime)).toEqual([])
  })
})

describe('the pnpm and cluster variants', () => {
  it('Dockerfile.pnpm passes the same rules with pnpm install commands', () => {
    expect(checkDockerfile(readFileSync(KIT_DOCKERFILE_PNPM, 'utf8'), pnpm)).toEqual([])
  })
  it('Dockerfile.cluster differs only in its command, which starts the cluster primary', () => {
    expect(checkClusterVariant(dockerfile, readFileSync(KIT_DOCKERFILE_CLUSTER, 'utf8'))).toEqual([])
    expect(checkClusterVariant(dockerfile, dockerfile).map(v => v.message))
      .toEqual(['"node dist/server.js" must run node on the entry'])
    expect(checkClusterVariant(dockerfile, dockerfile.replace('USER node', 'USER root')
      .replace('dist/server.js', 'dist/cluster-primary.js')).map(v => v.rule)).toEqual(['cluster-cmd'])
  })
})

describe('the broken fixture fails each rule with a named message', () => {
  const messages = Object.fromEntries(['multi-stage', 'slim-base', 'non-root', 'exec-form', 'healthcheck',
    'no-secrets', 'layer-order', 'prod-deps', 'no-dotenv'].map(rule =>
    [rule, checkDockerfile(broken).filter(v => v.rule === rule).map(v => v.message)]))
  it('names every violation', () => {
    expect(messages).toEqual({
      'multi-stage': ['single stage: build tools ship to production'],
      'slim-base': ['final base "node:latest" is not a pinned node:<version>-slim image'],
      'non-root': ['no USER other than root before the command'],
      'exec-form': ['shell form "npm start": signals go to sh'],
      'healthcheck': ['no HEALTHCHECK: a hung app looks fine'],
      'no-secrets': ['DATABASE_PASSWORD looks like a secret', 'NPM_TOKEN looks like a secret'],
      'layer-order': ['no lockfile install (npm ci)'],
      'prod-deps': ['runtime node_modules do not come from a production-only install'],
      'no-dotenv': ['.env is copied into the image: inject it at run time'],
    })
  })
  it('rejects latest, alpine and the full image; accepts pinned slim tags', () => {
    expect(['node:latest', 'node:24-alpine', 'node:24', 'node', 'node:24-slim', 'node:24.11-bookworm-slim']
      .map(isPinnedSlim)).toEqual([false, false, false, false, true, true])
  })
  it('rejects `npm start`, a root USER and a HEALTHCHECK without its timings', () => {
    const variant = dockerfile.replace('CMD ["node", "dist/server.js"]', 'CMD ["npm", "start"]')
      .replace('USER node', 'USER root').replace('--start-period=15s --retries=3 ', '')
    expect(checkDockerfile(variant).map(v => v.message)).toEqual([
      'no USER other than root before the command',
      '"npm start" must run node on the entry',
      'HEALTHCHECK has no --start-period', 'HEALTHCHECK has no --retries'])
  })
  it('rejects sources copied before the install (cache busting)', () => {
    const variant = dockerfile.replace('COPY package.json package-lock.json ./', 'COPY . .')
    expect(checkLayerOrder(parseStages(variant)).map(v => v.message))
      .toEqual(['sources copied before the install (deps)'])
  })
})

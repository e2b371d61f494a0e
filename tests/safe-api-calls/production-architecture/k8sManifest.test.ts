import { describe, expect, it } from 'vitest'
import { cpuCores, deployment, ingressAnnotations, memoryBytes, rolloutSockets } from '../../../snippets/safe-api-calls/production-architecture/k8sManifest.ts'

const VENDOR_CONCURRENCY_BUDGET = 800 // what the vendor account allows in flight

describe('k8sManifest: the guide\'s manifests as checked objects', () => {
  it('probes: /ready every 5 s with threshold 3; /health every 10 s', () => {
    expect(deployment.readinessProbe).toEqual({ path: '/ready', initialDelaySeconds: 5, periodSeconds: 5, failureThreshold: 3 })
    expect(deployment.livenessProbe).toMatchObject({ path: '/health', initialDelaySeconds: 10, periodSeconds: 10 })
    expect(deployment.livenessProbe.path).not.toBe(deployment.readinessProbe.path)
  })

  it('requests never exceed limits; replicas 10', () => {
    const { requests, limits } = deployment.resources
    expect(cpuCores(requests.cpu)).toBeLessThanOrEqual(cpuCores(limits.cpu))
    expect(memoryBytes(requests.memory)).toBeLessThanOrEqual(memoryBytes(limits.memory))
    expect([cpuCores('500m'), memoryBytes('1Gi')]).toEqual([0.5, 2 ** 30])
    expect(() => memoryBytes('1G')).toThrow(RangeError)
    expect(deployment.replicas).toBe(10)
  })

  it('ingress annotations carry the guide\'s values and are marked per IP', () => {
    const values = Object.fromEntries(Object.entries(ingressAnnotations).map(([k, v]) => [k.split('/')[1], v.value]))
    expect(values).toEqual({ 'limit-rps': '2000', 'limit-connections': '5000', 'limit-rpm': '100' })
    for (const a of Object.values(ingressAnnotations)) expect(a.scope).toBe('per-ip')
  })

  it('a 50% surge means 15 x 50 = 750 vendor sockets, within the vendor budget', () => {
    expect(rolloutSockets(deployment)).toBe(750)
    expect(rolloutSockets(deployment)).toBeLessThanOrEqual(VENDOR_CONCURRENCY_BUDGET)
    expect(rolloutSockets({ ...deployment, replicas: 20 })).toBeGreaterThan(VENDOR_CONCURRENCY_BUDGET) // the check bites
  })
})

import { describe, expect, it } from 'vitest'
import { attemptsThatFit, guideCallMs, profiles, validateProfile } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutProfiles.ts'

describe('timeout profiles', () => {
  it('the kit profiles pass every nesting rule', () => {
    for (const profile of Object.values(profiles))
      expect(validateProfile(profile)).toEqual([])
  })

  it('the guide raw profiles (call equal to the largest phase) fail the margin rule', () => {
    // The spec names LLM and upload; fast REST (call 10 s = read 10 s) has the same gap.
    for (const [name, callMs] of Object.entries(guideCallMs)) {
      const raw = { ...profiles[name as keyof typeof profiles], callMs }
      const broken = validateProfile(raw)
      expect(broken).toHaveLength(1)
      expect(broken[0]).toMatch(/call must exceed the largest transport phase/)
    }
  })

  it('flags a queue above 10 s, a slow connect and an SLA shorter than one attempt', () => {
    const bad = { ...profiles.llm, queueMs: 30_000, connectMs: 90_000, slaMs: 10_000 }
    expect(validateProfile(bad)).toEqual([
      'connect must fail faster than read',
      'queue above 10 s: users wait before any work starts',
      'call must exceed the largest transport phase (90000 ms) by 2000 ms',
      'SLA must cover one queue phase plus one call',
    ])
  })

  it('computes how much of a second attempt each SLA allows', () => {
    const backoffMs = 1000
    expect(attemptsThatFit(profiles.llm, backoffMs)).toEqual({ full: 1, leftoverMs: 22_000 }) // 90 - 5 - 62 - 1
    expect(attemptsThatFit(profiles.fastRest, backoffMs)).toEqual({ full: 1, leftoverMs: 4000 }) // 20 - 3 - 12 - 1
    expect(attemptsThatFit(profiles.upload, backoffMs)).toEqual({ full: 1, leftoverMs: 47_000 }) // 180 - 10 - 122 - 1
    for (const backoff of [0, 2000]) {
      const { leftoverMs } = attemptsThatFit(profiles.llm, backoff)
      expect(leftoverMs).toBeGreaterThanOrEqual(21_000)
      expect(leftoverMs).toBeLessThanOrEqual(23_000)
    }
  })

  it('rejects negative or missing values with a clear message', () => {
    expect(() => validateProfile({ ...profiles.llm, callMs: -1 })).toThrow(/callMs/)
    const { slaMs: _missing, ...noSla } = profiles.llm
    expect(() => validateProfile(noSla)).toThrow(/slaMs[\s\S]*must be a number of milliseconds/)
  })
})

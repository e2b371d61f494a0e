// The guide's three timeout profiles as typed, validated config, plus the invariants that make
// the clocks nest. Browser-runnable (zod only).
import { z } from 'zod'

// #region profiles
const msError = { error: 'must be a number of milliseconds' }
const ms = z.number(msError).int().positive()

export const TimeoutProfile = z.object({
  connectMs: ms, poolMs: ms, writeMs: ms, readMs: ms, // transport phases
  queueMs: ms, callMs: ms, slaMs: ms, // application clocks
})
export type TimeoutProfile = z.infer<typeof TimeoutProfile>

const s = (n: number) => n * 1000
/** The guide's numbers with the kit's rule: call = largest phase + 2 s. */
export const profiles = {
  llm: { connectMs: s(5), poolMs: s(5), writeMs: s(10), readMs: s(60),
    queueMs: s(5), callMs: s(62), slaMs: s(90) },
  fastRest: { connectMs: s(3), poolMs: s(3), writeMs: s(5), readMs: s(10),
    queueMs: s(3), callMs: s(12), slaMs: s(20) },
  upload: { connectMs: s(5), poolMs: s(10), writeMs: s(120), readMs: s(30),
    queueMs: s(10), callMs: s(122), slaMs: s(180) },
} satisfies Record<string, TimeoutProfile>
// #endregion profiles

/** The guide's raw call budgets (equal to the largest phase): kept to show why the kit adds 2 s. */
export const guideCallMs = { llm: s(60), fastRest: s(10), upload: s(120) } as const

export const CALL_MARGIN_MS = 2000

// #region validateProfile
/** Every rule the profile breaks, in words;
 *  an empty list means the clocks nest. */
export function validateProfile(input: unknown): string[] {
  // throws a ZodError naming the bad field
  const p = TimeoutProfile.parse(input)
  const largestPhase = Math.max(p.connectMs, p.writeMs, p.readMs)
  const margin = `(${largestPhase} ms) by ${CALL_MARGIN_MS} ms`
  const broken: string[] = []
  if (p.connectMs > p.readMs)
    broken.push('connect must fail faster than read')
  if (p.queueMs > 10_000)
    broken.push('queue above 10 s: users wait before any work starts')
  if (p.callMs < largestPhase + CALL_MARGIN_MS)
    broken.push(`call must exceed the largest transport phase ${margin}`)
  if (p.slaMs < p.queueMs + p.callMs)
    broken.push('SLA must cover one queue phase plus one call')
  return broken
}
// #endregion validateProfile

// #region attemptsThatFit
/** How many full attempts (queue + call) fit in the SLA,
 *  and what is left for the next one. */
export function attemptsThatFit(
  p: TimeoutProfile,
  backoffMs: number,
): { full: number, leftoverMs: number } {
  const attempt = p.queueMs + p.callMs
  let left = p.slaMs
  let full = 0
  while (left >= attempt) {
    left -= attempt // a hanging vendor uses the whole budget
    full++
    // sleeping between attempts spends the SLA too
    left = Math.max(0, left - backoffMs)
  }
  return { full, leftoverMs: left }
}
// #endregion attemptsThatFit

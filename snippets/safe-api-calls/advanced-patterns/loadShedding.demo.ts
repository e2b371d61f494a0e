import { type Tier, tierShed } from './loadShedding.ts'

const tiers: Tier[] = ['free', 'pro', 'premium']
for (const pressure of [0.65, 0.75, 0.95]) {
  const answers = tiers.map((tier) => {
    const refusal = tierShed(tier, pressure)
    return refusal ? `${tier} ${refusal.status} (Retry-After ${refusal.retryAfterMs / 1_000} s)` : `${tier} served`
  })
  console.log(`pressure ${pressure}: ${answers.join(', ')}`)
}

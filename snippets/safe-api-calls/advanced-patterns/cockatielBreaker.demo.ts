import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { inProcessTransport } from '../call-patterns/callLlm.ts'
import { twoPods } from './cockatielBreaker.ts'

const vendor = createFakeLlm({ plan: { status: 500 } }) // a vendor that is down
const states = await twoPods(inProcessTransport(vendor.app), 'http://vendor.test/v1/chat/completions')
const sent = (pod: string) => vendor.stats.log.filter(r => r.client === pod).length
console.log(`pod A: breaker ${states.a} after ${sent('A')} of its 10 calls`)
console.log(`pod B: breaker ${states.b}, ${sent('B')} more requests to the broken vendor`)
console.log(`the vendor saw ${vendor.stats.requests} failing requests`)

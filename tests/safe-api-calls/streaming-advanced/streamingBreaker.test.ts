// The chunk-aware breaker: failures open it, open means no stream is even started, short clean
// streams and client disconnects are not counted, 2 long streams after the open timeout close it.
import { afterEach, describe, expect, it } from 'vitest'
import { BreakerStateMachine } from '../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'
import { BreakerOpenError, ClientAbortError, UpstreamHttpError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { chunkAwareOutcome, execute, GUIDE_STREAM_BREAKER, memoryBreaker } from '../../../snippets/safe-api-calls/streaming-advanced/streamingBreaker.ts'

let now = 0
const breaker = () => memoryBreaker(new BreakerStateMachine(GUIDE_STREAM_BREAKER, () => now))
afterEach(() => { now = 0 })

async function* chunks(n: number, fail?: Error): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i
  if (fail) throw fail
}
async function consume(it: AsyncIterable<number>, stopAfter = Infinity): Promise<number> {
  let n = 0
  for await (const _ of it) {
    if (++n >= stopAfter) break
  }
  return n
}

describe('chunk-aware outcomes', () => {
  it('classifies each way a stream can end', () => {
    expect(chunkAwareOutcome({ chunks: 12, completed: true }, 10)).toBe('success')
    expect(chunkAwareOutcome({ chunks: 4, completed: true }, 10)).toBe('neutral')
    expect(chunkAwareOutcome({ chunks: 3, completed: false, error: new Error('reset') }, 10)).toBe('vendor-fault')
    expect(chunkAwareOutcome({ chunks: 50, completed: false }, 10)).toBe('neutral') // consumer stopped
    expect(chunkAwareOutcome({ chunks: 50, completed: false, error: new ClientAbortError('gone') }, 10)).toBe('neutral')
    expect(chunkAwareOutcome({ chunks: 0, completed: false, error: new UpstreamHttpError(401, undefined) }, 10)).toBe('neutral')
  })
})

describe('execute', () => {
  it('5 failing streams open it; then it throws BreakerOpenError before calling the stream function', async () => {
    const b = breaker()
    for (let i = 0; i < 5; i++)
      await expect(consume(await execute(b, () => chunks(2, new Error('reset'))))).rejects.toThrow('reset')
    expect(b.machine.state).toBe('open')
    let opened = 0
    await expect(execute(b, () => { opened++; return chunks(12) })).rejects.toBeInstanceOf(BreakerOpenError)
    expect(opened).toBe(0)
  })

  it('a 12-chunk stream is a success (it clears the failure count); a clean 4-chunk stream is not counted', async () => {
    const b = breaker()
    for (let i = 0; i < 4; i++)
      await consume(await execute(b, () => chunks(1, new Error('x')))).catch(() => {})
    expect(b.machine.counters.failures).toBe(4)
    await consume(await execute(b, () => chunks(4)))
    expect(b.machine.counters.failures).toBe(4) // not counted
    expect(await consume(await execute(b, () => chunks(12)))).toBe(12)
    expect(b.machine.counters.failures).toBe(0) // a success
  })

  it('a client-aborted 50-chunk stream is not counted', async () => {
    const b = breaker()
    for (let i = 0; i < 4; i++)
      await consume(await execute(b, () => chunks(1, new Error('x')))).catch(() => {})
    expect(await consume(await execute(b, () => chunks(100)), 50)).toBe(50)
    expect(b.machine.counters.failures).toBe(4)
    expect(b.machine.state).toBe('closed')
  })

  it('after the open timeout, 2 successful streams of at least 10 chunks close it', async () => {
    const b = breaker()
    for (let i = 0; i < 5; i++)
      await consume(await execute(b, () => chunks(0, new Error('x')))).catch(() => {})
    now += 60_000
    await consume(await execute(b, () => chunks(10)))
    expect(b.machine.state).toBe('half-open')
    await consume(await execute(b, () => chunks(10)))
    expect(b.machine.state).toBe('closed')
  })
})

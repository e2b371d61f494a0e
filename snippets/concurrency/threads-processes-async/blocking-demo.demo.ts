import { busyLoop, chunkedLoop, startTicker } from './blocking-demo.ts'

{
  using ticker = startTicker(10) // should tick every 10 ms
  busyLoop(300)
  console.log(`300 ms busy loop:    ${ticker.ticks()} ticks`)
}
{
  using ticker = startTicker(10)
  await chunkedLoop(300, 10)
  const ticks = ticker.ticks()
  console.log(`300 ms in 10 ms slices: ${ticks >= 5 ? 'ticking (5 or more)' : `${ticks} ticks`}`)
}

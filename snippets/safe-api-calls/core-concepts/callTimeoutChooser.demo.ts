import { cutFraction, percentiles } from './callTimeoutChooser.ts'

// 1,000 latencies (ms) shaped like the guide's example
const latency = (i: number) =>
  i < 500 ? 2000 + i * 4
    : i < 950 ? 4000 + (i - 499) * 31.2
      : i < 990 ? 20_000 + (i - 949) * 125
        : i < 995 ? 28_000 : 40_000
const sample = Array.from({ length: 1000 }, (_, i) => latency(i))
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const { p50, p95, p99 } = percentiles(sample)
console.log(`p50 ${s(p50)} | p95 ${s(p95)} | p99 ${s(p99)}`)
for (const timeoutS of [10, 20, 25, 30]) {
  const cut = cutFraction(sample, timeoutS * 1000) * 100
  console.log(`timeout ${timeoutS} s cuts ${cut.toFixed(1)}% of calls`)
}

import { cutFraction, percentiles } from './callTimeoutChooser.ts'

const sample = Array.from({ length: 1000 }, (_, i) =>
  i < 500 ? 2000 + i * 4 : i < 950 ? 4000 + (i - 499) * 31.2 : i < 990 ? 20_000 + (i - 949) * 125 : i < 995 ? 28_000 : 40_000) // 1,000 latencies shaped like the guide's example
const { p50, p95, p99 } = percentiles(sample)
console.log(`p50 ${(p50 / 1000).toFixed(1)} s | p95 ${(p95 / 1000).toFixed(1)} s | p99 ${(p99 / 1000).toFixed(1)} s`)
for (const timeoutS of [10, 20, 25, 30])
  console.log(`timeout ${timeoutS} s cuts ${(cutFraction(sample, timeoutS * 1000) * 100).toFixed(1)}% of calls`)

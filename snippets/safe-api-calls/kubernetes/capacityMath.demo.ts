import { againstContract, fleetTotal, localRatePerMin, podThroughputPerSec } from './capacityMath.ts'
const fleet = (pods: number, processesPerPod: number, perProcess: number) =>
  fleetTotal({ pods, processesPerPod, perProcess })
console.log(`pod throughput: ${podThroughputPerSec(50, 30_000).toFixed(2)}/s`)
console.log(`local rate x 0.8: ${Math.round(localRatePerMin(50, 30_000, 0.8))}/min`)
console.log(`10 pods x 500/min: ${fleet(10, 1, 500)}/min`)
console.log(`10 pods x 4 workers x 500: ${fleet(10, 4, 500)}/min`)
console.log(`sockets 10 x 2 x 50: ${fleet(10, 2, 50)}`)
for (const pods of [10, 20]) {
  const view = againstContract({ pods, processesPerPod: 1, perProcess: 80 }, 500)
  console.log(`HPA ${pods} pods x 80: ${view.total}/min vs 500 -> ${view.exceeds ? 'EXCEEDS' : 'ok'}`)
}

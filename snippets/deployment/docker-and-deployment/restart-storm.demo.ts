// Same database outage (ticks 5-15), ten containers, two liveness designs.
import { simulateOutage } from './health.ts'

for (const checksDb of [true, false]) {
  const { restarts, peakReconnects } = simulateOutage(checksDb)
  const design = checksDb ? 'liveness queries the database' : 'liveness is self-contained  '
  console.log(`${design}: ${restarts} restarts, ${peakReconnects} connections opened at once`)
}

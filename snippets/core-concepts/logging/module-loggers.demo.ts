// @normalize /\[\d\d:\d\d:\d\d\]/g -> [hh:mm:ss]
import { createRootLogger } from './basic-setup.ts'
import { memoryDestination } from './capture.ts'
import { moduleLogger } from './module-loggers.ts'

const out = memoryDestination()
const root = createRootLogger({ level: 'info', pretty: true, destination: out })
const data = moduleLogger(root, 'data')      // in src/data/loader.ts
const model = moduleLogger(root, 'model')    // in src/model/train.ts
data.info('loaded 1200 rows')
model.info('training started')
model.debug('batch 1 of 40')                 // the root's level is info: not written
data.warn('3 rows had no label')
out.lines().forEach(line => console.log(line))

// @normalize /\[\d\d:\d\d:\d\d\]/g -> [hh:mm:ss]
import { createRootLogger } from './basic-setup.ts'
import { memoryDestination } from './capture.ts'
import { moduleLogger } from './module-loggers.ts'

const out = memoryDestination()
const root = createRootLogger({ level: 'info', pretty: true, destination: out })   // dev output

const data = moduleLogger(root, 'data')         // src/data/loader.ts
const model = moduleLogger(root, 'model')       // src/model/train.ts
data.info('loaded 1200 rows')
model.info('training started')
model.debug('batch 1 of 40')                    // inherits info from the root: not written
data.warn('3 rows had no label')

out.lines().forEach(line => console.log(line))

// @normalize /\[\d\d:\d\d:\d\d\]/g -> [hh:mm:ss]
import { createRootLogger } from './basic-setup.ts'
import { memoryDestination } from './capture.ts'
import { loadModel } from './log-exception.ts'

const json = memoryDestination()
loadModel('/models/v3.bin', createRootLogger({ destination: json }))
const err: unknown = json.records()[0]?.err
console.log(`JSON: err has ${Object.keys(Object(err)).join(', ')}`)

const dev = memoryDestination()
loadModel('/models/v3.bin', createRootLogger({ destination: dev, pretty: true }))
const wanted = /ERROR|Error:|caused by/
console.log(dev.lines().map(line => line.trim()).filter(line => wanted.test(line)).join('\n'))

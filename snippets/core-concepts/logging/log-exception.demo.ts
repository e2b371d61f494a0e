// @normalize /\[\d\d:\d\d:\d\d\]/g -> [hh:mm:ss]
import { createRootLogger } from './basic-setup.ts'
import { memoryDestination } from './capture.ts'
import { loadModel } from './log-exception.ts'

const json = memoryDestination()
loadModel('/models/v3.bin', createRootLogger({ destination: json }))
const { err } = json.records()[0] ?? {}
console.log(`JSON err keys: ${Object.keys(err ?? {}).join(', ')}`)

const dev = memoryDestination()
loadModel('/models/v3.bin', createRootLogger({ destination: dev, pretty: true }))
const pretty = dev.lines().map(line => line.trim())
console.log(pretty.filter(line => /ERROR|"type"|"message"|Error:|caused by/.test(line)).join('\n'))

import { fromPythonLevel, PINO_LEVEL_VALUES } from './levels.ts'

const PYTHON = { DEBUG: 10, INFO: 20, WARNING: 30, ERROR: 40, CRITICAL: 50 }
for (const [name, value] of Object.entries(PYTHON)) {
  const level = fromPythonLevel(name)
  const pinoValue = PINO_LEVEL_VALUES[level]
  console.log(`${name.padEnd(8)} (${value}) -> ${level.padEnd(5)} (${pinoValue})`)
}
try { fromPythonLevel('NOTICE') }
catch (err) { console.log(err instanceof RangeError ? err.message : 'unexpected') }

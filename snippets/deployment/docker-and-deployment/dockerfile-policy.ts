// The kit has no Docker engine in CI, so its Dockerfiles are tested as text: dockerfile-ast parses
// them and each rule of the deck becomes a named check. Node only (reads files).
import { readFileSync } from 'node:fs'
import { DockerfileParser, type Instruction, ModifiableInstruction } from 'dockerfile-ast'

export const KIT_DOCKERFILE = new URL('./Dockerfile', import.meta.url)
export const KIT_DOCKERFILE_PNPM = new URL('./Dockerfile.pnpm', import.meta.url)
export const KIT_DOCKERFILE_CLUSTER = new URL('./Dockerfile.cluster', import.meta.url)

export interface Stage { name: string, image: string, instructions: Instruction[] }
export interface Violation { rule: string, message: string }
export interface PackageManager { lockfile: string, install: RegExp, prodInstall: RegExp }

export const npm: PackageManager = {
  lockfile: 'package-lock.json', install: /\bnpm ci\b/, prodInstall: /\bnpm ci\b.*--omit=dev/,
}
export const pnpm: PackageManager = {
  lockfile: 'pnpm-lock.yaml', install: /\bpnpm (fetch|install)\b/,
  prodInstall: /\bpnpm install\b.*--prod\b/,
}

// #region stages
/** Parse once; every rule reads the stage list (FROM starts a stage, `AS name` names it). */
export function parseStages(text: string): Stage[] {
  const stages: Stage[] = []
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const [image = '', , name] = instruction.getArguments().map(a => a.getValue())
      stages.push({ name: name ?? String(stages.length), image, instructions: [] })
    }
    else stages.at(-1)?.instructions.push(instruction)
  }
  return stages
}
export const readStages = (file: URL | string) => parseStages(readFileSync(file, 'utf8'))
// parseStages(kit Dockerfile) -> deps(node:24.11-bookworm-slim), build(deps),
//   prod-deps(deps), runtime(node:24.11-bookworm-slim)
// #endregion stages

const args = (i: Instruction) => i.getArgumentsContent() ?? ''
/** `--name=value` flags (COPY --from, HEALTHCHECK --interval, ...). */
const flags = (i: Instruction | undefined) =>
  (i instanceof ModifiableInstruction ? i.getFlags() : []).map(f => [f.getName(), f.getValue()] as const)
const of = (stage: Stage | undefined, keyword: string) =>
  stage?.instructions.filter(i => i.getKeyword() === keyword) ?? []
/** Exec form: a JSON array. dockerfile-ast gives no JSON strings for the shell form. */
export function execArgv(instruction: Instruction): string[] | undefined {
  const text = args(instruction).trim()
  if (!text.startsWith('[')) return undefined
  const parsed: unknown = JSON.parse(text)
  return Array.isArray(parsed) ? parsed.map(String) : undefined
}

// #region rules
export function checkDockerfile(text: string, pm: PackageManager = npm): Violation[] {
  const stages = parseStages(text)
  const runtime = stages.at(-1)
  const found: Violation[] = []
  const fail = (rule: string, message: string) => found.push({ rule, message })
  if (stages.length < 2) fail('multi-stage', 'single stage: build tools ship to production')
  if (!isPinnedSlim(runtime?.image ?? ''))
    fail('slim-base', `final base "${runtime?.image}" is not a pinned node:<version>-slim image`)
  if (!runsAsNonRoot(runtime)) fail('non-root', 'no USER other than root before the command')
  for (const name of secretLikeNames(stages)) fail('no-secrets', `${name} looks like a secret`)
  if (stages.some(s => of(s, 'COPY').some(c => /(^|\s)\.env\b/.test(args(c)))))
    fail('no-dotenv', '.env is copied into the image: inject it at run time')
  return [...found, ...checkCommand(runtime), ...checkHealthcheck(runtime),
    ...checkLayerOrder(stages, pm), ...checkProdDeps(stages, pm)]
}
// #endregion rules

export const isPinnedSlim = (image: string) =>
  /^node:\d+(\.\d+){0,2}-(bookworm-|bullseye-|trixie-)?slim$/.test(image)

function runsAsNonRoot(stage: Stage | undefined): boolean {
  const user = of(stage, 'USER').at(-1)
  return user !== undefined && !/^(root|0)(:|$)/.test(args(user).trim())
    && stage!.instructions.indexOf(user) < stage!.instructions.findIndex(i => i.getKeyword() === 'CMD')
}

const SECRET = /KEY|SECRET|PASSWORD|TOKEN/i
function secretLikeNames(stages: Stage[]): string[] {
  return stages.flatMap(s => s.instructions)
    .filter(i => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG')
    .map(i => (args(i).split(/[=\s]/)[0] ?? ''))
    .filter(name => SECRET.test(name))
}

// #region exec-form
/** Exec form starts node as PID 1, so SIGTERM reaches it; `sh -c` and `npm start` swallow it. */
export function checkCommand(stage: Stage | undefined, entry = /^dist\/.+\.js$/): Violation[] {
  const cmd = of(stage, 'CMD').at(-1) ?? of(stage, 'ENTRYPOINT').at(-1)
  const argv = cmd && execArgv(cmd)
  if (!cmd) return [{ rule: 'exec-form', message: 'no CMD: the image does not say what to run' }]
  if (!argv) return [{ rule: 'exec-form', message: `shell form "${args(cmd)}": signals go to sh` }]
  if (argv[0] !== 'node' || !entry.test(argv.at(-1) ?? ''))
    return [{ rule: 'exec-form', message: `"${argv.join(' ')}" must run node on the entry` }]
  return []
}
// #endregion exec-form

// #region healthcheck
const HEALTH_FLAGS = ['interval', 'timeout', 'start-period', 'retries'] as const
/** Slim images have no curl: the check is a node one-liner that fetches /health. */
export function checkHealthcheck(stage: Stage | undefined): Violation[] {
  const check = of(stage, 'HEALTHCHECK').at(-1)
  if (!check) return [{ rule: 'healthcheck', message: 'no HEALTHCHECK: a hung app looks fine' }]
  const names = new Set(flags(check).map(([name]) => name))
  return HEALTH_FLAGS.filter(f => !names.has(f))
    .map(f => ({ rule: 'healthcheck', message: `HEALTHCHECK has no --${f}` }))
}
// #endregion healthcheck

// #region layer-order
/** Lockfile first, install, THEN sources: a code change must not re-run the install layer. */
export function checkLayerOrder(stages: Stage[], pm: PackageManager = npm): Violation[] {
  const found: string[] = []
  const locked = new Set<string>() // stages holding the lockfile (child stages inherit it)
  for (const { name, image, instructions } of stages) {
    const steps = instructions.map(i => `${i.getKeyword()} ${args(i)}`)
    const sources = steps.findIndex(s => /^COPY (\.|src)(\/|\s)/.test(s)) // `COPY . .` too
    const lockfile = steps.findIndex((s, i) =>
      i === sources || (s.startsWith('COPY') && s.includes(pm.lockfile)))
    const install = steps.findIndex(s => s.startsWith('RUN') && pm.install.test(s))
    if (locked.has(image) || lockfile >= 0) locked.add(name)
    if (install < 0) continue
    if (!locked.has(name) || lockfile > install) found.push(`lockfile after the install (${name})`)
    if (sources >= 0 && sources < install) found.push(`sources copied before the install (${name})`)
  }
  if (!stages.some(s => of(s, 'RUN').some(r => pm.install.test(args(r)))))
    found.push('no lockfile install (npm ci)')
  return found.map(message => ({ rule: 'layer-order', message }))
}
// #endregion layer-order

function checkProdDeps(stages: Stage[], pm: PackageManager): Violation[] {
  const copy = of(stages.at(-1), 'COPY').find(c => /node_modules/.test(args(c)))
  const from = flags(copy).find(([name]) => name === 'from')?.[1]
  const source = stages.find(s => s.name === from)
  return source && of(source, 'RUN').some(r => pm.prodInstall.test(args(r))) ? []
    : [{ rule: 'prod-deps', message: 'runtime node_modules do not come from a production-only install' }]
}

// #region cluster-cmd
/** The cluster variant: same layers as the kit's Dockerfile, only the command differs. */
export function checkClusterVariant(base: string, variant: string): Violation[] {
  const layers = (text: string) => parseStages(text).flatMap(s => [s.image, ...s.instructions
    .filter(i => i.getKeyword() !== 'CMD').map(i => `${i.getKeyword()} ${args(i)}`)])
  const same = JSON.stringify(layers(base)) === JSON.stringify(layers(variant))
  return [
    ...(same ? [] : [{ rule: 'cluster-cmd', message: 'the variant changes more than CMD' }]),
    ...checkCommand(parseStages(variant).at(-1), /^dist\/cluster-primary\.js$/),
  ]
}
// #endregion cluster-cmd

import type { CodeRunner, CodeRunnerOutput } from '@slidev/types'
import { defineCodeRunnersSetup } from '@slidev/types'
import { ref } from 'vue'
// @ts-expect-error Slidev's virtual module: the import table of browser-run blocks
import deps from '#slidev/monaco-run-deps'
// @ts-expect-error the kit's virtual modules (setup/vite-plugins.ts)
import liveModules from 'virtual:kit-live-modules'
// @ts-expect-error the kit's virtual modules (setup/vite-plugins.ts)
import runner from 'virtual:kit-node-runner'
// @ts-expect-error the kit's virtual modules (setup/vite-plugins.ts)
import recordings from 'virtual:kit-recordings'
import { recordedLines } from './recorded-lines'

interface RunnerOptions {
  file?: string
  target?: 'node' | 'browser'
  timeout?: number
}

type RunEvent =
  | { type: 'stdout' | 'stderr', text: string }
  | { type: 'exit', code: number | null, timedOut: boolean, truncated: boolean, cancelled: boolean }

const nodeRunner = runner as { endpoint: string | null, secret: string | null }
const recorded = recordings as Record<string, string | null>
const running = new Map<string, AbortController>()

const badge = (why: string): CodeRunnerOutput => ({
  html: `<span class="kit-badge">recorded</span> <span class="kit-badge-why">${why}</span>`,
})

function recordingOutput(file: string | undefined, why: string): CodeRunnerOutput[] {
  const text = file ? recorded[file] : undefined
  if (text == null)
    return [{ error: `No recording for ${file ?? 'this block'} (${why}). Run \`npm run record\`.` }]
  return [badge(why), ...recordedLines(text).map(line => (line.stderr ? { text: line.text, class: 'kit-stderr' } : { text: line.text }))]
}

/** Streams a Node run into the slide line by line; falls back to the recording if the runner is unreachable. */
function runOnNode(code: string, options: RunnerOptions) {
  const out = ref<CodeRunnerOutput[]>([])
  const key = options.file ?? ''
  running.get(key)?.abort() // re-running a block cancels its previous run
  const controller = new AbortController()
  running.set(key, controller)
  const partial = { stdout: '', stderr: '' }
  const emit = (stream: 'stdout' | 'stderr', text: string, flush = false) => {
    const lines = (partial[stream] + text).split('\n')
    partial[stream] = flush ? '' : lines.pop()!
    const shown = flush ? lines.filter((line, i) => line || i < lines.length - 1) : lines
    out.value = [...out.value, ...shown.map(line => (stream === 'stderr' ? { text: line, class: 'kit-stderr' } : { text: line }))]
  }
  void (async () => {
    try {
      const response = await fetch(nodeRunner.endpoint!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kit-runner-secret': nodeRunner.secret! },
        body: JSON.stringify({ code, file: options.file, timeoutMs: options.timeout }),
        signal: controller.signal,
      })
      if (!response.ok || !response.body)
        throw new Error(`runner answered ${response.status}: ${await response.text()}`)
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffered = ''
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const lines = (buffered + chunk.value).split('\n')
        buffered = lines.pop()!
        for (const line of lines.filter(Boolean)) {
          const event = JSON.parse(line) as RunEvent
          if (event.type !== 'exit') {
            emit(event.type, event.text)
            continue
          }
          emit('stdout', '', true)
          emit('stderr', '', true)
          if (event.timedOut)
            out.value = [...out.value, { error: `Stopped: no result within ${(options.timeout ?? 10_000) / 1000} s (the whole process tree was killed).` }]
          else if (event.truncated)
            out.value = [...out.value, { error: 'Output truncated: the program printed more than 1 MB and was stopped.' }]
          else if (event.code !== 0 && !event.cancelled)
            out.value = [...out.value, { error: `Exited with code ${event.code}` }]
        }
      }
    }
    catch (error) {
      if (controller.signal.aborted)
        return
      console.warn('[kit] Node runner unreachable, showing the recording:', error)
      out.value = recordingOutput(options.file, 'the Node runner is unreachable')
    }
    finally {
      if (running.get(key) === controller)
        running.delete(key)
    }
  })()
  return out
}

export default defineCodeRunnersSetup((runners) => {
  // Browser-run demos import the deck's snippets by the same relative path the files use.
  Object.assign(deps as Record<string, unknown>, liveModules as Record<string, unknown>)
  const inBrowser = runners.ts!
  const run: CodeRunner = async (code, ctx) => {
    const options = ctx.options as RunnerOptions
    // Slidev turns imports into `import(...)` calls and would carry a comment that follows the
    // last import into that call, where its rewrite no longer finds it: full-line comments go.
    if (options.target !== 'node')
      return inBrowser(code.split('\n').map(line => (/^\s*\/\//.test(line) ? '' : line)).join('\n'), ctx)
    if (!nodeRunner.endpoint)
      return recordingOutput(options.file, 'Node blocks run live in `npm run dev`')
    return runOnNode(code, options)
  }
  return { ts: run, typescript: run }
})

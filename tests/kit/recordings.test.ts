// Every live block's recorded output still matches what its demo prints today.
// `npm run record` runs this file in record mode (KIT_RECORD=1) and rewrites the recordings;
// `KIT_DECKS=<deck…> npm run record` only those of some decks (ids or fuzzy names).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { kitRoot, loadCourse } from '../../scripts/lib/course.ts'
import { selectWrittenDecks } from '../../scripts/lib/find-deck.ts'
import { runOnNode, type RunEvent } from '../../scripts/lib/node-runner.ts'
import { nodeOutputText, normalizeOutput, readRecording, recordingFile, runBlocks, type RunBlock } from '../../scripts/lib/recordings.ts'
import { captureConsole } from '../support/capture-console.ts'

const recording = process.env.KIT_RECORD === '1'
const decks = selectWrittenDecks(loadCourse(), [process.env.KIT_DECKS ?? ''])
const blocks = new Map<string, RunBlock>()
for (const deck of decks) {
  for (const block of runBlocks(deck.id))
    blocks.set(block.file, blocks.get(block.file) ?? block)
}

/** What the demo prints, run where the slide runs it (browser demos: console calls; Node demos: a real process). */
async function output(block: RunBlock, source: string): Promise<string> {
  if (block.target === 'browser')
    return `${(await captureConsole(() => import(join(kitRoot, block.file)))).join('\n')}\n`
  const events: RunEvent[] = []
  for await (const event of runOnNode({ code: source, file: block.file, timeoutMs: 30_000 }))
    events.push(event)
  return nodeOutputText(events)
}

describe.runIf(blocks.size > 0)('recorded output of live blocks', () => {
  it.each([...blocks.values()])('$file', async (block) => {
    const source = readFileSync(join(kitRoot, block.file), 'utf8')
    const printed = await output(block, source)
    if (recording) {
      writeFileSync(join(kitRoot, recordingFile(block.file)), printed.replace(/\s+$/, '\n'))
      return
    }
    const stored = readRecording(block.file)
    expect(stored, `${block.file} (shown at ${block.at}) has no recording: run \`npm run record\``).toBeDefined()
    expect(normalizeOutput(printed, source), `${block.file} (shown at ${block.at}) no longer prints its recording ${recordingFile(block.file)}; if the change is intended, run \`npm run record\` and review the diff`)
      .toBe(normalizeOutput(stored!, source))
  }, 60_000)
})

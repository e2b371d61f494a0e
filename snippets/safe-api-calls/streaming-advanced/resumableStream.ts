// Partial failure: a checkpoint (last chunk id, chunk count) follows every chunk; an idle timeout
// resumes the upstream after the last id (bounded, with backoff); replayed ids are dropped, so the
// consumer sees no gap and no duplicate. The checkpoint is saved (Redis, TTL) when a stream fails.
// Browser-safe: Redis enters only as a type; MemoryCheckpointStore serves pages and demos.
import type { Redis } from 'ioredis'
import { z } from 'zod'
import { abortableSleep, fullJitter } from '../call-patterns/backoff.ts'
import type { LlmRequest } from '../call-patterns/callLlm.ts'
import { StreamIdleTimeoutError } from '../streaming-patterns/streamClocks.ts'
import { type LlmChunk, type StreamDeps, streamLlm } from '../streaming-patterns/streamLlm.ts'

// #region checkpoint
export interface StreamCheckpoint {
  streamId: string
  provider: string
  request: LlmRequest // the payload: a resume asks for the same completion
  chunksReceived: number
  lastChunkId: number // -1: nothing received yet
}

export interface CheckpointStore {
  save: (cp: StreamCheckpoint) => Promise<void>
  load: (streamId: string) => Promise<StreamCheckpoint | undefined>
}
// #endregion checkpoint

/** What comes back from storage is input: validated, and treated as missing when it does not parse. */
const StoredCheckpoint = z.object({
  streamId: z.string(), provider: z.string(), chunksReceived: z.number().int().min(0), lastChunkId: z.number().int().min(-1),
  request: z.object({ model: z.string().optional(), messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(1) }),
})

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch {
    return undefined
  }
}

export class RedisCheckpointStore implements CheckpointStore {
  readonly #redis: Redis
  readonly #ttlMs: number
  readonly #prefix: string
  constructor(redis: Redis, ttlMs: number, prefix = 'stream:cp:') {
    this.#redis = redis
    this.#ttlMs = ttlMs
    this.#prefix = prefix
  }

  // #region redisStore
  async save(cp: StreamCheckpoint): Promise<void> {
    await this.#redis.set(this.#prefix + cp.streamId, JSON.stringify(cp), 'PX', this.#ttlMs) // expires on its own
  }

  async load(streamId: string): Promise<StreamCheckpoint | undefined> {
    const raw = await this.#redis.get(this.#prefix + streamId)
    if (raw === null) return undefined
    const parsed = StoredCheckpoint.safeParse(safeJson(raw))
    return parsed.success ? parsed.data : undefined // corrupt or foreign: restart, never crash
  }
  // #endregion redisStore
}

/** In memory with a TTL: one process, browser demos, the in-process route. */
export class MemoryCheckpointStore implements CheckpointStore {
  readonly #items = new Map<string, { cp: StreamCheckpoint, expiresAt: number }>()
  readonly #ttlMs: number
  readonly #now: () => number
  constructor(ttlMs: number, now: () => number = Date.now) {
    this.#ttlMs = ttlMs
    this.#now = now
  }

  async save(cp: StreamCheckpoint): Promise<void> {
    this.#items.set(cp.streamId, { cp: structuredClone(cp), expiresAt: this.#now() + this.#ttlMs })
  }

  async load(streamId: string): Promise<StreamCheckpoint | undefined> {
    const item = this.#items.get(streamId)
    return item && item.expiresAt > this.#now() ? structuredClone(item.cp) : undefined
  }
}

// #region resumeFrom
/** The upstream continues after `lastId` (the fake LLM takes `resume_from` or `Last-Event-ID`). */
export async function* streamFrom(
  req: LlmRequest, deps: StreamDeps, lastId: number, signal: AbortSignal,
): AsyncGenerator<LlmChunk & { seq: number }> {
  const headers = lastId < 0 ? deps.headers : { ...deps.headers, 'last-event-id': String(lastId) }
  let seen = lastId
  for await (const chunk of streamLlm(req, { ...deps, headers }, signal)) {
    const seq = Number(chunk.id)
    if (!Number.isInteger(seq) || seq <= seen)
      continue // a replayed (or id-less) chunk is never forwarded twice
    seen = seq
    yield { ...chunk, seq }
  }
}
// #endregion resumeFrom

export interface ResumeDeps {
  stream: StreamDeps
  store: CheckpointStore
  provider: string
  maxResumes?: number // guide: 3
  rand?: () => number
}

// #region autoResume
export async function* resumableStream(
  req: LlmRequest, streamId: string, deps: ResumeDeps, signal: AbortSignal,
): AsyncGenerator<LlmChunk> {
  // The checkpoint lives in this generator's scope (the guide reads it back from shared storage).
  const cp: StreamCheckpoint = {
    streamId, provider: deps.provider, request: req, chunksReceived: 0, lastChunkId: -1,
  }
  for (let resumes = 0; ; resumes++) {
    try {
      for await (const chunk of streamFrom(req, deps.stream, cp.lastChunkId, signal)) {
        cp.lastChunkId = chunk.seq
        cp.chunksReceived++
        yield { id: chunk.id, text: chunk.text }
      }
      return
    }
    catch (err) {
      await deps.store.save(cp) // a client (or another pod) can resume later
      if (!(err instanceof StreamIdleTimeoutError) || resumes >= (deps.maxResumes ?? 3))
        throw err // only idle timeouts, at most 3 times: anything else is final
      await abortableSleep(fullJitter(resumes, deps.stream.backoff, deps.rand), signal)
    }
  }
}
// #endregion autoResume

// The only place that reads the environment, creates the shared client ONCE, listens, and
// closes everything on SIGTERM (server first, then the client). Node only.
import pino, { type Logger } from 'pino'
import { z } from 'zod'
import { requestContextMixin } from '../../core-concepts/structured-logging/request-context.ts'
import { listen, type Listening } from '../http-and-parameters/listen.ts'
import { createApp, createLlmClient, type LlmClient } from './stack.ts'

export const Settings = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LLM_URL: z.url(),
  ALLOWED_HOSTS: z.string().default('api.example.com').transform(s => s.split(',').map(h => h.trim())),
})

export interface StartOptions {
  log?: Logger
  createLlm?: (origin: string) => LlmClient
}

// #region server
export async function start(env: Record<string, string | undefined>,
  { log = pino({ mixin: requestContextMixin }), createLlm = createLlmClient }: StartOptions = {},
): Promise<Listening> {
  const settings = Settings.parse(env) // a bad value stops the boot
  const llm = createLlm(settings.LLM_URL) // once per process, never per request
  const app = createApp({ env, allowedHosts: settings.ALLOWED_HOSTS, log, llm })
  const server = await listen(app, settings.PORT)
  const close = async () => {
    process.off('SIGTERM', close)
    await server.close() // stop accepting, finish in-flight requests
    await llm.close() // then the shared client
  }
  process.once('SIGTERM', close)
  return { url: server.url, close }
}
// #endregion server

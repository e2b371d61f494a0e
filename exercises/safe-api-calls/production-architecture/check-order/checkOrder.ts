// Put the checks in order: refuse cheaply, then wait, then reserve, then spend.
import { z } from 'zod'
import type { Route } from '../../../../snippets/safe-api-calls/production-architecture/executionOrder.ts'

const Body = z.object({ prompt: z.string().min(1).max(20_000) })

export const chatRoute: Route = async (req, deps, signal) => {
  // TODO: this order reserves the permit before knowing whether the request can be served.
  // Reorder: validation -> user limit -> vendor token -> permit -> call.
  using _permit = await deps.permits.acquire(signal)
  if (!(await deps.userLimit(req.userId)))
    return { status: 429 }
  const body = Body.safeParse(req.body)
  if (!body.success)
    return { status: 400 }
  await deps.vendor.acquire(signal)
  return { status: 200, content: await deps.callVendor(body.data.prompt, signal) }
}

// Node's http.Agent (what axios and got use by default) has the literal httpx analogs: maxSockets
// per host, maxTotalSockets overall, maxFreeSockets = idle sockets kept warm. Node only.
import { Agent, get } from 'node:http'

// #region max-free-sockets
export const warmFloorAgent = (): Agent => new Agent({
  keepAlive: true, // reuse sockets (off by default before Node 19's globalAgent)
  maxSockets: 10, // per host: httpx max_connections, per origin
  maxTotalSockets: 50, // across hosts: the httpx total
  maxFreeSockets: 3, // idle sockets kept per host: httpx max_keepalive_connections
  timeout: 5_000, // idle socket timeout (ms)
})

/** Idle sockets the agent keeps, across hosts. */
export const idleSockets = (agent: Agent): number =>
  Object.values(agent.freeSockets).reduce((n, list) => n + (list?.length ?? 0), 0)
// #endregion max-free-sockets

/** GET through the agent, body read to the end (the socket returns to the free list after that). */
export function getText(agent: Agent, url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => { text += chunk })
      res.on('end', () => resolve(text))
      res.on('error', reject)
    }).on('error', reject)
  })
}

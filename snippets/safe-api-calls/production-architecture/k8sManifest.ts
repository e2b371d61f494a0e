// The guide's Kubernetes YAML as typed objects: the slides render them as tables, the tests check
// their invariants and the arithmetic they imply. Browser-runnable (data and pure functions).

// #region deployment
export const deployment = {
  replicas: 10,
  command: ['node', 'server.ts'], // in-flight 100 and backlog 200 come from validated env
  env: { MAX_IN_FLIGHT: '100', LISTEN_BACKLOG: '200' },
  resources: {
    requests: { cpu: '500m', memory: '512Mi' },
    limits: { cpu: '1000m', memory: '1Gi' },
  },
  livenessProbe: { path: '/health', initialDelaySeconds: 10, periodSeconds: 10 },
  readinessProbe: { path: '/ready', initialDelaySeconds: 5, periodSeconds: 5, failureThreshold: 3 },
  rollout: { maxSurge: '50%' },
  vendorPoolConnections: 50, // per pod (undici Pool connections)
} as const
// #endregion deployment

// #region ingressAnnotations
/** ingress-nginx: every one of these is PER CLIENT IP and per controller replica (burst 5x, 503). */
export const ingressAnnotations = {
  'nginx.ingress.kubernetes.io/limit-rps': { value: '2000', scope: 'per-ip' },
  'nginx.ingress.kubernetes.io/limit-connections': { value: '5000', scope: 'per-ip' },
  'nginx.ingress.kubernetes.io/limit-rpm': { value: '100', scope: 'per-ip' },
} as const
// #endregion ingressAnnotations

// #region rolloutSockets
/** Worst case during a rollout: old and surge pods all hold full pools to the vendor. */
type Fleet = { replicas: number, rollout: { maxSurge: string }, vendorPoolConnections: number }

export function rolloutSockets(d: Fleet): number {
  const surge = Number.parseInt(d.rollout.maxSurge, 10) / 100
  const pods = d.replicas + Math.ceil(d.replicas * surge) // 10 + 5 = 15
  return pods * d.vendorPoolConnections // 15 x 50 = 750
}
// #endregion rolloutSockets

/** '500m' -> 0.5 cores, '1' -> 1 core. */
export function cpuCores(q: string): number {
  return q.endsWith('m') ? Number(q.slice(0, -1)) / 1000 : Number(q)
}

/** '512Mi' / '1Gi' -> bytes. */
export function memoryBytes(q: string): number {
  const units: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 }
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(q)
  if (!m)
    throw new RangeError(`unsupported quantity ${q}`)
  return Number(m[1]) * (m[2] ? units[m[2]]! : 1)
}

import { handshakeMs, remoteHost, simulatePool } from './sim-pool.ts'

const handshake = { ...remoteHost, tlsMs: 80 } // try 300: a vendor on another continent
const cfg = { connections: 10, handshake, httpMs: 30 }
const { dnsMs, tcpMs, tlsMs } = handshake
console.log(`new socket: DNS ${dnsMs} + TCP ${tcpMs} + TLS ${tlsMs} = ${handshakeMs(handshake)} ms`)

const origin = 'https://api.vendor-a'
const oneByOne = [0, 1000, 2000].map((at, i) => ({ id: `req ${i + 1}`, origin, at }))
for (const r of simulatePool(cfg, oneByOne)) {
  const how = r.newSocket ? 'new socket, handshake + HTTP' : 'reused socket, HTTP only'
  console.log(`${r.id}: ${how} = ${r.end - r.start} ms`)
}
const burst = simulatePool(cfg, Array.from({ length: 11 }, (_, i) => ({ id: `#${i + 1}`, origin, at: 0 })))
const handshakes = burst.filter(r => r.newSocket).length
console.log(`11 at once, limit 10: ${handshakes} handshakes, #11 waits ${burst[10]?.start} ms for a socket`)

import { handshakeMs, remoteHost, simulatePool } from './sim-pool.ts'

const handshake = { ...remoteHost, tlsMs: 80 } // try 300: a vendor on another continent
const cfg = { connections: 10, handshake, httpMs: 30 }
const { dnsMs, tcpMs, tlsMs } = handshake
console.log(`new socket: DNS ${dnsMs} + TCP ${tcpMs} + TLS ${tlsMs} = ${handshakeMs(handshake)} ms`)

const oneByOne = [0, 1000, 2000].map((at, i) => ({ id: `req ${i + 1}`, origin: 'https://api.vendor-a', at }))
for (const r of simulatePool(cfg, oneByOne))
  console.log(`${r.id}: ${r.newSocket ? 'new socket, handshake + HTTP' : 'reused socket, HTTP only'} = ${r.end - r.start} ms`)

const atOnce = Array.from({ length: 11 }, (_, i) => ({ id: `#${i + 1}`, origin: 'https://api.vendor-a', at: 0 }))
const burst = simulatePool(cfg, atOnce)
const [eleventh] = burst.slice(10)
console.log(`11 at once, limit 10: ${burst.filter(r => r.newSocket).length} handshakes, #11 waits ${eleventh?.start} ms for a socket`)

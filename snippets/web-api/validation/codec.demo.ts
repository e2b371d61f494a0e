import { z } from 'zod'
import { Invoice } from './serialisation.ts'

const wire = { total: '19.99', issued_at: '2025-01-02T10:00:00.000Z' }
const invoice = z.decode(Invoice, wire) // in: strings -> cents and a Date
console.log(`decoded: ${invoice.total} cents, a Date: ${invoice.issued_at instanceof Date}`)
const out = z.encode(Invoice, { ...invoice, total: invoice.total + 1 }) // out: strings
console.log(`encoded: ${JSON.stringify(out)}`)

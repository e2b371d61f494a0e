import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import {
  Dashboard, describeNotification, Employee, Notification, TagsDeduped, TagsUnique,
} from '../../../snippets/web-api/validation/nested-unions.ts'

const company = { name: 'AE', address: { street: '2 Loom', zip_code: '12345' } }

describe('nested schemas and collections', () => {
  it('an invalid zip reports the three-part path', () => {
    const r = Employee.safeParse({ name: 'Grace', company: { ...company, address: { street: 'x', zip_code: 'ABC' } } })
    expect(r.error?.issues.map(i => i.path)).toEqual([['company', 'address', 'zip_code']])
    expect(Employee.safeParse({ name: 'G', company: { ...company, address: { street: 'x', zip_code: '12345-6789' } } }).success).toBe(true)
  })

  it('previous_companies defaults to a fresh []', () => {
    const a = Employee.parse({ name: 'Ada', company })
    const b = Employee.parse({ name: 'Bob', company })
    expect(a.previous_companies).toEqual([])
    expect(a.previous_companies).not.toBe(b.previous_companies)
  })

  it('duplicate tags are deduped, or rejected, per variant', () => {
    expect(TagsDeduped.parse(['a', 'b', 'a'])).toEqual(['a', 'b'])
    expect(TagsUnique.safeParse(['a', 'b', 'a']).error?.issues[0]?.message).toBe('Tags must be unique')
    expect(JSON.stringify(new Set(['a']))).toBe('{}') // why sets never go on the wire as-is
  })

  it('records, arrays of objects and tuples', () => {
    const ok = { widgets: [{ id: 1, label: 'cpu' }], preferences: { theme: 'dark' }, groups: { ops: ['ada'] }, location: [52.5, 13.4] }
    expect(Dashboard.parse(ok)).toEqual(ok)
    expect(Dashboard.safeParse({ ...ok, location: [52.5] }).success).toBe(false)
    expect(Dashboard.safeParse({ ...ok, preferences: { theme: 'neon' } }).error?.issues[0]?.path).toEqual(['preferences', 'theme'])
  })
})

describe('discriminated unions', () => {
  it('{type: "sms", phone_number} yields the sms branch', () => {
    const n = Notification.parse({ type: 'sms', phone_number: '+15550100' })
    expect(describeNotification(n)).toBe('text +15550100')
  })

  it('{type: "fax"} yields one issue listing email, sms, push', () => {
    const issues = Notification.safeParse({ type: 'fax' }).error!.issues
    expect(issues).toHaveLength(1)
    expect(issues[0]!.message).toContain('email')
    expect(issues[0]!.message).toContain('sms')
    expect(issues[0]!.message).toContain('push')
  })

  it('the exhaustive switch compiles (tsc checks describeNotification) and covers every branch', () => {
    expect(describeNotification({ type: 'push', device_token: 't' })).toBe('push to t')
    expect(describeNotification({ type: 'email', address: 'a@b.co', subject: 'Hi' })).toBe('mail a@b.co: Hi')
  })

  it('the demos print what the slides say', async () => {
    const nested = await captureConsole(() => import('../../../snippets/web-api/validation/nested.demo.ts'))
    expect(nested).toEqual(['["company","address","zip_code"]: ZIP is 12345 or 12345-6789', 'previous_companies: []'])
    const union = await captureConsole(() => import('../../../snippets/web-api/validation/union.demo.ts'))
    expect(union.slice(0, 2)).toEqual(['text +15550100', 'mail ada@example.com: Hi'])
    expect(union[2]).toMatch(/email.*sms.*push/)
  })
})

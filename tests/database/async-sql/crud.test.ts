import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import {
  createUser, deactivateUsers, deleteUser, escapeLike, getUser, listUsers, purgeInactive, updateUser,
} from '../../../snippets/database/async-sql/crud.ts'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import { captureConsole } from '../../support/capture-console.ts'

let statements: string[] = []
let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb(sql => statements.push(sql)) }, 30_000)
beforeEach(async () => { await t.reset(); statements = [] })
afterAll(() => t.close())

const seed = async (...names: string[]) => {
  for (const name of names)
    await createUser(t.db, { email: `${name.toLowerCase().replace(/\W/g, '')}@example.com`, name })
}

test('create returns the generated id and timestamp', async () => {
  const user = await createUser(t.db, { email: 'ada@example.com', name: 'Ada' })
  expect(user).toMatchObject({ id: 1, email: 'ada@example.com', isActive: true })
  expect(user.createdAt).toBeInstanceOf(Date)
})

test('read one: a missing id is undefined', async () => {
  await seed('Ada')
  expect((await getUser(t.db, 1))?.name).toBe('Ada')
  expect(await getUser(t.db, 999)).toBeUndefined()
})

test('list: active filter, escaped search, offset, limit, ordered by id', async () => {
  await seed('Zed', 'Ada', '100% Grace', 'Alan')
  await deactivateUsers(t.db, [4])
  const names = async (...args: Parameters<typeof listUsers> extends [unknown, ...infer R] ? R : never) =>
    (await listUsers(t.db, ...args)).map(u => u.name)
  expect(await names()).toEqual(['Zed', 'Ada', '100% Grace', 'Alan'])
  expect(await names({ active: true })).toEqual(['Zed', 'Ada', '100% Grace'])
  expect(await names({ active: false })).toEqual(['Alan'])
  expect(await names({ search: 'A' })).toEqual(['Ada', '100% Grace', 'Alan'])
  expect(await names({ search: '%' })).toEqual(['100% Grace'])   // not "everything"
  expect(await names({ search: '_' })).toEqual([])
  expect(await names({}, 1, 2)).toEqual(['Ada', '100% Grace'])
  expect(escapeLike('a%b_c\\')).toBe('a\\%b\\_c\\\\')
})

test('update returns the fresh row, or undefined for a missing id', async () => {
  await seed('Ada')
  expect(await updateUser(t.db, 1, { name: 'Ada L.' })).toMatchObject({ id: 1, name: 'Ada L.' })
  expect(await updateUser(t.db, 999, { name: 'Nobody' })).toBeUndefined()
  expect((await updateUser(t.db, 1, {}))?.name).toBe('Ada L.')
})

test('bulk update returns the affected count; an empty list sends no query', async () => {
  await seed('A', 'B', 'C')
  expect(await deactivateUsers(t.db, [1, 3, 999])).toBe(2)
  statements = []
  expect(await deactivateUsers(t.db, [])).toBe(0)
  expect(statements).toHaveLength(0)
})

test('delete returns true/false; purge returns the count', async () => {
  await seed('A', 'B', 'C')
  expect(await deleteUser(t.db, 2)).toBe(true)
  expect(await deleteUser(t.db, 2)).toBe(false)
  await deactivateUsers(t.db, [1, 3])
  expect(await purgeInactive(t.db)).toBe(2)
  expect(await listUsers(t.db)).toEqual([])
})

test('the live demo prints filters, escaped search and paging', async () => {
  const lines = await captureConsole(() => import('../../../snippets/database/async-sql/crud.demo.ts'))
  expect(lines).toEqual([
    'active: Ada, Alan, 100% Grace',
    'search "a": Ada, Alan, 100% Grace',
    'search "%": 100% Grace',
    'page 2 of 2: 100% Grace, Linus',
  ])
})

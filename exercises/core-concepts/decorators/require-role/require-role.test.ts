import { describe, expect, it } from 'vitest'
import { ForbiddenError, requireRole, type User } from './require-role.ts'

class ReportService {
  currentUser: User | undefined
  deleted: string[] = []
  archived: string[] = []

  constructor(user?: User) {
    this.currentUser = user
  }

  @requireRole('admin')
  deleteReport(id: string, reason: string): string {
    this.deleted.push(id)
    return `deleted ${id} (${reason})`
  }

  @requireRole('editor')
  archiveReport(id: string): number {
    this.archived.push(id)
    return this.archived.length
  }
}

const admin: User = { id: 'u1', role: 'admin' }
const viewer: User = { id: 'u2', role: 'viewer' }

function thrownBy(call: () => unknown): unknown {
  try {
    call()
  }
  catch (error) {
    return error
  }
  throw new Error('expected the call to throw')
}

describe('@requireRole(role)', () => {
  it('runs the method for the right role, passing arguments, `this` and the result through', () => {
    const service = new ReportService(admin)
    expect(service.deleteReport('r-1', 'duplicate')).toBe('deleted r-1 (duplicate)')
    expect(service.deleted).toEqual(['r-1'])
  })

  it('throws ForbiddenError for another role, without calling the method', () => {
    const service = new ReportService(viewer)
    const error = thrownBy(() => service.deleteReport('r-1', 'oops'))
    expect(error).toBeInstanceOf(ForbiddenError)
    expect(error).toBeInstanceOf(Error)
    expect(service.deleted).toEqual([])
  })

  it('names the decorated method in the message (from the decorator context)', () => {
    const service = new ReportService(viewer)
    expect(thrownBy(() => service.deleteReport('r-1', 'x'))).toMatchObject({ name: 'ForbiddenError', message: expect.stringContaining('deleteReport') })
    expect(thrownBy(() => service.archiveReport('r-2'))).toMatchObject({ message: expect.stringContaining('archiveReport') })
  })

  it('forbids a call without a signed-in user', () => {
    const service = new ReportService()
    expect(thrownBy(() => service.deleteReport('r-1', 'x'))).toBeInstanceOf(ForbiddenError)
    expect(service.deleted).toEqual([])
  })

  it('checks each method against its own role', () => {
    const editor = new ReportService({ id: 'u3', role: 'editor' })
    expect(editor.archiveReport('r-9')).toBe(1)
    expect(thrownBy(() => editor.deleteReport('r-9', 'x'))).toBeInstanceOf(ForbiddenError)
  })
})

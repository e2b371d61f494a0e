// The kit's tools answer bad input with one clear error.
import { describe, expect, it } from 'vitest'
import { chromiumPath } from '../../scripts/lib/chromium.ts'
import { allDecks, loadCourse } from '../../scripts/lib/course.ts'
import { findDeck, findDecks } from '../../scripts/lib/find-deck.ts'

const course = loadCourse()

describe('finding a deck by what a presenter types', () => {
  it('takes an id, a deck name, a fragment of the id, or words of the title', () => {
    expect(findDeck(course, 'core-concepts/decorators').id).toBe('core-concepts/decorators')
    expect(findDeck(course, 'decorators').id).toBe('core-concepts/decorators')
    expect(findDeck(course, 'decks/web-api/validation/slides.md').id).toBe('web-api/validation')
    expect(findDeck(course, 'valid').id).toBe('web-api/validation')
    const titles = new Map([['safe-api-calls/call-patterns', 'Call patterns: retries, backoff and Retry-After']])
    expect(findDeck(course, 'retries', allDecks(course), titles).id).toBe('safe-api-calls/call-patterns')
  })

  it('names the closest decks for an unknown name, and the candidates for an ambiguous one', () => {
    expect(() => findDeck(course, 'decoratrs')).toThrow('No deck matches "decoratrs". Closest: core-concepts/decorators')
    expect(() => findDeck(course, 'web-api/')).toThrow(/matches several decks: web-api\/http-and-parameters, web-api\/dependency-injection/)
  })

  it('reads several names, comma-separated or not, in course order without repeats', () => {
    expect(findDecks(course, ['validation,decorators', 'core-concepts/decorators']).map(d => d.id))
      .toEqual(['core-concepts/decorators', 'web-api/validation'])
  })
})

describe('Chromium', () => {
  it('comes from CHROMIUM_PATH, else /usr/bin/chromium, with the install command when absent', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nowhere/chromium' }))
      .toThrow('Chromium not found at CHROMIUM_PATH (/nowhere/chromium). Install it with `apt-get install -y chromium` (as root), or set CHROMIUM_PATH to a Chromium executable.')
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath)
  })
})

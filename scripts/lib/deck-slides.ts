// The slides of a deck as the audience sees them: numbers, titles and what each shows.
import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser/core'
import { deckPaths } from './course.ts'

export interface DeckSlide {
  /** 1-based number in the presentation (hidden slides are not counted). */
  no: number
  title: string
  /** The slide's markdown, without frontmatter and notes. */
  content: string
  note: string
  frontmatter: Record<string, unknown>
}

export interface DeckInfo {
  id: string
  title: string
  info: string
  source: string
  minutes: number
  slides: DeckSlide[]
}

export function readDeck(id: string): DeckInfo {
  const file = deckPaths(id).slides
  let parsed: ReturnType<typeof parseSync>['slides']
  try {
    parsed = parseSync(readFileSync(file, 'utf8'), file).slides
  }
  catch (error) {
    throw new Error(`decks/${id}/slides.md does not parse: ${error instanceof Error ? error.message : String(error)}`)
  }
  const visible = parsed.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
  const headmatter = (parsed[0]?.frontmatter ?? {}) as Record<string, unknown>
  return {
    id,
    title: String(headmatter.title ?? id),
    info: String(headmatter.info ?? ''),
    source: String(headmatter.source ?? ''),
    minutes: Number(headmatter.minutes ?? 0),
    slides: visible.map((slide, index) => ({
      no: index + 1,
      title: slide.title ?? String(slide.frontmatter.title ?? `Slide ${index + 1}`),
      content: slide.content,
      note: slide.note ?? '',
      frontmatter: slide.frontmatter as Record<string, unknown>,
    })),
  }
}

/** Title and summary of each deck, for finding a deck by what it teaches. */
export function deckTitles(ids: string[]): Map<string, string> {
  return new Map(ids.map((id) => {
    try {
      const deck = readDeck(id)
      return [id, `${deck.title} ${deck.info}`]
    }
    catch {
      return [id, id] // a deck that does not parse is still found by its id (and reported by the check)
    }
  }))
}

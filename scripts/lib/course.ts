// The course manifest (decks/course.json) and the paths derived from a deck id.
// Every kit tool reads the course through this module, never through its own list.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const kitRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export interface CourseDeck {
  /** `<section>/<deck>`, e.g. `core-concepts/decorators`. */
  id: string
  section: string
  name: string
  exercises: string[]
}

export interface CourseSection {
  id: string
  title: string
  decks: CourseDeck[]
}

export interface LearningPath {
  id: string
  title: string
  decks: string[]
}

export interface Course {
  reference: string
  sections: CourseSection[]
  paths: LearningPath[]
}

interface RawCourse {
  reference: string
  sections: { id: string, title: string, decks: { id: string, exercises: string[] }[] }[]
  paths: LearningPath[]
}

export function loadCourse(root: string = kitRoot): Course {
  const raw = JSON.parse(readFileSync(join(root, 'decks/course.json'), 'utf8')) as RawCourse
  return {
    reference: raw.reference,
    paths: raw.paths,
    sections: raw.sections.map(section => ({
      id: section.id,
      title: section.title,
      decks: section.decks.map(deck => ({
        id: `${section.id}/${deck.id}`,
        section: section.id,
        name: deck.id,
        exercises: deck.exercises,
      })),
    })),
  }
}

export function allDecks(course: Course): CourseDeck[] {
  return course.sections.flatMap(section => section.decks)
}

export const deckPaths = (id: string, root: string = kitRoot) => ({
  slides: join(root, 'decks', id, 'slides.md'),
  snippets: join(root, 'snippets', id),
  tests: join(root, 'tests', id),
  exercises: join(root, 'exercises', id),
})

/** Decks of the course whose slides exist on disk, in course order. */
export function writtenDecks(course: Course, root: string = kitRoot): CourseDeck[] {
  return allDecks(course).filter(deck => existsSync(deckPaths(deck.id, root).slides))
}

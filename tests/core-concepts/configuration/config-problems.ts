// The problems a ConfigError lists; fails the test when the call did not throw one.
import { ConfigError } from '../../../snippets/core-concepts/configuration/merge-sources.ts'

export function configError(load: () => unknown): ConfigError {
  try {
    load()
  }
  catch (err) {
    if (err instanceof ConfigError)
      return err
    throw err
  }
  throw new Error('expected a ConfigError, but the settings loaded')
}

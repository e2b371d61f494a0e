// What reading process.env by hand gives you: strings or undefined, and JavaScript's coercions.
export type RawEnv = Readonly<Record<string, string | undefined>>

// #region raw-pitfalls
export function readRaw(env: RawEnv) {
  return {
    debug: Boolean(env.DEBUG), // Boolean("false") === true
    workers: Number(env.WORKERS), // Number("") === 0
    port: Number(env.PORT), // missing: Number(undefined) is NaN
    apiKey: env.API_KEY, // missing: undefined, no error until it is used
  }
}
// #endregion raw-pitfalls

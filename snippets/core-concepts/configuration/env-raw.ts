// What reading process.env by hand gives you: strings or undefined, and JavaScript's coercions.
export type RawEnv = Readonly<Record<string, string | undefined>>

// #region raw-pitfalls
export function readRaw(env: RawEnv) {
  return {
    // Boolean("false") === true
    debug: Boolean(env.DEBUG),
    // Number("") === 0
    workers: Number(env.WORKERS),
    // missing: Number(undefined) is NaN
    port: Number(env.PORT),
    // missing: undefined, no error until used
    apiKey: env.API_KEY,
  }
}
// #endregion raw-pitfalls

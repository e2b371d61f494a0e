// fetch has no base URL, and `new URL('/users', base)` resolves from the host root: the `/v1` of
// the base is silently dropped. joinUrl appends instead. Browser-runnable.

// #region join
export interface JoinOptions { allowAbsolute?: boolean } // default false: stay on the base

/** base `https://api.example.com/v1` + `/users` -> `https://api.example.com/v1/users`. */
export function joinUrl(base: string, path: string, o: JoinOptions = {}): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) {
    if (!o.allowAbsolute) // a caller-supplied absolute URL would leak our auth header elsewhere
      throw new TypeError(`absolute URL not allowed: ${path}`)
    return new URL(path).href
  }
  const url = new URL(base)
  const [pathname = '', query] = path.split(/\?(.*)/s, 2)
  url.pathname = `${url.pathname}/${pathname}`.replace(/\/{2,}/g, '/') // one slash per joint
  if (query !== undefined) url.search = query
  return url.href
}
// #endregion join

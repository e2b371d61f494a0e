// A deterministic CPU-bound task for the concurrency decks: pure computation, plain number in and
// out, so it runs the same on the main thread, in a worker or in a browser.

// #region count-primes
/** Counts primes up to `limit` by trial division: deliberately slow, CPU only. */
export function countPrimes(limit: number): number {
  let count = 0
  for (let n = 2; n <= limit; n++) {
    let prime = true
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) { prime = false; break }
    }
    if (prime)
      count++
  }
  return count
}
// #endregion count-primes

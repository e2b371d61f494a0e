// Python's try/except/else/finally in TypeScript: there is no `else`, so success-only code
// goes after the inner try, where a failure of its own is NOT mistaken for a parse failure.
export interface MessageHooks {
  onSuccess(message: unknown): void
  onError(err: unknown): void
  cleanup(): void
}

// #region else-pattern
export function handleMessage(raw: string, hooks: MessageHooks): void {
  try {
    let message: unknown
    try {
      message = JSON.parse(raw)        // only the risky call sits in this try
    }
    catch (err) {
      hooks.onError(err)               // Python: except
      return
    }
    hooks.onSuccess(message)           // Python: else (its errors propagate)
  }
  finally {
    hooks.cleanup()                    // Python: finally (also on return)
  }
}
// #endregion else-pattern

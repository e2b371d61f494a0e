// Test and demo fixtures of the deck: a fixed test secret (never a real one) and three users.
import type { User } from './auth-chain.ts'
import { userRepo } from './auth-chain.ts'
import type { TokenSettings } from './jwt.ts'
import { AuthConfig, tokenSettings } from './jwt.ts'

/** 32 bytes, base64url: test-only, like every secret that appears in source. */
export const TEST_SECRET = 'dGVzdC1vbmx5LXNlY3JldC0wMTIzNDU2Nzg5YWJjZGU'

export const testTokens = (env: Record<string, string> = {}): TokenSettings =>
  tokenSettings(AuthConfig.parse({ JWT_SECRET: TEST_SECRET, ...env }))

export const ALICE: User = { id: 'u1', email: 'alice@example.com', role: 'user', active: true, permissions: ['posts:read'] }
export const ADMIN: User = { id: 'u2', email: 'admin@example.com', role: 'admin', active: true, permissions: ['posts:read', 'posts:delete'] }
export const BOB: User = { id: 'u3', email: 'bob@example.com', role: 'user', active: false, permissions: [] }

export const testUsers = () => userRepo(ALICE, ADMIN, BOB)
export const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })

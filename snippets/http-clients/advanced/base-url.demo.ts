import { joinUrl } from './base-url.ts'

const base = 'https://api.example.com/v1'
console.log(`new URL:  ${new URL('/users', base).href}`) // the /v1 is gone
console.log(`joinUrl:  ${joinUrl(base, '/users')}`)
console.log(`slashes:  ${joinUrl(`${base}/`, '/users/42?expand=1')}`)
try {
  joinUrl(base, 'https://evil.example/steal')
}
catch (err) {
  console.log(`absolute: ${err instanceof Error ? err.message : String(err)}`)
}

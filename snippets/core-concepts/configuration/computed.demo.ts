import { docsRoutes, ProfileSettings } from './computed.ts'

for (const environment of ['development', 'staging', 'production']) {
  const s = ProfileSettings.parse({ environment })
  const res = await docsRoutes(s).request('/docs')
  console.log(`${environment}: isProduction=${s.isProduction}, /docs -> ${res.status}`)
}

import { docsRoutes, ProfileSettings } from './computed.ts'

for (const environment of ['development', 'staging', 'production']) {
  const settings = ProfileSettings.parse({ environment })
  const res = await docsRoutes(settings).request('/docs')
  console.log(`${environment.padEnd(11)} isProduction=${settings.isProduction} GET /docs -> ${res.status}`)
}

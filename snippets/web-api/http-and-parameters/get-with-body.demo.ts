// The Fetch API refuses a GET request that carries a body, before anything is sent.
try {
  new Request('http://localhost/products', { method: 'GET', body: '{"name":"lamp"}' })
}
catch (error) {
  console.log(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
}

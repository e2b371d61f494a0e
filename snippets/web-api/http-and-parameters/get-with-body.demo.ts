// The Fetch API refuses a GET request that carries a body before anything is sent.
try {
  new Request('http://localhost/products', { method: 'GET', body: '{"name":"lamp"}' })
  console.log('created: this runtime allowed it')
}
catch (error) {
  console.log(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
}

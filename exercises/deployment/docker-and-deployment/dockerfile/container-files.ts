// The files the policy tests read: the Dockerfile and .dockerignore NEXT TO THIS FILE.
// Nothing to change here; rewrite those two files.
// Run: npm run exercise -- deployment/docker-and-deployment/dockerfile
export const DOCKERFILE = new URL('./Dockerfile', import.meta.url)
export const DOCKERIGNORE = new URL('./.dockerignore', import.meta.url)

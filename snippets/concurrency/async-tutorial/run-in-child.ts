// Runs one exported function of a module in a fresh Node process, so a crash (an unhandled
// rejection ends the process by default) can be watched instead of taking the caller down. Node only.
import { execFile } from 'node:child_process'

export interface ChildRun { code: number, stdout: string, stderr: string }

export function runExportInChild(moduleUrl: string, exportName: string): Promise<ChildRun> {
  const program = `const m = await import(${JSON.stringify(moduleUrl)}); await m[${JSON.stringify(exportName)}]()`
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', program], { timeout: 15_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }))
  })
}

/** The line of stderr that names the error (Node prints the source line and a caret first). */
export const errorLine = (stderr: string): string =>
  stderr.split('\n').find(line => /^\w*Error\b/.test(line)) ?? stderr.trim().split('\n')[0] ?? ''

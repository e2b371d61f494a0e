// A recording (`x.demo.recorded.txt`) as output lines: stderr lines carry a `[stderr] ` prefix.
export interface RecordedLine {
  text: string
  stderr: boolean
}

export function recordedLines(text: string): RecordedLine[] {
  return text.replace(/\n$/, '').split('\n').map(line => line.startsWith('[stderr] ')
    ? { text: line.slice(9), stderr: true }
    : { text: line, stderr: false })
}

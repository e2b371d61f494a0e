// A keyboard picker for the terminal: type to filter, arrows to move, Enter to choose, Esc to quit.
import { emitKeypressEvents } from 'node:readline'

export interface PickerItem {
  value: string
  label: string
  group: string
}

export function pick(items: PickerItem[], title: string): Promise<string | undefined> {
  const input = process.stdin
  const out = process.stdout
  let filter = ''
  let cursor = 0
  let drawn = 0

  const visible = () => items.filter(item => `${item.group} ${item.label} ${item.value}`.toLowerCase().includes(filter.toLowerCase()))

  function draw() {
    const list = visible()
    cursor = Math.min(cursor, Math.max(0, list.length - 1))
    const rows = Math.max(5, (out.rows || 24) - 4)
    const start = Math.max(0, Math.min(cursor - Math.floor(rows / 2), list.length - rows))
    const lines = [`${title}  \x1B[2m(type to filter, ↑/↓, Enter, Esc)\x1B[0m`, `> ${filter}`]
    let group = ''
    for (const [index, item] of list.slice(start, start + rows).entries()) {
      if (item.group !== group)
        lines.push(`\x1B[1m${(group = item.group)}\x1B[0m`)
      const selected = start + index === cursor
      lines.push(`${selected ? '\x1B[36m❯' : ' '} ${item.label}\x1B[0m`)
    }
    if (!list.length)
      lines.push('\x1B[2m  no deck matches\x1B[0m')
    out.write(`${drawn ? `\x1B[${drawn}A` : ''}\x1B[0J${lines.join('\n')}\n`)
    drawn = lines.length
  }

  return new Promise((done) => {
    emitKeypressEvents(input)
    input.setRawMode(true)
    input.resume()
    const finish = (value: string | undefined) => {
      input.off('keypress', onKey)
      input.setRawMode(false)
      input.pause()
      done(value)
    }
    const onKey = (text: string | undefined, key: { name?: string, ctrl?: boolean }) => {
      const list = visible()
      if (key.name === 'escape' || (key.ctrl && key.name === 'c'))
        return finish(undefined)
      if (key.name === 'return')
        return finish(list[cursor]?.value)
      if (key.name === 'up')
        cursor = Math.max(0, cursor - 1)
      else if (key.name === 'down')
        cursor = Math.min(list.length - 1, cursor + 1)
      else if (key.name === 'backspace')
        filter = filter.slice(0, -1)
      else if (text && text >= ' ' && !key.ctrl)
        filter += text
      draw()
    }
    input.on('keypress', onKey)
    draw()
  })
}

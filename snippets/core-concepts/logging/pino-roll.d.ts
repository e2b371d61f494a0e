// pino-roll 4 ships no types: the options the kit uses, from its JSDoc.
declare module 'pino-roll' {
  import type { SonicBoom } from 'sonic-boom'

  export interface PinoRollOptions {
    file: string | (() => string)
    size?: string | number
    frequency?: 'daily' | 'hourly' | number
    extension?: string
    symlink?: boolean
    limit?: { count?: number, removeOtherLogFiles?: boolean }
    dateFormat?: string
    mkdir?: boolean
  }

  export default function pinoRoll(options: PinoRollOptions): Promise<SonicBoom>
}

// Logging an error with pino: pass it under the `err` key so the serializer records type,
// message (with the causes' messages) and stack. Python's logger.exception has no equivalent:
// nothing is picked up implicitly.
import { pino } from 'pino'
import type { DestinationStream, Logger } from 'pino'

export function createErrorLogger(destination: DestinationStream = pino.destination(1)): Logger {
  return pino({ formatters: { level: label => ({ level: label }) } }, destination)
}

export function chargeCard(orderId: string): never {
  const gateway = new Error('gateway answered 502')
  throw new Error(`card charge failed for order ${orderId}`, { cause: gateway })
}

// #region pino-err
export function settleOrder(orderId: string, log: Logger): boolean {
  try {
    chargeCard(orderId)
  }
  catch (err) {
    // NOT log.error(err.message): stack and cause are lost
    // NOT log.error('failed', err): args after the message are not merged
    log.error({ err, orderId }, 'payment failed, order left unpaid')
    return false
  }
  return true
}
// #endregion pino-err

// The common mistakes in code, next to their fixes. Each pair writes the same facts.
import type { Logger } from 'pino'

// #region interpolated
export const purchaseWrong = (log: Logger, user: string, item: string, amount: number) =>
  log.info(`User ${user} bought ${item} for ${amount}`) // a sentence: back to regexes

export const purchaseRight = (log: Logger, userId: number, itemId: string, amount: number) =>
  log.info({ user_id: userId, item_id: itemId, amount }, 'item_purchased')
// #endregion interpolated

// #region repeated-fields
export function fulfilRepeated(log: Logger, order: number, user: number) {
  log.info({ order_id: order, user_id: user }, 'order_validated')
  log.info({ order_id: order, user_id: user }, 'payment_charged')
  log.info({ order_id: order, user_id: user }, 'order_shipped')
}
// #endregion repeated-fields

// #region one-child
export function fulfilWithChild(log: Logger, order: number, user: number) {
  const orderLog = log.child({ order_id: order, user_id: user })
  orderLog.info('order_validated')
  orderLog.info('payment_charged')
  orderLog.info('order_shipped')
}
// #endregion one-child

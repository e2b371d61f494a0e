import { describeNotification, Notification } from './nested-unions.ts'

for (const input of [
  { type: 'sms', phone_number: '+15550100' },
  { type: 'email', address: 'ada@example.com', subject: 'Hi' },
  { type: 'fax', number: '1' },
]) {
  const r = Notification.safeParse(input)
  console.log(r.success ? describeNotification(r.data) : r.error.issues.map(i => i.message).join())
}

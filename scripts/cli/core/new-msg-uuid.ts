// A fresh msgUuid for a message that came without one (the key's rules: playground/logic/robot/message/msg-uuid.ts).
import { randomUUID } from 'node:crypto'

export const newMsgUuid = (): string => randomUUID()

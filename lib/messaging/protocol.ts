/**
 * The one message protocol shared by every context. Each domain declares its messages
 * next to its code (`lib/<domain>/messages.ts`) and is merged here, so content scripts,
 * extension pages and the background import the same zod schemas.
 */
import type { z } from 'zod';
import { authMessages } from '../auth/messages';
import { mappingMessages } from '../mappings/messages';
import { policyMessages } from '../policy/messages';
import { screensMessages } from '../screens/messages';
import { simulationMessages } from '../simulation/messages';
import { systemMessages } from './system-messages';

export const protocol = {
  ...systemMessages,
  ...simulationMessages,
  ...screensMessages,
  ...authMessages,
  ...mappingMessages,
  ...policyMessages,
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ParsedRequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
export type ResponseOf<K extends MessageType> = z.output<Protocol[K]['response']>;

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

import { z } from 'zod';
import { ANY_SENDER, defineMessages } from './define';

export const systemMessages = defineMessages({
  'system.ping': {
    request: z.object({ text: z.string().max(200) }),
    response: z.object({ reply: z.string(), version: z.string(), sender: z.string() }),
    from: ANY_SENDER,
  },
});

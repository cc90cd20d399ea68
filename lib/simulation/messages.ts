import { z } from 'zod';
import { defineMessages, type SenderKind } from '../messaging/define';
import { customerFormViewSchema, loadResultSchema, pendingItemSchema, sessionViewSchema } from './schemas';

const WINDOW: readonly SenderKind[] = ['simulation'];
const WINDOW_OR_POPUP: readonly SenderKind[] = ['simulation', 'popup'];
const CONTENT: readonly SenderKind[] = ['content'];

const entryId = z.string().min(1).max(80);
const formValues = z.record(z.string().max(40), z.string().max(200));

/** Simulation window ↔ background, popup ↔ background, content → background. */
export const simulationMessages = defineMessages({
  'simulation.load': {
    request: z.object({ tabId: z.number().int(), frameId: z.number().int().min(0) }),
    response: loadResultSchema,
    from: WINDOW,
  },
  'simulation.get': {
    request: z.object({ entryId }),
    response: sessionViewSchema,
    from: WINDOW_OR_POPUP,
  },
  'simulation.start': {
    request: z.object({
      entryId,
      bankCodes: z.array(z.string().min(1).max(40)).min(1).max(30),
      terms: z.array(z.number().int().min(1).max(99)).min(1).max(20),
      downPaymentCents: z.number().int().min(0),
      answers: formValues,
    }),
    response: sessionViewSchema,
    from: WINDOW,
  },
  'simulation.poll': {
    request: z.object({ entryId }),
    response: sessionViewSchema,
    from: WINDOW,
  },
  'simulation.stopWaiting': {
    request: z.object({ entryId }),
    response: sessionViewSchema,
    from: WINDOW,
  },
  'simulation.customerForm': {
    request: z.object({ entryId, conditionId: z.string().min(1).max(60) }),
    response: customerFormViewSchema,
    from: WINDOW,
  },
  'simulation.propose': {
    request: z.object({ entryId, conditionId: z.string().min(1).max(60), answers: formValues }),
    response: sessionViewSchema,
    from: WINDOW,
  },
  'simulation.apply': {
    request: z.object({ entryId }),
    response: sessionViewSchema,
    from: WINDOW_OR_POPUP,
  },
  'simulation.focusTab': {
    request: z.object({ entryId }),
    response: z.object({ focused: z.boolean() }),
    from: WINDOW_OR_POPUP,
  },
  'simulation.pending': {
    request: z.object({}),
    response: z.object({ items: z.array(pendingItemSchema) }),
    from: WINDOW_OR_POPUP,
  },
  'simulation.atendimentoOnScreen': {
    request: z.object({ atendimento: z.string().min(1).max(40), fingerprint: z.string().max(200) }),
    response: z.object({ pending: z.array(z.object({ entryId: z.string(), proposalId: z.string() })) }),
    from: CONTENT,
  },
});

import { AppError } from '../errors';
import type { Handlers } from '../messaging/router';
import { createHandoff } from './handoff';
import { defaultPorts } from './ports';
import { createSimulationService, type SimulationService } from './service';
import type { LoadResult } from './view';

let service: SimulationService | null = null;
function svc(): SimulationService {
  service ??= createSimulationService(defaultPorts());
  return service;
}

/** The window's first load, started by the button's click (see handoff.ts). */
const firstLoads = createHandoff<LoadResult>(5_000);
const loadKey = (tabId: number, frameId: number) => `${tabId}:${frameId}`;

export function prepareLoad(tabId: number, frameId: number): void {
  firstLoads.start(loadKey(tabId, frameId), () => svc().load(tabId, frameId));
}

function load(tabId: number, frameId: number): Promise<LoadResult> {
  return firstLoads.take(loadKey(tabId, frameId)) ?? svc().load(tabId, frameId);
}

export const simulationHandlers: Handlers = {
  'simulation.load': ({ tabId, frameId }) => load(tabId, frameId),
  'simulation.get': ({ entryId }) => svc().get(entryId),
  'simulation.start': (input) => svc().start(input),
  'simulation.poll': ({ entryId }) => svc().poll(entryId),
  'simulation.stopWaiting': ({ entryId }) => svc().stopWaiting(entryId),
  'simulation.customerForm': ({ entryId, conditionId }) => svc().customerForm(entryId, conditionId),
  'simulation.propose': ({ entryId, conditionId, answers }) => svc().propose(entryId, conditionId, answers),
  'simulation.apply': ({ entryId }) => svc().applyPending(entryId),
  'simulation.focusTab': async ({ entryId }) => ({ focused: await svc().focus(entryId) }),
  'simulation.pending': async () => ({ items: await svc().pending() }),
  'simulation.atendimentoOnScreen': async ({ atendimento, fingerprint }, { tabId, frameId }) => {
    if (tabId === undefined) throw new AppError('FORBIDDEN_SENDER');
    const items = await svc().onScreen(tabId, frameId ?? 0, atendimento, fingerprint);
    return { pending: items.map((item) => ({ entryId: item.entryId, proposalId: item.proposalId })) };
  },
};

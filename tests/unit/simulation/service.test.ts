import { describe, expect, it } from 'vitest';
import { createSimulationService } from '../../../lib/simulation/service';
import { type CallLog, fakeApi, fakePorts } from './fake-ports';

const overlap = (a: CallLog, b: CallLog) => a.start < b.end && b.start < a.end;
const find = (log: CallLog[], name: string) => {
  const found = log.find((c) => c.name === name);
  if (!found) throw new Error(`${name} não chamado`);
  return found;
};

describe('simulation service calls', () => {
  it('opens the window with one round trip: required fields are asked while the integrated banks load', async () => {
    const log: CallLog[] = [];
    const service = createSimulationService(fakePorts({ api: fakeApi(log, { now: 0 }, 20) }));
    const loaded = await service.load(7, 0);
    expect(loaded.ready).toBe(true);
    expect(log.map((c) => c.name).sort()).toEqual([
      'getLeadRequiredFields',
      'listIntegratedBanks',
      'listLeadDomains',
    ]);
    expect(overlap(find(log, 'getLeadRequiredFields'), find(log, 'listIntegratedBanks'))).toBe(true);
  });

  it('writes the lead while the vehicle is looked up, then creates once and asks to poll soon', async () => {
    const log: CallLog[] = [];
    const service = createSimulationService(fakePorts({ api: fakeApi(log, { now: 0 }, 20) }));
    const loaded = await service.load(7, 0);
    if (!loaded.ready) throw new Error('not ready');
    log.length = 0;
    const view = await service.start({
      entryId: loaded.view.entryId,
      bankCodes: ['033', '341'],
      terms: [24, 36],
      downPaymentCents: 3_000_000,
      answers: {},
    });
    expect(log.map((c) => c.name)).toEqual(['upsertLead', 'findVehicleModels', 'createSimulation']);
    expect(overlap(find(log, 'upsertLead'), find(log, 'findVehicleModels'))).toBe(true);
    expect(find(log, 'createSimulation').start).toBeGreaterThanOrEqual(find(log, 'upsertLead').end);
    expect(view.status).toBe('polling');
    expect(view.nextPollInMs).toBeLessThanOrEqual(250);
  });
});

describe('simulation response schemas', () => {
  it('keep every field the window uses and drop what they do not declare', async () => {
    const { loadResultSchema, sessionViewSchema } = await import('../../../lib/simulation/schemas');
    const service = createSimulationService(fakePorts({ api: fakeApi([], { now: 0 }, 1) }));
    const loaded = await service.load(7, 0);
    expect(loadResultSchema.parse(loaded)).toEqual(loaded);
    if (!loaded.ready) throw new Error('not ready');
    const leaked = { ...loaded.view, customerCpfDigits: '52998224725' };
    expect(sessionViewSchema.parse(leaked)).not.toHaveProperty('customerCpfDigits');
    expect(sessionViewSchema.safeParse({ ...loaded.view, status: 'unknown' }).success).toBe(false);
  });
});

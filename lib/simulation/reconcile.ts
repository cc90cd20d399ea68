import type { Simulation } from '../api/credere-api';

/**
 * After a create whose outcome is unknown (INDETERMINATE, or a worker that died between
 * sending and recording), look for the simulation CREDERE may have created before
 * creating another: same lead, value, years and vehicle, created after we sent it.
 */
export interface ReconcileKey {
  leadCpfCnpj: string;
  assetsValueCents: number;
  modelYear: number;
  manufactureYear: number;
  molicarCode: string | null;
  /** Epoch ms when the create was sent; a small clock skew is tolerated. */
  sentAt: number;
  sellerCpf?: string | null;
}

const CLOCK_SKEW_MS = 2 * 60_000;

export function matchesAttempt(simulation: Simulation, key: ReconcileKey): boolean {
  if (simulation.leadCpfCnpj !== key.leadCpfCnpj) return false;
  if (simulation.assetsValueCents !== null && simulation.assetsValueCents !== key.assetsValueCents)
    return false;
  if (simulation.vehicleModelYear !== null && simulation.vehicleModelYear !== key.modelYear) return false;
  if (simulation.vehicleManufactureYear !== null && simulation.vehicleManufactureYear !== key.manufactureYear)
    return false;
  if (key.molicarCode && simulation.vehicleMolicarCode && simulation.vehicleMolicarCode !== key.molicarCode)
    return false;
  if (key.sellerCpf && simulation.sellerCpf && simulation.sellerCpf !== key.sellerCpf) return false;
  if (simulation.createdAt) {
    const created = Date.parse(simulation.createdAt);
    if (Number.isFinite(created) && created < key.sentAt - CLOCK_SKEW_MS) return false;
  }
  return true;
}

/** The most recent matching simulation, or null when CREDERE never got the create. */
export function findReconciled(simulations: Simulation[], key: ReconcileKey): Simulation | null {
  const matches = simulations.filter((s) => matchesAttempt(s, key));
  matches.sort((a, b) => Date.parse(b.createdAt ?? '') - Date.parse(a.createdAt ?? '') || 0);
  return matches[0] ?? null;
}

/** `after` for listProposalSimulations: the send date in America/Sao_Paulo, YYYY-MM-DD. */
export function afterDate(sentAt: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Sao_Paulo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(sentAt - CLOCK_SKEW_MS));
  return parts;
}

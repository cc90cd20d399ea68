import type { AuthStatus } from '../auth/status';
import { t } from '../i18n/t';
import { readinessStrings as s } from './readiness-strings';
import { ALL_STORES, isMapped } from './records';
import type { CredereCache, MappingRepository } from './repository';

export interface ReadinessInput {
  /** LinxDMS loja (empresa/filial) code of the screen. */
  lojaDmsCode: string;
  /** LinxDMS profession code of the customer, when the flow knows it. */
  professionDmsCode?: string;
  /** Financeira codes offered on the screen: at least one must be mapped for the store. */
  financeiraCodes?: string[];
}

export type ReadinessCheck = 'autorizacao' | 'loja' | 'bancos' | 'profissao';

export interface ReadinessFailure {
  check: ReadinessCheck;
  /** pt-BR, says exactly what to map or do. */
  message: string;
  /** Options page place to fix it, e.g. "options.html#lojas". */
  link: string;
}

export interface ReadinessResult {
  ready: boolean;
  failures: ReadinessFailure[];
  /** What the checks resolved, for the simulation flow. */
  resolved: {
    credereStoreId: string | null;
    credereStoreName: string | null;
    bankCodes: string[];
    profession: { id: number | null; identifier: string | null } | null;
  };
}

export interface ReadinessDeps {
  repo: MappingRepository;
  getAuthStatus: () => Promise<AuthStatus>;
  /** Integrated banks per store, when known: a bank mapped for "all stores" only counts where it is integrated. */
  cache?: CredereCache;
}

export const OPTIONS_LINKS = {
  autorizacao: 'options.html#autenticacao',
  lojas: 'options.html#lojas',
  bancos: 'options.html#bancos',
  profissoes: 'options.html#profissoes',
} as const;

/**
 * Can a salesperson simulate from this screen? Used by the options page (readiness panel)
 * and by the simulation flow before calling CREDERE, so a missing mapping is reported as
 * what to map and where, not as a bank error with a customer waiting.
 */
export async function checkReadiness(input: ReadinessInput, deps: ReadinessDeps): Promise<ReadinessResult> {
  const failures: ReadinessFailure[] = [];
  const resolved: ReadinessResult['resolved'] = {
    credereStoreId: null,
    credereStoreName: null,
    bankCodes: [],
    profession: null,
  };

  try {
    const auth = await deps.getAuthStatus();
    if (!auth.configured) {
      failures.push({
        check: 'autorizacao',
        message: t(s.authNotConfigured),
        link: OPTIONS_LINKS.autorizacao,
      });
    } else if (!auth.connected || auth.needsReauthorization) {
      failures.push({ check: 'autorizacao', message: t(s.authMissing), link: OPTIONS_LINKS.autorizacao });
    }
  } catch {
    failures.push({ check: 'autorizacao', message: t(s.authUnknown), link: OPTIONS_LINKS.autorizacao });
  }

  const lojaCode = input.lojaDmsCode.trim();
  const loja = lojaCode ? await deps.repo.get('loja', ALL_STORES, lojaCode) : null;
  const lojaLabel = loja?.dmsName ? `${lojaCode} (${loja.dmsName})` : lojaCode;
  if (!lojaCode) {
    failures.push({ check: 'loja', message: t(s.lojaUnknownOnScreen), link: OPTIONS_LINKS.lojas });
  } else if (!loja || !isMapped('loja', loja)) {
    failures.push({
      check: 'loja',
      message: t(s.lojaNotMapped, lojaLabel),
      link: `${OPTIONS_LINKS.lojas}?codigo=${encodeURIComponent(lojaCode)}`,
    });
  } else {
    resolved.credereStoreId = loja.credereStoreId;
    resolved.credereStoreName = loja.credereStoreName;
  }

  if (resolved.credereStoreId) {
    const storeId = resolved.credereStoreId;
    const [own, shared, integrated] = await Promise.all([
      deps.repo.list('banco', storeId),
      deps.repo.list('banco', ALL_STORES),
      deps.cache?.read<{ code: string }>(`integrated:${storeId}`) ?? null,
    ]);
    const integratedCodes = integrated
      ? new Set(integrated.items.map((bank) => bank.code.toLowerCase()))
      : null;
    const wanted = input.financeiraCodes?.length ? new Set(input.financeiraCodes.map((c) => c.trim())) : null;
    const ownCodes = new Set(own.map((row) => row.dmsCode));
    const effective = [
      ...own,
      // A store-specific row (even unmapped) overrides the "all stores" row of the same financeira.
      ...shared.filter((row) => !ownCodes.has(row.dmsCode)),
    ].filter(
      (row) =>
        isMapped('banco', row) &&
        (!wanted || wanted.has(row.dmsCode)) &&
        (!integratedCodes || integratedCodes.has(row.febrabanCode!.toLowerCase())),
    );
    resolved.bankCodes = [...new Set(effective.map((row) => row.febrabanCode!))];
    if (!resolved.bankCodes.length) {
      const storeLabel = resolved.credereStoreName ?? storeId;
      failures.push({
        check: 'bancos',
        message: wanted
          ? t(s.bancosNoneOfScreen, storeLabel, [...wanted].join(', '))
          : t(s.bancosNone, storeLabel),
        link: `${OPTIONS_LINKS.bancos}?loja=${encodeURIComponent(storeId)}`,
      });
    }
  }

  const professionCode = input.professionDmsCode?.trim();
  if (professionCode) {
    const profession = await deps.repo.get('profissao', ALL_STORES, professionCode);
    if (!profession || !isMapped('profissao', profession)) {
      const label = profession?.dmsName ? `${professionCode} (${profession.dmsName})` : professionCode;
      failures.push({
        check: 'profissao',
        message: t(s.profissaoNotMapped, label),
        link: `${OPTIONS_LINKS.profissoes}?codigo=${encodeURIComponent(professionCode)}`,
      });
    } else {
      resolved.profession = { id: profession.credereProfessionId, identifier: profession.credereIdentifier };
    }
  }

  return { ready: failures.length === 0, failures, resolved };
}

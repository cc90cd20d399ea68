// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { locate } from '@/lib/screens/locate';
import { fieldScope, queryFirst, screenMarker, urlMatches } from '@/lib/screens/match';
import { SHIPPED_PROFILES } from '@/lib/screens/profiles';
import { readSnapshot } from '@/lib/screens/read-screen';
import type { FieldKey, FieldSpec } from '@/lib/screens/types';
import { GOLDEN_DEALS } from '../../dms/golden-deals';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/screens');

function load(flow: string): void {
  const html = readFileSync(resolve(FIXTURES, `${flow}.html`), 'utf8');
  document.open();
  document.write(html.replace(/<link[^>]*>/g, ''));
  document.close();
  // happy-dom's parser does not honour `selected="selected"` (it selects another option);
  // a browser does, so the fixture's selection is re-applied from the attribute.
  for (const select of document.querySelectorAll('select')) {
    const chosen = select.querySelector('option[selected]') as HTMLOptionElement | null;
    if (chosen) chosen.selected = true;
  }
}

describe.each(SHIPPED_PROFILES.map((profile) => [profile.id, profile] as const))(
  'profile %s',
  (id, profile) => {
    const golden = GOLDEN_DEALS.find((deal) => deal.flow === id)!;

    beforeEach(() => load(id));

    it('matches the financing URL of its flow and no other flow', () => {
      expect(urlMatches(profile, `http://127.0.0.1:4020${golden.financingPath}`)).toBe(true);
      for (const other of GOLDEN_DEALS.filter((deal) => deal.flow !== id)) {
        expect(urlMatches(profile, `http://127.0.0.1:4020${other.financingPath}`)).toBe(false);
      }
      expect(urlMatches(profile, `http://127.0.0.1:4020${golden.entryPath}`)).toBe(false);
    });

    it('sees the Calcular fator marker and the button anchor', () => {
      const marker = screenMarker(profile, document);
      expect(marker).not.toBeNull();
      expect(queryFirst(document, profile.anchor.locators, true)).not.toBeNull();
    });

    it('every locator of every field matches exactly one visible element, the same one', () => {
      const scope = fieldScope(profile, document, screenMarker(profile, document)!);
      for (const [key, spec] of Object.entries(profile.fields) as [FieldKey, FieldSpec][]) {
        const elements = spec.locators.map((locator) => {
          const found = locate(scope, [locator]);
          expect(found.ok, `${key} ${JSON.stringify(locator)}: ${found.ok ? '' : found.reason}`).toBe(true);
          return found.ok ? found.el : null;
        });
        expect(new Set(elements).size, `${key}: locators disagree`).toBe(1);
      }
    });

    it('reads the golden deal snapshot exactly', () => {
      const snapshot = readSnapshot(profile, document, `http://127.0.0.1:4020${golden.financingPath}`);
      expect(snapshot).not.toBeNull();
      expect(snapshot!.problems).toEqual([]);
      expect(snapshot!.deal).toEqual(golden.snapshot);
      expect(snapshot!.fingerprint).toMatch(new RegExp(`^${id}:${golden.atendimento}:[0-9a-f]{8}$`));
    });

    it('does not see the screen when the Calcular fator tab is hidden', () => {
      const marker = screenMarker(profile, document)!;
      (marker as HTMLElement).style.display = 'none';
      expect(screenMarker(profile, document)).toBeNull();
      expect(readSnapshot(profile, document, location.href)).toBeNull();
    });
  },
);

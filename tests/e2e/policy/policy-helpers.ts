import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { DEV_EXTENSION_ID } from '../../../lib/extension-identity';

/**
 * Real Chromium managed policy for the specs run by with-policy.sh: files are written into
 * the private copy of /etc/chromium (PONTE_POLICY_DIR), which this process sees mounted at
 * /etc/chromium. Nothing here ever writes outside that copy.
 */
export const WITH_POLICY = process.env.WITH_POLICY === '1';

export function policyDir(): string {
  const dir = process.env.PONTE_POLICY_DIR;
  if (!WITH_POLICY || !dir) throw new Error('policy specs run only through tests/e2e/policy/with-policy.sh');
  // Prove the copy is the directory Chromium reads (the bind mount is in place).
  const marker = join(dirname(dir), '.ponte-policy-copy');
  const seen = '/etc/chromium/policies/.ponte-policy-copy';
  if (!existsSync(seen) || readFileSync(seen, 'utf8') !== readFileSync(marker, 'utf8')) {
    throw new Error('/etc/chromium is not the private copy: refusing to write policy');
  }
  return dir;
}

/** Removes every policy file, so each test starts with no policy. */
export function clearPolicies(): void {
  const dir = policyDir();
  for (const file of readdirSync(dir)) rmSync(join(dir, file), { force: true });
}

/**
 * Writes the extension's managed configuration (the 3rdparty section) and, optionally,
 * browser policies (ExtensionInstallForcelist, …) into one policy file.
 */
export function writePolicy(
  managed: Record<string, unknown> | null,
  browserPolicies: Record<string, unknown> = {},
  extensionId = DEV_EXTENSION_ID,
): void {
  const policy: Record<string, unknown> = { ...browserPolicies };
  if (managed) policy['3rdparty'] = { extensions: { [extensionId]: managed } };
  // Write then rename: Chromium must never read a half-written file.
  const path = join(policyDir(), 'ponte-credere.json');
  writeFileSync(`${path}.tmp`, JSON.stringify(policy, null, 2));
  rmSync(path, { force: true });
  writeFileSync(path, readFileSync(`${path}.tmp`));
  rmSync(`${path}.tmp`, { force: true });
}

/**
 * Asks Chromium to reload policy now through chrome://policy's "Reload policies" button
 * (the same as an admin would); otherwise the file watcher picks changes up after a few
 * seconds.
 */
export async function reloadPolicies(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://policy');
    await page.locator('#reload-policies').click();
  } finally {
    await page.close();
  }
}

/**
 * Signed CRX3 + self-hosting update manifest from a key the admin provides.
 *
 *   npm run package:crx -- --key path/to/key.pem [--codebase https://intranet.example/ponte] [--out dir] [--no-build]
 *
 * Builds .output/chrome-mv3 with PONTE_PUBLIC_KEY derived from the key (so the extension id
 * is the one the CRX signature proves; PONTE_RELEASE=1 in the environment gives a release
 * build), packs it with Chromium itself and writes `updates.xml` (gupdate format) pointing
 * at `<codebase>/ponte-credere-<version>.crx`. Prints a JSON summary (id, version, files).
 * The private key is only read, never copied next to the output.
 */
import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';

export interface PackOptions {
  keyPath: string;
  /** Built extension directory (default .output/chrome-mv3). */
  extensionDir?: string;
  outDir?: string;
  /** Public base URL where the .crx will be served (no trailing slash). */
  codebase?: string;
  /** Build first with PONTE_PUBLIC_KEY from the key (default true). */
  build?: boolean;
}

export interface PackResult {
  id: string;
  version: string;
  crxPath: string;
  updateManifestPath: string;
  crxFileName: string;
  publicKey: string;
}

/** The manifest `key` (base64 DER SubjectPublicKeyInfo) of a PEM private key. */
export function publicKeyOf(pem: string): string {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Chrome's extension id: sha256 of the DER public key, first 32 hex digits mapped 0-f → a-p. */
export function extensionIdOf(publicKeyB64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyB64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

function xmlEscape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function updateManifestXml(id: string, version: string, crxUrl: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${xmlEscape(id)}'>
    <updatecheck codebase='${xmlEscape(crxUrl)}' version='${xmlEscape(version)}' />
  </app>
</gupdate>
`;
}

export function packCrx(options: PackOptions): PackResult {
  const keyPath = resolve(options.keyPath);
  if (!existsSync(keyPath)) throw new Error(`chave não encontrada: ${keyPath}`);
  const publicKey = publicKeyOf(readFileSync(keyPath, 'utf8'));
  const id = extensionIdOf(publicKey);
  const extensionDir = resolve(options.extensionDir ?? join(ROOT, '.output/chrome-mv3'));
  if (options.build !== false) {
    const built = spawnSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, PONTE_PUBLIC_KEY: publicKey },
    });
    if (built.status !== 0) throw new Error('wxt build falhou');
  }
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    key?: string;
    version: string;
  };
  // A CRX whose key differs from the manifest key would install under a different id.
  if (manifest.key !== publicKey) {
    throw new Error(
      'A chave "key" do manifest não corresponde à chave informada: gere o build com PONTE_PUBLIC_KEY desta chave (sem --no-build).',
    );
  }
  const outDir = resolve(options.outDir ?? join(ROOT, '.output/crx'));
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'ponte-pack-'));
  try {
    const staging = join(work, 'ponte-credere');
    cpSync(extensionDir, staging, { recursive: true });
    const packed = spawnSync(
      CHROMIUM,
      [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        `--user-data-dir=${join(work, 'profile')}`,
        `--pack-extension=${staging}`,
        `--pack-extension-key=${keyPath}`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const produced = `${staging}.crx`;
    if (!existsSync(produced)) {
      throw new Error(`Chromium não gerou o CRX (status ${packed.status}): ${packed.stderr.slice(-500)}`);
    }
    const crxFileName = `ponte-credere-${manifest.version}.crx`;
    const crxPath = join(outDir, crxFileName);
    renameSync(produced, crxPath);
    const codebase = (options.codebase ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
    const updateManifestPath = join(outDir, 'updates.xml');
    writeFileSync(updateManifestPath, updateManifestXml(id, manifest.version, `${codebase}/${crxFileName}`));
    return { id, version: manifest.version, crxPath, updateManifestPath, crxFileName, publicKey };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const keyPath = argValue(args, '--key');
  if (!keyPath) {
    console.error(
      'uso: npm run package:crx -- --key caminho/da/chave.pem [--codebase URL] [--out DIR] [--no-build]',
    );
    process.exit(2);
  }
  try {
    const result = packCrx({
      keyPath,
      codebase: argValue(args, '--codebase'),
      outDir: argValue(args, '--out'),
      extensionDir: argValue(args, '--dir'),
      build: !args.includes('--no-build'),
    });
    console.info(JSON.stringify(result, null, 2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

/**
 * CLI: `node --import tsx tests/sandbox/main.ts [--port 4010] [--host 127.0.0.1] [--config '{"processingDelayMs":800}']`
 * Prints the origin and keeps running until Ctrl+C.
 */
import { parseArgs } from 'node:util';
import type { SandboxConfig } from './config';
import { startSandbox } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    config: { type: 'string' },
  },
});

const config = values.config ? (JSON.parse(values.config) as Partial<SandboxConfig>) : undefined;
const sandbox = await startSandbox({ port: Number(values.port), host: values.host, config });
console.info(sandbox.origin);
console.info(`CREDERE sandbox: API ${sandbox.apiRoot} | controle ${sandbox.origin}/__control`);

const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

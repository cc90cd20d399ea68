import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tiny loopback server for e2e pages that need no stand-in (random port). */
export async function serveHtml(
  pages: Record<string, string>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages[path];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '<!doctype html><title>404</title><p>não encontrado</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Chromium keeps connections alive; without this close() waits for them.
        server.closeAllConnections();
      }),
  };
}

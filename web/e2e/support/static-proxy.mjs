// Serves web/dist and passes /api to a samla server: the same single origin that
// `samla serve` gives once it serves the UI itself. Used by the e2e run when the binary does
// not serve static files, and by `node e2e/support/static-proxy.mjs URL` for a quick look.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

// Resolves with { url, close } once listening on a free loopback port.
export function startStaticProxy(distDir, apiUrl, port = 0) {
  const api = new URL(apiUrl);
  const server = createServer((req, res) => {
    if (req.url.startsWith('/api/')) {
      const upstream = httpRequest({ host: api.hostname, port: api.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(upstream);
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(distDir, pathname));
    const inside = file.startsWith(distDir);
    // Client-side routes fall back to the app.
    if (!inside || !existsSync(file) || statSync(file).isDirectory()) file = join(distDir, 'index.html');
    const hashed = pathname.startsWith('/assets/');
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      resolvePromise({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(fileURLToPath(new URL('../../dist', import.meta.url)));
  const { url } = await startStaticProxy(dist, process.argv[2] ?? 'http://127.0.0.1:8090', Number(process.argv[3] ?? 5174));
  console.log(`web/dist with the API of ${process.argv[2] ?? 'http://127.0.0.1:8090'} on ${url}`);
}

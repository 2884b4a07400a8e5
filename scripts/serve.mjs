// A minimal static server for dist/ on 127.0.0.1 (plain Node, no dependencies), serving .wasm as
// application/wasm. Used by scripts/run and the end-to-end tests.
//   node scripts/serve.mjs [DIR] [PORT]   (PORT 0 = any free port)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
};

/** Serves `dir` on 127.0.0.1; `base` is the sub-path it is served under (e.g. "/molnbedomning/");
 *  `headers` are added to every response (e.g. the hosting guide's Content-Security-Policy). */
export async function serve(dir, port = 0, base = "/", headers = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let rel = path.slice(base.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = await readFile(join(dir, rel));
      res.writeHead(200, { "content-type": types[extname(rel)] ?? "application/octet-stream", "cache-control": "no-cache", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = process.argv[2] ?? join(here, "..", "dist");
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  const { url } = await serve(dir, port);
  console.log(`Molnbedömning körs på ${url} (avsluta med Ctrl+C)`);
}

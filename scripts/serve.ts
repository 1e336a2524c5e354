/**
 * `npm start` / `npm run preview`: serves the built site (`dist/`) as the static host does, with
 * the server the end-to-end tests and the benchmark use (bench/static-server.ts).
 * PORT (default 4173) and HOST (default 127.0.0.1: this machine only) choose where it listens.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../bench/static-server';

const root = resolve(import.meta.dirname, '..', 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${join(root, 'index.html')} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${JSON.stringify(process.env.PORT)} is not a port number (0 to 65535).`);
  process.exit(1);
}

const server = await startStaticServer({ root, port, host });
console.log(`Serving ${root} at ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}

#!/usr/bin/env node
// Regenerates src/app/api-schema.ts from samla's OpenAPI document, so the TypeScript types
// mirror the server and a changed endpoint breaks the web build, and src/i18n/server-messages.json
// from GET /api/v1/messages, the server's table of field-error codes in English and Swedish, so
// the web words a field error from its code in the user's language.
//
//   npm run api-types                       start $SAMLA_BIN (default ../build/samla) on a
//                                           free port with a throwaway database, read the
//                                           document, stop it
//   SAMLA_URL=http://127.0.0.1:8090 npm run api-types    read it from a running server
//   npm run api-types -- --check            fail if either committed file is out of date
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(here, '..');
const schemaFile = 'src/app/api-schema.ts';
const messagesFile = 'src/i18n/server-messages.json';
const check = process.argv.includes('--check');

// Starts `samla serve` on port 0 and resolves with its base URL and a stop function.
export function startServer(bin, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'samla-web-'));
  const child = spawn(bin, ['serve', '--db', `sqlite:${join(dir, 'samla.db')}`, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`samla did not start:\n${log}`)), 15000);
    const onData = (chunk) => {
      log += chunk;
      const m = /samla listening on (http:\/\/[\d.:]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolvePromise({
          url: m[1],
          stop: () => {
            child.kill('SIGTERM');
            rmSync(dir, { recursive: true, force: true });
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`samla exited with ${code}:\n${log}`)));
  });
}

async function getJson(address) {
  const response = await fetch(address);
  if (!response.ok) throw new Error(`GET ${new URL(address).pathname}: ${response.status}`);
  return response.json();
}

// The same value with every object's keys in sorted order, so the written file is stable.
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
}

async function main() {
  let url = process.env.SAMLA_URL;
  let server = null;
  if (!url) {
    server = await startServer(resolve(webDir, process.env.SAMLA_BIN ?? '../build/samla'));
    url = server.url;
  }
  try {
    const document = await getJson(`${url}/api/v1/openapi.json`);
    const ast = await openapiTS(document, { alphabetize: true });
    const schema = `// Generated from samla's OpenAPI document by scripts/generate-api-types.mjs.\n// Do not edit: run \`npm run api-types\` after changing the API.\n${astToString(ast)}`;
    const messages = `${JSON.stringify(sortKeys(await getJson(`${url}/api/v1/messages`)), null, 2)}\n`;
    for (const [file, text] of [[schemaFile, schema], [messagesFile, messages]]) {
      const target = join(webDir, file);
      if (check) {
        let current = null;
        try {
          current = readFileSync(target, 'utf8');
        } catch {
          // A missing file is out of date too.
        }
        if (current !== text) {
          console.error(`${file} is out of date: run npm run api-types`);
          process.exitCode = 1;
        } else console.log(`${file} matches the server`);
      } else {
        writeFileSync(target, text);
        console.log(`wrote ${target}`);
      }
    }
  } finally {
    server?.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

// Runs the end-to-end files, SAMLA_E2E_WORKERS at a time (default 2: each file starts its own
// samla and Chromium, and they spend much of their time waiting on each other, so two fit a
// 2-core machine), prints each file's TAP output whole when it ends, and ends with one summary
// line; exits non-zero on failure. SAMLA_E2E_WORKERS=1 runs them one after another.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Longest first, so that no long file starts last and runs alone at the end: a file's size stands
// in for its running time (measured: the largest files take the longest).
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.mjs'))
  .sort((a, b) => statSync(join(here, b)).size - statSync(join(here, a)).size || a.localeCompare(b));
const workers = Math.max(1, Number(process.env.SAMLA_E2E_WORKERS ?? 2) || 1);
let passed = 0;
let failed = 0;
let skipped = 0;

function runFile(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--test', '--test-reporter=tap', join(here, file)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (status) => {
      process.stdout.write(`# ${file} (${Math.round((Date.now() - started) / 1000)} s)\n${out}`);
      if (err) process.stderr.write(err);
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
      passed += count('pass');
      failed += count('fail') + (status !== 0 && count('fail') === 0 ? 1 : 0);
      skipped += count('skipped');
      resolve();
    });
  });
}

const queue = [...files];
await Promise.all(
  Array.from({ length: Math.min(workers, queue.length) }, async () => {
    while (queue.length > 0) await runFile(queue.shift());
  }),
);
console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

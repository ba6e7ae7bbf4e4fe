// Runs the end-to-end files one after another (each starts its own samla and Chromium; two
// at once crowd a small machine) and ends with one summary line; exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', join(here, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(run.stdout);
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(run.stdout)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail') + (run.status !== 0 && count('fail') === 0 ? 1 : 0);
  skipped += count('skipped');
}
console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

// Everything an end-to-end run needs: a fresh samla on a free port with a throwaway SQLite
// database and the demo programme, one user per role, the web app on the same origin, and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticProxy } from './static-proxy.mjs';

export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = join(webDir, 'dist');
// Screenshots go to docs/screenshots/ only when asked (SAMLA_UPDATE_SCREENSHOTS=1), so a
// test run leaves the checkout as it was; otherwise to web/test-results/ (ignored by git).
export const screenshotDir = process.env.SAMLA_UPDATE_SCREENSHOTS
  ? resolve(webDir, '../docs/screenshots')
  : join(webDir, 'test-results', 'screenshots');
export const roles = ['admin', 'coordinator', 'facilitator', 'participant', 'observer'];
export const passwordFor = (role) => `e2e-${role}-password-1`;

const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

function samlaBin() {
  const bin = resolve(webDir, process.env.SAMLA_BIN ?? '../build/samla');
  if (!existsSync(bin)) throw new Error(`samla binary not found at ${bin}; build it or set SAMLA_BIN`);
  return bin;
}

function startSamla(bin, dbUrl, extra) {
  // --no-jobs: no digest lands in the outbox at a moment of its own while a test reads it.
  const child = spawn(bin, ['serve', '--db', dbUrl, '--port', '0', '--no-jobs', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`samla did not start:\n${log}`)), 20000);
    const onData = (chunk) => {
      log += chunk;
      const m = /samla listening on (http:\/\/[\d.:]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ url: m[1], child, log: () => log });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`samla exited with ${code}:\n${log}`));
    });
  });
}

function addUser(bin, dbUrl, role) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, ['user', 'add', role, '--role', role, '--db', dbUrl], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolvePromise() : reject(new Error(`samla user add ${role} failed: ${out}`))));
    child.stdin.end(`${passwordFor(role)}\n`);
  });
}

// Does the binary serve the UI itself (a flag --web DIR on serve)?
function serveFlags(bin) {
  const help = spawnSync(bin, ['serve', '--help'], { encoding: 'utf8' }).stdout ?? '';
  return /--web\b/.test(help) ? ['--web', distDir] : null;
}

// A running samla with the web app and a browser. By default on the demo programme with one
// user per role; `{ empty: true }` starts it as a new installation: no account, no data.
export async function startHarness({ empty = false } = {}) {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('web/dist is missing: run npm run build first');
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install chromium`);
  const bin = samlaBin();
  const dir = mkdtempSync(join(tmpdir(), 'samla-e2e-'));
  const dbUrl = `sqlite:${join(dir, 'samla.db')}`;
  // The first account makes the database (its migrations run once); the others are added side
  // by side, since each spends most of its time starting up and hashing its password.
  const accounts = empty ? [] : roles;
  if (accounts.length > 0) {
    await addUser(bin, dbUrl, accounts[0]);
    await Promise.all(accounts.slice(1).map((role) => addUser(bin, dbUrl, role)));
  }
  const webFlags = serveFlags(bin);
  const samla = await startSamla(bin, dbUrl, [...(empty ? [] : ['--demo']), ...(webFlags ?? [])]);
  const proxy = webFlags ? null : await startStaticProxy(distDir, samla.url);
  const baseUrl = proxy ? proxy.url : samla.url;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // launch() gives every run a fresh temporary profile (its own --user-data-dir).
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    baseUrl,
    apiUrl: samla.url,
    // The SQLite file, for what no API shows (the link to a person's own page, the mail's alone).
    dbPath: join(dir, 'samla.db'),
    servedBySamla: !proxy,
    browser,
    // Everything samla has printed so far (stdout and stderr).
    log: samla.log,
    // A fresh browser context (own cookies and storage) in the given language.
    async newPage({ locale = 'en-GB', viewport = { width: 1280, height: 900 } } = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, locale, viewport, acceptDownloads: true });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      // CSP refusals and script errors show up here; a 4xx the test provokes does too.
      page.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && console.error(`console: ${m.text()}`));
      return page;
    },
    async stop() {
      await browser.close().catch(() => {});
      await proxy?.close();
      samla.child.kill('SIGTERM');
      await new Promise((r) => (samla.child.exitCode !== null ? r() : samla.child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The secret of the one-time set-up link an empty server printed after "listening".
export async function printedSetupSecret(h) {
  for (let i = 0; i < 100; i++) {
    const m = /\/setup#([A-Za-z0-9_-]{43})/.exec(h.log());
    if (m) return m[1];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`samla printed no set-up link:\n${h.log()}`);
}

// Logs in through the form and waits for the app to leave the login page: as the harness's
// user of `role`, or as the account of that name with `password`.
export async function login(page, role, next = '/', password = passwordFor(role)) {
  await page.goto(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/^(Name|Namn)/).fill(role);
  await page.getByLabel(/^(Password|Lösenord)/).fill(password);
  await page.getByRole('button', { name: /^(Log in|Logga in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

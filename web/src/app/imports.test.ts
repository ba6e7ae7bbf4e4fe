// The import graph between the folders of web/src, read from the source: app/ and i18n/ are
// shared and import no capability (except app/capabilities.ts, the one list of them); the
// capability folders import each other without a cycle, and the register imports none.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capabilities } from './capabilities';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = ['app', 'i18n'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const folderOf = (file: string) => relative(src, file).split(sep)[0];

// Every relative import of every file: `import … from`, `export … from`, `import('…')`.
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.[^'"]*)\1/gm)].map((m) => m[2]);
  return specs.map((spec) => resolve(dirname(file), spec));
}

const files = sourceFiles(src);
const edges = new Map<string, Map<string, string[]>>(); // folder -> imported folder -> importing files
for (const file of files) {
  const from = folderOf(file);
  if (from.includes('.')) continue; // files directly in src/ (test-setup.ts)
  for (const target of importsOf(file)) {
    const to = folderOf(target);
    if (to === from || to.startsWith('..')) continue;
    const out = edges.get(from) ?? new Map<string, string[]>();
    out.set(to, [...(out.get(to) ?? []), relative(src, file)]);
    edges.set(from, out);
  }
}
const importsFolders = (folder: string) => [...(edges.get(folder)?.keys() ?? [])].sort();
const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
const capabilityFolders = folders.filter((name) => !shared.includes(name));

describe('the import graph', () => {
  it('finds the imports', () => {
    expect(importsFolders('register')).toContain('app');
    expect(importsFolders('app')).toContain('register');
  });

  it('has one registered capability per capability folder, named after it', () => {
    expect(capabilityFolders.length).toBeGreaterThan(0);
    expect(capabilities.map((c) => c.name).sort()).toEqual([...capabilityFolders].sort());
  });

  it('keeps the shared folders free of capabilities except the one list of them', () => {
    for (const folder of shared) {
      for (const to of importsFolders(folder)) {
        if (!capabilityFolders.includes(to)) continue;
        expect({ folder, to, files: edges.get(folder)!.get(to) }).toEqual({ folder, to, files: folder === 'app' ? ['app/capabilities.ts'] : [] });
      }
    }
  });

  it('lets capability folders import only app/, i18n/ and other capabilities', () => {
    for (const folder of capabilityFolders) {
      for (const to of importsFolders(folder)) expect([...shared, ...capabilityFolders]).toContain(to);
    }
  });

  it('has no cycle between capability folders', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[][] = [];
    const visit = (folder: string, trail: string[]) => {
      if (state.get(folder) === 'done') return;
      if (state.get(folder) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(folder)), folder]);
        return;
      }
      state.set(folder, 'visiting');
      for (const to of importsFolders(folder)) if (capabilityFolders.includes(to)) visit(to, [...trail, folder]);
      state.set(folder, 'done');
    };
    for (const folder of capabilityFolders) visit(folder, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the register free of the capabilities built on it', () => {
    expect(importsFolders('register').filter((to) => capabilityFolders.includes(to))).toEqual([]);
    expect(importsFolders('register')).not.toContain('analysis');
  });
});

/**
 * Everything `npm run build` loads is a dependency, not a devDependency: a host that installs only what a site
 * needs (`npm ci --omit=dev`) still builds it. The test tools (src/checks/, tests/, e2e/) may use devDependencies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** The build's own files: src/ but the test-side checks, and the Astro config. */
const buildFiles = [
  'astro.config.mjs',
  ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mjs|astro)$/.test(f) && !f.startsWith('checks/'))
    .map((f) => join('src', f)),
];

/** The package a module specifier names: `@scope/name` or `name`, without a subpath or query. */
const packageOf = (specifier: string) => specifier.split('?')[0]!.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Packages a file loads at run time (type-only imports are left out: they vanish when compiled). */
function packagesLoaded(source: string): string[] {
  const specifiers = [
    ...[...source.matchAll(/^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ...[...source.matchAll(/^\s*export\s+(?!type\s)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ...[...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!),
  ];
  return specifiers.filter((s) => !/^(\.|\/|node:|astro:|virtual:)/.test(s)).map(packageOf);
}

describe('the build needs only dependencies', () => {
  it('every package the build loads is listed under dependencies', () => {
    const misplaced = buildFiles.flatMap((file) =>
      packagesLoaded(readFileSync(join(root, file), 'utf8'))
        .filter((name) => !(name in pkg.dependencies))
        .map((name) => `${file}: ${name}${name in pkg.devDependencies ? ' (a devDependency)' : ' (not listed)'}`),
    );
    expect(misplaced).toEqual([]);
    expect(buildFiles.length).toBeGreaterThan(20);
  });

  it('the Node that npm scripts run the build with is a dependency, pinned exactly', () => {
    expect(pkg.dependencies['node']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('reads imports the way the build files write them', () => {
    expect(packagesLoaded("import sharp from 'sharp';\nimport type { Root } from 'mdast';\nimport { a } from './a';")).toEqual(['sharp']);
    expect(packagesLoaded("import 'astro/zod';\nconst x = await import('pagefind/x.js');")).toEqual(['astro', 'pagefind']);
    expect(packagesLoaded("import searchUi from '../../scripts/search-ui.ts?worker&url';\nimport { z } from '@astrojs/mdx/y';")).toEqual(['@astrojs/mdx']);
  });
});

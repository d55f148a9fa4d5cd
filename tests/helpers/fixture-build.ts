/**
 * Runs Astro over a copy of the content under test (CONTENT_DIR, default content/) with one change, to see
 * what a clinic would see when an entry is wrong. Each fixture has its own content folder, cache and output
 * folder, so it never touches the real site's build, and fixture builds can run at the same time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CONTENT_DIR, ROOT } from './content';

const root = ROOT;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/** Fixture folders made so far; test files remove them with `afterAll(removeFixtures)`. */
const made: string[] = [];

/** Removes the fixture folders this process made, and their builds. */
export function removeFixtures() {
  for (const dir of made.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(fixtureOutDir(dir), { recursive: true, force: true });
  }
}

/**
 * Where a fixture's site is built. Inside the project on purpose: Astro keeps a build's prerendered code in
 * its output folder only when that folder is inside the project (elsewhere it uses the project's one .astro/
 * folder, which two builds at the same time would overwrite), and that code must find the project's packages.
 */
export function fixtureOutDir(contentDir: string): string {
  return join(root, 'node_modules/.cache/aftercare-fixture-builds', basename(contentDir));
}

/** Copies the content under test into a temp folder and applies `edit` to one file (path relative to it). */
export function contentFixture(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-content-'));
  made.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The fixture edit changed nothing in ${file}`);
  writeFileSync(path, after);
  return dir;
}

/**
 * What Vitest sets in its workers' environment (its own and Vite's import.meta.env). Astro would inherit them:
 * NODE_ENV=test and DEV=1 build a different site from `npm run build` (unminified, development renderers) and
 * take five times as long. Left out, so a fixture builds as a clinic's build does.
 */
const TEST_RUNNER_ENV = /^(?:NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** Runs `astro <command>` (sync or build) over a content folder; returns the exit code and all output. */
export function runAstro(command: 'sync' | 'build', contentDir: string, extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [astroBin, command], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_ENV.test(key))),
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(contentDir, '.cache'),
      OUT_DIR: fixtureOutDir(contentDir),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...extraEnv,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

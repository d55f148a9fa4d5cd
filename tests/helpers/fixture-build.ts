/**
 * Runs Astro over a copy of the content under test (CONTENT_DIR, default content/) with one change, to see
 * what a clinic would see when an entry is wrong. Each fixture has its own content folder and cache, so it never touches the real site's build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CONTENT_DIR, ROOT } from './content';

const root = ROOT;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/** Fixture folders made so far; test files remove them with `afterAll(removeFixtures)`. */
const made: string[] = [];

/** Removes the fixture folders this process made. */
export function removeFixtures() {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
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

const BUILD_LOCK = join(root, 'node_modules/.cache/aftercare-build.lock');
/** A lock older than this was left by a run that was stopped: it is taken over. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Runs `build` while no other test's build runs. A build whose output is outside the project keeps its
 * prerendered code in the project's .astro/ folder (where that code finds the project's packages), so two such
 * builds at the same time would overwrite each other's files. Syncs need no lock. The lock is a folder: making
 * one is atomic across processes.
 */
export function withBuildLock<T>(build: () => T): T {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    return build();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** Runs `astro <command>` (sync or build) over a content folder; returns the exit code and all output. */
export function runAstro(command: 'sync' | 'build', contentDir: string, extraEnv: Record<string, string> = {}) {
  const run = () => spawnSync(process.execPath, [astroBin, command], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(contentDir, '.cache'),
      OUT_DIR: join(contentDir, '.dist'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...extraEnv,
    },
  });
  const result = command === 'build' ? withBuildLock(run) : run();
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

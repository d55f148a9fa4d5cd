/**
 * `npm run pdf` is safe to repeat: run again over the build `npm test` has just printed, it succeeds and
 * leaves the handout page with one working link to each PDF.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
// A copy of the printed build, so the other dist checks never read a PDF while it is being written.
const dist = mkdtempSync(join(tmpdir(), 'aftercare-pdf-again-'));
cpSync(join(root, process.env['E2E_DIST'] ?? 'dist'), dist, { recursive: true });
afterAll(() => rmSync(dist, { recursive: true, force: true }));

it('npm run pdf can run a second time after one build', () => {
  const run = spawnSync(process.execPath, [join(root, 'scripts/pdf.mjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, OUT_DIR: dist } });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const html = readFileSync(join(dist, 'handout', 'index.html'), 'utf8');
  expect(html).toContain('<div data-handout-pdfs>');
  for (const file of ['handout-letter.pdf', 'handout-a4.pdf']) {
    expect(html.match(new RegExp(`href="[^"]*${file}"`, 'g')) ?? []).toHaveLength(1);
  }
});

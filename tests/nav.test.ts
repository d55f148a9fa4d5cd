import { describe, expect, it } from 'vitest';
import { buildGuideNav, indexPageCount, indexPages, NAV_LIMITS, pageWindow, sectionPath, type NavPageInput } from '../src/lib/nav';

type S = 'a' | 'b' | 'c';
const SECTIONS = [
  { id: 'a', label: 'Section A' },
  { id: 'b', label: 'Section B' },
  { id: 'c', label: 'Section C' },
] as const satisfies readonly { id: S; label: string }[];

/** `count` pages spread over sections a and b (c stays empty), given out of order. */
function library(count: number): NavPageInput<S>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `page-${String(count - i).padStart(4, '0')}`,
    title: `Page ${count - i}`,
    description: `About ${count - i}`,
    section: (count - i) % 3 === 0 ? 'b' : 'a',
    order: (count - i) % 5,
  }));
}

describe('buildGuideNav', () => {
  it('orders pages by section, then order, then slug, and drops empty sections', () => {
    const nav = buildGuideNav(
      [
        { id: 'z', title: 'Z', description: 'z', section: 'b', order: 1 },
        { id: 'y', title: 'Y', navLabel: 'Why', description: 'y', section: 'a', order: 2 },
        { id: 'x', title: 'X', description: 'x', section: 'a', order: 2 },
        { id: 'w', title: 'W', description: 'w', section: 'a', order: 9 },
      ],
      SECTIONS,
    );
    expect(nav.pages.map((p) => p.id)).toEqual(['x', 'y', 'w', 'z']);
    expect(nav.pages[1]).toMatchObject({ path: '/y/', label: 'Why', title: 'Y' });
    expect(nav.sections.map((s) => s.id)).toEqual(['a', 'b']);
    expect(nav.sections[0]!.path).toBe('/topics/a/');
  });

  it('orders slugs naturally when section and order are the same', () => {
    const input = ['part-10', 'part-2', 'part-1'].map((id) => ({ id, title: id, description: id, section: 'a' as const, order: 1 }));
    expect(buildGuideNav(input, SECTIONS).pages.map((p) => p.id)).toEqual(['part-1', 'part-2', 'part-10']);
  });

  it('links previous and next across sections, with none before the first or after the last', () => {
    const nav = buildGuideNav(library(10), SECTIONS);
    const ids = nav.pages.map((p) => p.id);
    expect(nav.neighbours(ids[0]!)).toEqual({ previous: undefined, next: nav.pages[1] });
    expect(nav.neighbours(ids[9]!).next).toBeUndefined();
    for (let i = 1; i < ids.length - 1; i++) {
      expect(nav.neighbours(ids[i]!).previous?.id).toBe(ids[i - 1]);
      expect(nav.neighbours(ids[i]!).next?.id).toBe(ids[i + 1]);
    }
  });

  it('lists every page in every sidebar while the guide is small', () => {
    const nav = buildGuideNav(library(NAV_LIMITS.fullSidebarUpTo), SECTIONS);
    const sidebar = nav.sidebar(nav.pages[0]!.id);
    expect(sidebar.sections.flatMap((s) => s.pages)).toHaveLength(NAV_LIMITS.fullSidebarUpTo);
    expect(sidebar.sections.map((s) => s.current)).toEqual([true, false]);
  });

  it('keeps each sidebar to the sections and a window of its own section in a large guide', () => {
    const nav = buildGuideNav(library(2000), SECTIONS);
    for (const page of [nav.pages[0]!, nav.pages[700]!, nav.pages[1999]!]) {
      const sidebar = nav.sidebar(page.id);
      const listed = sidebar.sections.flatMap((s) => s.pages);
      expect(listed.length).toBeLessThanOrEqual(NAV_LIMITS.sidebarWindow);
      expect(listed.map((p) => p.id)).toContain(page.id);
      const own = sidebar.sections.find((s) => s.current)!;
      expect(own.id).toBe(page.section);
      expect(own.hiddenBefore + own.pages.length + own.hiddenAfter).toBe(own.count);
      // Other sections show only their heading link and count.
      for (const other of sidebar.sections.filter((s) => !s.current)) expect(other.pages).toEqual([]);
      expect(sidebar.sections.map((s) => s.count)).toEqual(nav.sections.map((s) => s.pages.length));
    }
  });

  it('gives pages outside the guide a sidebar of sections only, in a large guide', () => {
    const nav = buildGuideNav(library(500), SECTIONS);
    const sidebar = nav.sidebar();
    expect(sidebar.sections.every((s) => !s.current && s.pages.length === 0)).toBe(true);
  });

  it('points each page at the numbered index page that lists it', () => {
    const nav = buildGuideNav(library(400), SECTIONS);
    const section = nav.sections[0]!;
    const size = NAV_LIMITS.indexPageSize;
    expect(nav.indexPathOf(section.pages[0]!.id)).toBe('/topics/a/');
    expect(nav.indexPathOf(section.pages[size - 1]!.id)).toBe('/topics/a/');
    expect(nav.indexPathOf(section.pages[size]!.id)).toBe('/topics/a/2/');
    const chunks = indexPages(section.pages);
    expect(chunks).toHaveLength(indexPageCount(section.pages.length));
    chunks.forEach((chunk, i) => {
      for (const p of chunk) expect(nav.indexPathOf(p.id)).toBe(sectionPath('a', i + 1));
    });
  });

  it('names the page and the section when something is wrong', () => {
    expect(() => buildGuideNav([{ id: 'odd', title: 'O', description: 'o', section: 'd' as S, order: 1 }], SECTIONS)).toThrow(
      'Guide page "odd" is in unknown section "d"',
    );
    expect(() => buildGuideNav(library(3), SECTIONS).neighbours('missing')).toThrow('No guide page "missing"');
  });
});

describe('pageWindow', () => {
  it('shows everything when it fits, else a window of the given size that holds the current position', () => {
    expect(pageWindow(5, 2, 10)).toEqual({ start: 0, end: 5 });
    for (let current = 0; current < 100; current++) {
      const { start, end } = pageWindow(100, current, 15);
      expect(end - start).toBe(15);
      expect(start).toBeLessThanOrEqual(current);
      expect(end).toBeGreaterThan(current);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(100);
    }
    expect(pageWindow(100, 50, 15)).toEqual({ start: 43, end: 58 });
  });
});

describe('index pages', () => {
  it('split a section into pages of the given size, and an empty one into one empty page', () => {
    expect(indexPages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(indexPages([], 2)).toEqual([[]]);
    expect(indexPageCount(0, 50)).toBe(1);
    expect(indexPageCount(101, 50)).toBe(3);
    expect(sectionPath('help')).toBe('/topics/help/');
    expect(sectionPath('help', 3)).toBe('/topics/help/3/');
  });
});

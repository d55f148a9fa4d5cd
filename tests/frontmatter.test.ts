import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../src/lib/frontmatter';

const page = '---\ntitle: "A page"\nnextReview: 2027-05-20\nsources: [a, b]\n---\n\n## Heading\n\nText.\n';

describe('readFrontmatter', () => {
  it('reads the fields and the body, keeping dates as the text written', () => {
    expect(readFrontmatter(page)).toEqual({
      data: { title: 'A page', nextReview: '2027-05-20', sources: ['a', 'b'] },
      body: '\n## Heading\n\nText.\n',
    });
  });
  it('reads a page saved with Windows line endings or a byte-order mark the same way', () => {
    expect(readFrontmatter(page.replace(/\n/g, '\r\n'))).toEqual(readFrontmatter(page));
    expect(readFrontmatter(`\uFEFF${page}`)).toEqual(readFrontmatter(page));
  });
  it('gives no fields for a page without frontmatter, and keeps a later --- in the body', () => {
    expect(readFrontmatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.\n' });
    expect(readFrontmatter(`${page}\n---\n\nMore.\n`).body).toContain('---\n\nMore.');
  });
  it('throws on broken YAML', () => {
    expect(() => readFrontmatter('---\ntitle: [unclosed\n---\n')).toThrow();
  });
});

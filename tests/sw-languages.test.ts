import { describe, expect, it } from 'vitest';
import { fileLanguage, keptFor } from '../src/integrations/service-worker/languages';

describe('offline copy per language', () => {
  it('tells each built file\'s language, and which files every language shares', () => {
    expect(fileLanguage('index.html')).toBe('en');
    expect(fileLanguage('avoid/index.html')).toBe('en');
    expect(fileLanguage('es/avoid/index.html')).toBe('es');
    expect(fileLanguage('handout-letter.pdf')).toBe('en');
    expect(fileLanguage('handout-es-a4.pdf')).toBe('es');
    expect(fileLanguage('pagefind/fragment/es_1771bf6.pf_fragment')).toBe('es');
    expect(fileLanguage('pagefind/wasm.en.pagefind')).toBe('en');
    expect(fileLanguage('pagefind/pagefind.js')).toBeUndefined();
    expect(fileLanguage('_astro/Timeline.7Pw-V8wx.js')).toBeUndefined();
    expect(fileLanguage('icons/icon-192.png')).toBeUndefined();
  });

  it('keeps the shared files and the reader\'s language only', () => {
    expect(keptFor('es/index.html', 'es')).toBe(true);
    expect(keptFor('index.html', 'es')).toBe(false);
    expect(keptFor('_astro/client.js', 'es')).toBe(true);
    expect(keptFor('es/index.html', 'en')).toBe(false);
  });
});

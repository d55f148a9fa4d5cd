import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, unknownKeysMessage } from '../src/lib/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('note', 'note')).toBe(0);
    expect(editDistance('notes', 'note')).toBe(1);
    expect(editDistance('lable', 'label')).toBe(1);
    expect(editDistance('fromDya', 'fromDay')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestWord', () => {
  const known = ['label', 'reason', 'category', 'windows', 'note', 'order', 'sources', 'keywords'];
  it('finds a likely typo, ignoring case and separators', () => {
    expect(closestWord('notes', known)).toBe('note');
    expect(closestWord('Keywords', known)).toBe('keywords');
    expect(closestWord('key_words', known)).toBe('keywords');
    expect(closestWord('windwos', known)).toBe('windows');
  });
  it('suggests nothing for a word that is not close', () => {
    expect(closestWord('colour', known)).toBeUndefined();
    expect(closestWord('x', known)).toBeUndefined();
  });
});

describe('unknownKeysMessage', () => {
  it('names each key, with a suggestion or the known keys', () => {
    expect(unknownKeysMessage(['notes'], ['note', 'label'])).toBe('unknown key `notes`: did you mean `note`?');
    expect(unknownKeysMessage(['zzz'], ['note', 'label'])).toBe('unknown key `zzz`. Known keys: note, label');
  });
});

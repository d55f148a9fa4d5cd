/**
 * "Did you mean …?": the known word closest to a mistyped one, for content error messages
 * (`notes` -> `note`). Pure; the schemas use it for unknown keys.
 */

/** The edit distance between two words: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known word closest to `word`, or `undefined` when none is close enough to be a likely typo (at most a
 * third of the word's letters changed, and at least one; case and `-`/`_` are ignored).
 */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const target = norm(word);
  const limit = Math.max(1, Math.floor(target.length / 3));
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(target, norm(candidate));
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** The message for keys an entry does not know: the closest known key, or the list of known keys. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((key) => {
      const suggestion = closestWord(key, known);
      return suggestion
        ? `unknown key \`${key}\`: did you mean \`${suggestion}\`?`
        : `unknown key \`${key}\`. Known keys: ${known.join(', ')}`;
    })
    .join('; ');
}

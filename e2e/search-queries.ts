/**
 * What patients type, and where the first search result must take them: the page and the item (or heading)
 * on it. Used by the browser test (e2e/search.spec.ts) and checked against the content by
 * tests/search-keywords.test.ts (each target exists, and the words lead there through text or keywords).
 */
export interface PatientQuery {
  query: string;
  /** The page of the first result. */
  path: string;
  /** Its anchor: `#avoid-<id>`, `#routine-<id>`, `#sign-<id>`, `#prepare-<id>`, a heading's slug, or '' (page top). */
  hash: string;
}

export const PATIENT_QUERIES: readonly PatientQuery[] = [
  { query: 'makeup', path: '/irritants-to-avoid/', hash: '#avoid-makeup' },
  { query: 'can I wear makeup', path: '/irritants-to-avoid/', hash: '#avoid-makeup' },
  { query: 'when can I swim', path: '/irritants-to-avoid/', hash: '#avoid-swimming' },
  { query: 'pool', path: '/irritants-to-avoid/', hash: '#avoid-swimming' },
  { query: 'gym', path: '/everyday-activities/', hash: '#avoid-exercise' },
  { query: 'hot tub', path: '/everyday-activities/', hash: '#avoid-heat' },
  { query: 'retinol', path: '/irritants-to-avoid/', hash: '#avoid-retinoids' },
  { query: 'retinoids', path: '/irritants-to-avoid/', hash: '#avoid-retinoids' },
  { query: 'acid', path: '/irritants-to-avoid/', hash: '#avoid-aha' },
  { query: 'vitamin c serum', path: '/irritants-to-avoid/', hash: '#avoid-vitamin-c' },
  { query: 'peeling', path: '/what-is-normal/', hash: '#expect-flaking-and-peeling' },
  { query: 'sunscreen', path: '/sun-protection/', hash: '#routine-sunscreen' },
  { query: 'spf', path: '/sun-protection/', hash: '#routine-sunscreen' },
  { query: 'red skin', path: '/what-is-normal/', hash: '#expect-redness-and-swelling' },
  { query: 'pus', path: '/when-to-get-help/', hash: '#sign-pus-or-crusts' },
  { query: 'scab', path: '/what-is-normal/', hash: '#expect-rf-scabs-and-grid-marks' },
  { query: 'fever', path: '/when-to-get-help/', hash: '#sign-fever' },
  { query: 'cold sore', path: '/when-to-get-help/', hash: '#sign-blisters-or-cold-sores' },
  { query: 'towel', path: '/cleansing/', hash: '#use-clean-towels' },
  { query: 'water', path: '/drinking-water/', hash: '' },
  { query: 'lotion', path: '/moisturizing/', hash: '' },
];

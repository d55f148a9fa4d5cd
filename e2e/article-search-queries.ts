/**
 * What patients type, and the item the first search result must open, on the shipped guide (the article
 * suite: left out with ARTICLE_CHECKS=off). Misspellings, questions, slang, symptoms and activities, as people
 * search the night after a procedure. Normal effects must open "What is normal" first, warning signs only on
 * their own words, and a named ingredient its own row. e2e/article-search.spec.ts runs them in the browser
 * (at least 90% must be right, and every query marked `must`); tests/article-search-queries.test.ts checks
 * that each target exists and that the words lead there.
 */
export interface PatientQuery {
  query: string;
  /** The page of the first result. */
  path: string;
  /** Its anchor: `#avoid-<id>`, `#routine-<id>`, `#sign-<id>`, `#prepare-<id>`, `#expect-<id>`, `#tip-<id>`, a heading's slug, or '' (page top). */
  hash: string;
  /** The issue names it: it must be right, whatever the rate. */
  must?: boolean;
}

const normal = (id: string) => ({ path: '/what-is-normal/', hash: `#expect-${id}` });
const sign = (id: string) => ({ path: '/when-to-get-help/', hash: `#sign-${id}` });
const irritant = (id: string) => ({ path: '/irritants-to-avoid/', hash: `#avoid-${id}` });
const activity = (id: string) => ({ path: '/everyday-activities/', hash: `#avoid-${id}` });
const tip = (id: string) => ({ path: '/everyday-activities/', hash: `#tip-${id}` });

export const PATIENT_QUERIES: readonly PatientQuery[] = [
  // Normal effects: the "what is normal" advice first, never a warning sign.
  { query: 'my skin is peeling', ...normal('flaking-and-peeling'), must: true },
  { query: 'peeling', ...normal('flaking-and-peeling') },
  { query: 'is peeling normal', ...normal('flaking-and-peeling') },
  { query: 'flakey skin', ...normal('flaking-and-peeling') },
  { query: 'itchy skin', ...normal('itching-and-bruising'), must: true },
  { query: 'why is my face so itchy', ...normal('itching-and-bruising') },
  { query: 'bruises', ...normal('itching-and-bruising') },
  { query: 'bleeding dots', ...normal('pinpoint-bleeding'), must: true },
  { query: 'is bleeding normal', ...normal('pinpoint-bleeding') },
  { query: 'scabs', ...normal('rf-scabs-and-grid-marks'), must: true },
  { query: 'scab', ...normal('rf-scabs-and-grid-marks') },
  { query: 'crusty skin', ...normal('rf-scabs-and-grid-marks') },
  { query: 'grid marks on my face', ...normal('rf-scabs-and-grid-marks') },
  { query: 'red skin', ...normal('redness-and-swelling') },
  { query: 'how long will my face be red', ...normal('redness-and-swelling') },
  { query: 'swollen face', ...normal('redness-and-swelling') },
  { query: 'face feels sunburnt', ...normal('redness-and-swelling') },
  { query: 'stinging', ...normal('redness-and-swelling') },
  { query: 'tight skin', ...normal('tight-dry-skin') },
  // Warning signs: on their own words.
  { query: 'pus', ...sign('pus-or-crusts') },
  { query: 'puss', ...sign('pus-or-crusts') },
  { query: 'yellow crusts', ...sign('pus-or-crusts') },
  { query: 'is it infected', ...sign('pus-or-crusts') },
  { query: 'fever', ...sign('fever') },
  { query: 'redness spreading', ...sign('spreading-redness') },
  { query: 'cold sore', ...sign('blisters-or-cold-sores') },
  { query: 'lumps under my skin', ...sign('lasting-lumps') },
  { query: 'pain getting worse', ...sign('increasing-pain') },
  { query: 'still bleeding', ...sign('bleeding-that-does-not-stop') },
  // Ingredients: the row with that exact name.
  { query: 'vitamin a cream', ...irritant('retinoids'), must: true },
  { query: 'vitamin c', ...irritant('vitamin-c'), must: true },
  { query: 'retinol', ...irritant('retinoids'), must: true },
  { query: 'vitamin c serum', ...irritant('vitamin-c') },
  { query: 'glycolic acid', ...irritant('aha') },
  { query: 'salicylic acid', ...irritant('bha') },
  // Activities.
  { query: 'workout sweat', ...activity('exercise'), must: true },
  { query: 'can i go to the gym', ...activity('exercise'), must: true },
  { query: 'excercise', ...activity('exercise') },
  { query: 'sauna', ...activity('heat') },
  { query: 'hot tub', ...activity('heat') },
  { query: 'when can i drink wine', ...activity('alcohol') },
  { query: 'waxing my upper lip', ...activity('hair-removal') },
  { query: 'pillowcase', ...tip('fresh-pillowcase') },
  { query: 'can i put ice on it', ...tip('ice-and-pain-relief') },
  { query: 'fillers', ...tip('other-facial-treatments') },
  { query: 'when can i swim', ...irritant('swimming') },
  { query: 'pool', ...irritant('swimming') },
  { query: 'can i wear makeup', ...irritant('makeup') },
  { query: 'makup', ...irritant('makeup') },
  { query: 'sunscreen', path: '/sun-protection/', hash: '#routine-sunscreen' },
  { query: 'spf', path: '/sun-protection/', hash: '#routine-sunscreen' },
  { query: 'towel', path: '/cleansing/', hash: '#use-clean-towels' },
  { query: 'water', path: '/drinking-water/', hash: '' },
  { query: 'makeup', ...irritant('makeup') },
  { query: 'gym', ...activity('exercise') },
  { query: 'retinoids', ...irritant('retinoids') },
  { query: 'acid', ...irritant('aha') },
];

/**
 * What Spanish-speaking patients type on /es/, and the item the first search result must open (the article
 * suite, like e2e/article-search-queries.ts): the same targets as the English set, under /es/, in everyday
 * US Spanish with unaccented spellings. e2e/article-search.spec.ts runs them on the Spanish header search
 * (at least 90% right first, and every query marked `must`).
 */
import type { PatientQuery } from './article-search-queries';

const normal = (id: string) => ({ path: '/es/what-is-normal/', hash: `#expect-${id}` });
const sign = (id: string) => ({ path: '/es/when-to-get-help/', hash: `#sign-${id}` });
const irritant = (id: string) => ({ path: '/es/irritants-to-avoid/', hash: `#avoid-${id}` });
const activity = (id: string) => ({ path: '/es/everyday-activities/', hash: `#avoid-${id}` });
const tip = (id: string) => ({ path: '/es/everyday-activities/', hash: `#tip-${id}` });

export const PATIENT_QUERIES_ES: readonly PatientQuery[] = [
  // Normal effects: "what is normal" first, never a warning sign.
  { query: 'se me pela la piel', ...normal('flaking-and-peeling'), must: true },
  { query: 'descamacion', ...normal('flaking-and-peeling') },
  { query: 'picazon', ...normal('itching-and-bruising'), must: true },
  { query: 'moretones', ...normal('itching-and-bruising') },
  { query: 'puntitos de sangre', ...normal('pinpoint-bleeding'), must: true },
  { query: 'costras', ...normal('rf-scabs-and-grid-marks'), must: true },
  { query: 'cara roja', ...normal('redness-and-swelling') },
  { query: 'hinchazon', ...normal('redness-and-swelling') },
  { query: 'piel tirante', ...normal('tight-dry-skin') },
  // Warning signs, on their own words.
  { query: 'pus', ...sign('pus-or-crusts') },
  { query: 'fiebre', ...sign('fever'), must: true },
  { query: 'ampollas', ...sign('blisters-or-cold-sores'), must: true },
  { query: 'herpes labial', ...sign('blisters-or-cold-sores') },
  { query: 'bultos debajo de la piel', ...sign('lasting-lumps') },
  { query: 'el dolor empeora', ...sign('increasing-pain') },
  // Ingredients: the row with that name.
  { query: 'retinol', ...irritant('retinoids'), must: true },
  { query: 'vitamina c', ...irritant('vitamin-c'), must: true },
  { query: 'acido glicolico', ...irritant('aha') },
  { query: 'acido salicilico', ...irritant('bha') },
  { query: 'exfoliante quimico', path: '/es/products-to-pause/', hash: '#avoid-chemical-exfoliators', must: true },
  // Activities and everyday things.
  { query: 'puedo ir al gimnasio', ...activity('exercise'), must: true },
  { query: 'ejercicio', ...activity('exercise') },
  { query: 'sauna', ...activity('heat') },
  { query: 'alcohol', ...activity('alcohol') },
  { query: 'depilacion con cera', ...activity('hair-removal') },
  { query: 'funda de almohada', ...tip('fresh-pillowcase') },
  { query: 'hielo', ...tip('ice-and-pain-relief') },
  { query: 'piscina', ...irritant('swimming'), must: true },
  { query: 'cuando puedo nadar', ...irritant('swimming') },
  { query: 'maquillaje', ...irritant('makeup'), must: true },
  { query: 'protector solar', path: '/es/sun-protection/', hash: '#routine-sunscreen' },
];

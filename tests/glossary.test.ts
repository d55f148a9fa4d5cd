/** src/lib/glossary.ts: which hard words a text uses, and where a surface explains each one. */
import { describe, expect, it } from 'vitest';
import { firstUses, termHeading, termsIn, usesTerm, type GlossaryTerm } from '../src/lib/glossary';

const AHA: GlossaryTerm = { term: 'AHA', expansion: 'alpha hydroxy acids' };
const CLINICIAN: GlossaryTerm = { term: 'clinician', expansion: 'the doctor, nurse or skin expert who treats you', forms: ['clinicians'] };
const GRANULOMA: GlossaryTerm = { term: 'granuloma', expansion: 'a firm lump under the skin', forms: ['granulomas'] };
const glossary = [AHA, CLINICIAN, GRANULOMA];

describe('usesTerm', () => {
  it('finds an abbreviation as written, and its plural', () => {
    expect(usesTerm('AHAs are chemical exfoliants.', AHA)).toBe(true);
    expect(usesTerm('Ask about AHA.', AHA)).toBe(true);
    expect(usesTerm('Aha, that is it.', AHA)).toBe(false);
    expect(usesTerm('AHAB', AHA)).toBe(false);
  });

  it('finds a word in any case, and its other forms, as whole words only', () => {
    expect(usesTerm('Clinicians may differ.', CLINICIAN)).toBe(true);
    expect(usesTerm('lumps (granulomas)', GRANULOMA)).toBe(true);
    expect(usesTerm('granulomatous', GRANULOMA)).toBe(false);
    expect(usesTerm('non-clinician', CLINICIAN)).toBe(false);
  });

  it('does not explain a term the text already explains', () => {
    expect(usesTerm('Alpha hydroxy acids (AHA)', AHA)).toBe(false);
  });
});

describe('termsIn', () => {
  it('lists the terms a text uses, in glossary order', () => {
    expect(termsIn('Ask your clinician about AHAs.', glossary)).toEqual([AHA, CLINICIAN]);
    expect(termsIn('Wash your face.', glossary)).toEqual([]);
  });
});

describe('firstUses', () => {
  it('explains each term once, in the first text that uses it', () => {
    const rows = ['AHAs sting.', 'Ask your clinician. AHAs again.', 'Lumps (granulomas). Your clinician knows.'];
    expect(firstUses(rows, glossary)).toEqual([[AHA], [CLINICIAN], [GRANULOMA]]);
  });
});

describe('termHeading', () => {
  it('starts a word with a capital and leaves abbreviations alone', () => {
    expect(termHeading(CLINICIAN)).toBe('Clinician');
    expect(termHeading(AHA)).toBe('AHA');
  });
});

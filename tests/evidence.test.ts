import { describe, expect, it } from 'vitest';
import { evidenceSentence } from '../src/lib/evidence';
import { EVIDENCE_LEVELS } from '../src/schemas/vocabulary';
import { LIB_WORDS } from '../src/lib/words';
import { CITES_WHAT_IT_CLAIMS_MESSAGE } from '../src/schemas/evidence';
import { tipSchema } from '../src/schemas/tips';

describe('evidenceSentence', () => {
  it('words common clinic advice as such, with the range clinics give, and defers to the clinician', () => {
    expect(evidenceSentence('clinic-advice', { clinicRange: '24 to 72 hours', dated: true })).toBe(
      'Many clinics advise this, but there is little research on it. Clinics say 24 to 72 hours; this guide uses the longer end. Follow your clinician.',
    );
  });

  it('leaves out the range when the content gives none, and "longer end" when the fact has no date', () => {
    expect(evidenceSentence('clinic-advice')).toBe('Many clinics advise this, but there is little research on it. Follow your clinician.');
    expect(evidenceSentence('clinic-advice', { clinicRange: '2 days to a month' })).toContain('Clinics say 2 days to a month. Follow');
  });

  it('gives every level its own plain sentence', () => {
    const sentences = EVIDENCE_LEVELS.map((level) => evidenceSentence(level));
    expect(new Set(sentences).size).toBe(EVIDENCE_LEVELS.length);
    expect(evidenceSentence('peer-reviewed')).toBe(LIB_WORDS.en.evidence['peer-reviewed']);
  });
});

describe('evidence in the schemas', () => {
  const tip = { kind: 'habit', label: 'Sleep on a fresh pillowcase', instruction: 'Use a clean one.' };

  it('research or health-body advice must cite a source; clinic advice may have none', () => {
    for (const evidence of ['peer-reviewed', 'professional-body'] as const) {
      const result = tipSchema.safeParse({ ...tip, evidence });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['sources', CITES_WHAT_IT_CLAIMS_MESSAGE]);
    }
    expect(tipSchema.safeParse({ ...tip, evidence: 'clinic-advice' }).success).toBe(true);
  });

  it('an unknown level names the allowed ones', () => {
    const result = tipSchema.safeParse({ ...tip, evidence: 'anecdote' });
    expect(result.error?.issues[0]?.message).toBe('evidence must be one of: peer-reviewed, professional-body, clinic-advice');
  });
});

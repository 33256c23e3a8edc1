import { describe, expect, it } from 'vitest';
import { schoolIdentity } from '../../../src/resume/ids.js';

describe('schoolIdentity with a hyphen-joined bracket', () => {
  it('drops the bracket when its last piece abbreviates the name', () => {
    expect(schoolIdentity('National University of Computer and Emerging Sciences (FAST-NUCES)')).toBe(
      'National University of Computer and Emerging Sciences',
    );
  });

  it.each([
    ['Indian Institute of Technology (IIT-KGP)', 'Indian Institute of Technology (IIT-BHU)'],
    ['Pontifícia Universidade Católica (PUC-SP)', 'Pontifícia Universidade Católica (PUC-MG)'],
    ['Universidad Tecnológica Nacional (UTN-FRBA)', 'Universidad Tecnológica Nacional (UTN-FRC)'],
  ])('keeps a campus bracket whose first piece abbreviates the name: %s vs %s', (one, other) => {
    expect(schoolIdentity(one)).toBe(one);
    expect(schoolIdentity(other)).toBe(other);
    expect(schoolIdentity(one)).not.toBe(schoolIdentity(other));
  });
});

import { capLeft } from '../../api/claims';
import { claimBody } from './claim-form';

const base = {
  consortiumId: '0b9d2c1e-1111-4222-8333-444455556666',
  subjectRef: 'PLAT-1',
  subjectName: '白酒酿造中试平台',
};

describe(claimBody.name, () => {
  it('stores a 4.3 amount typed in yuan as integer fen', () => {
    expect(claimBody({ ...base, category: 'PILOT_PLATFORM', amountYuan: '300,000.50' })).toEqual({
      body: {
        consortiumId: base.consortiumId,
        category: 'PILOT_PLATFORM',
        subject: { ref: 'PLAT-1', name: '白酒酿造中试平台' },
        amountFen: 30_000_050,
      },
    });
  });

  it('sends a priority request (4.2, 4.5–4.7) without an amount, whatever was typed', () => {
    expect(claimBody({ ...base, category: 'TALENT', amountYuan: '12' })).toMatchObject({
      body: { category: 'TALENT', amountFen: 0 },
    });
  });

  it('names what is missing or wrong by the body path', () => {
    expect(
      claimBody({
        consortiumId: '',
        category: 'COOPERATION',
        subjectRef: ' ',
        subjectName: '',
        amountYuan: '1.234',
      }),
    ).toEqual({
      errors: {
        consortiumId: 'required',
        'subject.ref': 'required',
        'subject.name': 'required',
        amountFen: 'amount',
      },
    });
    expect(claimBody({ ...base, category: 'TRANSFORMATION_PROJECT', amountYuan: '0' })).toEqual({
      errors: { amountFen: 'amount' },
    });
  });
});

describe(capLeft.name, () => {
  const claims = [
    { category: 'PILOT_PLATFORM' as const, subject: { ref: 'PLAT-1', name: 'a' }, grantedFen: 40_000_000 },
    { category: 'PILOT_PLATFORM' as const, subject: { ref: 'PLAT-2', name: 'b' }, grantedFen: 10_000_000 },
    { category: 'TRANSFORMATION_PROJECT' as const, subject: { ref: 'PLAT-1', name: 'c' }, grantedFen: 5 },
  ];

  it('is the policy cap less what the same platform was granted over all tranches', () => {
    expect(capLeft('lz-2024-draft', 'PILOT_PLATFORM', 'PLAT-1', claims)).toEqual({
      capFen: 100_000_000,
      grantedFen: 40_000_000,
      leftFen: 60_000_000,
    });
    expect(capLeft('lz-2024-draft', 'TRANSFORMATION_PROJECT', 'PLAT-9', claims)).toEqual({
      capFen: 500_000_000,
      grantedFen: 0,
      leftFen: 500_000_000,
    });
  });

  it('has no cap for 4.1 and the priority categories', () => {
    expect(capLeft('lz-2024-draft', 'COOPERATION', 'PLAT-1', claims)).toBeNull();
    expect(capLeft('lz-2024-draft', 'FINANCE', 'PLAT-1', claims)).toBeNull();
  });
});

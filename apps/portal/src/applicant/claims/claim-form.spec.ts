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

import { platformPrincipal } from './platform-principal';
import type { GrantView } from './access-grant.schema';

const grant = (g: Partial<GrantView>): GrantView => ({
  id: '00000000-0000-4000-8000-000000000001',
  subject: 'someone',
  role: 'officer',
  jurisdiction: null,
  expertId: null,
  org: null,
  displayName: null,
  grantedBy: 'system',
  grantedAt: '2026-12-02T00:00:00.000Z',
  revokedBy: null,
  revokedAt: null,
  ...g,
});

describe(platformPrincipal.name, () => {
  it('takes the role from the grant, not from the issuer', () => {
    expect(
      platformPrincipal(
        { sub: 'u1', uscc: '91110000600037341L' },
        grant({ role: 'reviewer', jurisdiction: '510502' }),
      ),
    ).toEqual({ sub: 'u1', role: 'reviewer', jurisdiction: '510502' });
  });

  it("makes an expert's pool entry the token subject", () => {
    const expertId = '7b0c1c9e-5d5e-4e53-9d59-3a3c1f0e8a11';
    expect(
      platformPrincipal({ sub: 'u2' }, grant({ role: 'expert', expertId, org: '121200004013590816' })),
    ).toEqual({ sub: expertId, role: 'expert', org: '121200004013590816' });
  });

  it('lets an enterprise login act for the USCC it carries, and nobody else without a grant', () => {
    expect(platformPrincipal({ sub: 'e1', uscc: '91110000600037341L' }, null)).toEqual({
      sub: 'e1',
      role: 'applicant',
      uscc: '91110000600037341L',
    });
    expect(platformPrincipal({ sub: 'e2', uscc: '91110000600037341X' }, null)).toBeNull();
    expect(platformPrincipal({ sub: 'x' }, null)).toBeNull();
  });
});

import { DEV_DIRECTORY } from '@lz/dev-directory';
import { JURISDICTION_CODES, validateUscc } from '@lz/policy';
import { APPLICATIONS, EXPERTS, INSTITUTIONS, institutionUscc, leadUsccOf } from './cast';

/** The development issuer's directory holds the demo's people, so the same names sign in. */
describe('DEV_DIRECTORY against the demo cast', () => {
  const of = (kind: string) => DEV_DIRECTORY.filter((a) => a.kind === kind);

  it('has one reviewer for each district/county and park', () => {
    expect(
      of('reviewer')
        .map((a) => a.jurisdiction)
        .sort(),
    ).toEqual([...JURISDICTION_CODES].sort());
  });

  it('has every expert of the demo pool, employed where the demo says (same USCC)', () => {
    for (const e of EXPERTS) {
      const a = DEV_DIRECTORY.find((x) => x.expertKey === e.key);
      expect({ key: e.key, name: a?.name, org: a?.org, orgName: a?.orgName }).toEqual({
        key: e.key,
        name: e.name,
        org: institutionUscc(e.org),
        orgName: INSTITUTIONS[e.org].name,
      });
    }
  });

  it("has every lead enterprise of the demo, with the demo's lead USCC for the tag 'directory'", () => {
    for (const app of APPLICATIONS) {
      const a = of('enterprise').find((x) => x.orgName === app.lead.name);
      expect({ lead: app.lead.name, uscc: a?.uscc, person: a?.name }).toEqual({
        lead: app.lead.name,
        uscc: leadUsccOf(app, 'directory'),
        person: app.lead.contact.name,
      });
    }
  });

  it('uses unique usernames and valid USCCs only', () => {
    expect(new Set(DEV_DIRECTORY.map((a) => a.username)).size).toBe(DEV_DIRECTORY.length);
    for (const a of DEV_DIRECTORY) {
      for (const code of [a.uscc, a.org].filter((c): c is string => c !== undefined)) {
        expect({ user: a.username, ok: validateUscc(code).ok }).toEqual({ user: a.username, ok: true });
      }
    }
  });
});

import { accessRuleOf } from './access-rule';
import { Public, Roles } from './auth.decorators';

@Public()
class PublicController {
  open() {
    return 1;
  }
  @Roles('officer')
  restricted() {
    return 1;
  }
}

@Roles('applicant')
class ApplicantController {
  own() {
    return 1;
  }
  @Public()
  notice() {
    return 1;
  }
}

class BareController {
  nothing() {
    return 1;
  }
}

describe(accessRuleOf.name, () => {
  it("takes the controller's rule when the method has none", () => {
    expect(accessRuleOf(PublicController.prototype.open, PublicController)).toEqual({ kind: 'public' });
    expect(accessRuleOf(ApplicantController.prototype.own, ApplicantController)).toEqual({
      kind: 'roles',
      roles: ['applicant'],
    });
  });

  it("lets a method's rule override its controller's, in both directions", () => {
    expect(accessRuleOf(PublicController.prototype.restricted, PublicController)).toEqual({
      kind: 'roles',
      roles: ['officer'],
    });
    expect(accessRuleOf(ApplicantController.prototype.notice, ApplicantController)).toEqual({
      kind: 'public',
    });
  });

  it('returns no rule (deny) when neither declares one', () => {
    expect(accessRuleOf(BareController.prototype.nothing, BareController)).toBeUndefined();
  });

  it('refuses an unknown role at decoration time', () => {
    expect(() => Roles('admin' as 'officer')).toThrow(/unknown role/);
  });
});

import { objectPath } from './object-link';

const application = {
  objectType: 'application',
  objectId: '0b6c5a34-7a53-4a7e-9d53-1f6f4d0d1c11',
  link: '/workspace/applications/0b6c5a34-7a53-4a7e-9d53-1f6f4d0d1c11',
};

describe('objectPath', () => {
  it('sends the applicant to its application and the reviewer to the preliminary case', () => {
    expect(objectPath(application, 'applicant')).toBe(`/workspace/applications/${application.objectId}`);
    expect(objectPath(application, 'reviewer')).toBe(
      `/workspace/preliminary-reviews/${application.objectId}`,
    );
  });

  it('gives no link to an application for a role no page of which shows one', () => {
    expect(objectPath(application, 'officer')).toBeNull();
    expect(objectPath(application, 'expert')).toBeNull();
    expect(objectPath(application, null)).toBeNull();
  });

  it("keeps the service's path of a notice or the registry, but never another site's", () => {
    const notice = { objectType: 'notice', objectId: 'n1', link: '/notices/n1' };
    expect(objectPath(notice, 'officer')).toBe('/notices/n1');
    expect(objectPath({ objectType: 'consortium', objectId: 'c1', link: '/registry' }, 'applicant')).toBe(
      '/registry',
    );
    expect(objectPath({ ...notice, link: 'https://example.invalid/x' }, 'officer')).toBeNull();
    expect(objectPath({ ...notice, link: '//example.invalid/x' }, 'officer')).toBeNull();
  });

  it('sends the lead unit and the officer from an evaluation reminder or overdue message to the evaluation page', () => {
    const reminder = {
      objectType: 'evaluation',
      objectId: 'e-1',
      link: '/workspace/evaluations/e-1',
    };
    expect(objectPath(reminder, 'applicant')).toBe('/workspace/evaluations/e-1');
    expect(objectPath(reminder, 'officer')).toBe('/workspace/evaluations/e-1');
  });
});

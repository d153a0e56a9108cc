import type { Role } from '../api/session';

/** What of a message names its object (the notifications service's view). */
export interface MessageObject {
  objectType: string;
  objectId: string;
  /** The service's portal path of the object. */
  link: string;
}

/**
 * Where in the portal a message's object is shown to this person: an application on the applicant's
 * own page, in the reviewer's preliminary case, nowhere yet for the other roles (no page of theirs
 * shows one); everything else (a notice, the registry, the workspace) at the service's path. Null: no
 * page — the message is shown without a link rather than with one to a page that refuses the person.
 */
export function objectPath(m: MessageObject, role: Role | null | undefined): string | null {
  if (m.objectType === 'application') {
    const id = encodeURIComponent(m.objectId);
    if (role === 'applicant') return `/workspace/applications/${id}`;
    if (role === 'reviewer') return `/workspace/preliminary-reviews/${id}`;
    return null;
  }
  // Only a path of this site: never an absolute URL the message might carry.
  return m.link.startsWith('/') && !m.link.startsWith('//') ? m.link : null;
}

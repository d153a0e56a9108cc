import { defineDeadlineKinds, type DeadlineKindOf } from '@lz/deadlines';

/** The end of a notice's period (docs/SPEC.md §3.5, §7): a deadline row `publicity.notice.expiry:<noticeId>`. */
export const NOTICE_EXPIRY = 'publicity.notice.expiry' as const;

export const PUBLICITY_DEADLINES = defineDeadlineKinds([NOTICE_EXPIRY] as const);
export type PublicityDeadline = DeadlineKindOf<typeof PUBLICITY_DEADLINES>;

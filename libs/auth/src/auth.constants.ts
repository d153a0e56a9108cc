/** The five roles of docs/SPEC.md §6 (the public has no login and no role). */
export const ROLES = ['applicant', 'reviewer', 'officer', 'expert', 'evaluator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Metadata keys of the access decorators. They are plain strings on purpose: @lz/http declares its
 * own built-in routes (health, metrics, docs) public with the same key without importing this lib.
 */
export const ROLES_METADATA = 'lz:auth:roles';
export const PUBLIC_METADATA = 'lz:auth:public';

/** Where the guard puts the verified principal on the (Fastify) request. */
export const PRINCIPAL_REQUEST_KEY = 'principal';

/** The dev secret: only for local runs and tests; refused when NODE_ENV=production. */
export const DEV_JWT_SECRET = 'lz-dev-secret-do-not-use-in-production-0123456789';
export const DEFAULT_ISSUER = 'lz-platform-dev';
export const DEFAULT_AUDIENCE = 'lz-platform';

/** Clock tolerance for exp/nbf, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 30;

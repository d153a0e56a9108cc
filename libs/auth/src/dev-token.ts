import { jose } from './jose.loader';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEV_JWT_SECRET } from './auth.constants';
import { principalSchema, type Principal } from './principal.schema';
import type { Role } from './auth.constants';

export interface DevTokenInput {
  role: Role;
  sub?: string;
  uscc?: string;
  jurisdiction?: string;
  org?: string;
  /** Lifetime, a jose duration ('8h', '15m') or seconds. Default 8h. */
  ttl?: string | number;
  secret?: string;
  issuer?: string;
  audience?: string;
}

/** Sample scope claims so `--role reviewer` alone gives a usable token. */
const SAMPLE_SCOPE: Record<Role, Partial<Principal> & Record<string, string>> = {
  applicant: { uscc: '91110000600037341L' },
  reviewer: { jurisdiction: '510502' },
  officer: {},
  expert: { org: '121200004013590816' },
  evaluator: { org: '91310115MA1K3BTP2B' },
};

/**
 * Signs an HS256 token with the dev secret, for local runs and tests only (a production process
 * refuses the dev secret, see assertAuthConfigSafe). The claims are checked against the same schema
 * the verifier uses, so a token it issues is one the services accept.
 */
export async function issueDevToken(input: DevTokenInput): Promise<string> {
  const claims: Record<string, string> = {
    sub: input.sub ?? `dev-${input.role}`,
    role: input.role,
  };
  const sample = SAMPLE_SCOPE[input.role];
  for (const k of ['uscc', 'jurisdiction', 'org'] as const) {
    const v = input[k] ?? (k in sample ? sample[k] : undefined);
    if (v !== undefined && (k in sample || input[k] !== undefined)) claims[k] = v;
  }
  const parsed = principalSchema.safeParse(claims);
  if (!parsed.success) {
    throw new Error(
      `issueDevToken: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return new (jose().SignJWT)(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(input.issuer ?? DEFAULT_ISSUER)
    .setAudience(input.audience ?? DEFAULT_AUDIENCE)
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(
      typeof input.ttl === 'number' ? Math.floor(Date.now() / 1000) + input.ttl : (input.ttl ?? '8h'),
    )
    .sign(new TextEncoder().encode(input.secret ?? DEV_JWT_SECRET));
}

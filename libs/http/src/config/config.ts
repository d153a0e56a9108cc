import { z } from 'zod';

/** Marks a config field as secret so `redactConfig` hides it. Apply it outermost. */
export function secret<S extends z.ZodType>(schema: S): S {
  return schema.meta({ secret: true }) as S;
}

function isSecret(schema: z.ZodType | undefined): boolean {
  let s: z.ZodType | undefined = schema;
  for (let depth = 0; s && depth < 8; depth++) {
    if (z.globalRegistry.get(s)?.secret === true) return true;
    const def = (s as unknown as { def?: { innerType?: z.ZodType; in?: z.ZodType } }).def;
    s = def?.innerType ?? def?.in;
  }
  return false;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`);
  }
}

function describeIssue(
  issue: z.core.$ZodIssue,
  env: Record<string, string | undefined>,
  secretKeys: ReadonlySet<string>,
): string {
  const variable = issue.path.length > 0 ? String(issue.path[0]) : '(environment)';
  const raw = env[variable];
  const got =
    raw === undefined
      ? 'is not set'
      : secretKeys.has(variable)
        ? 'is set (value hidden: secret)'
        : `is ${JSON.stringify(raw.length > 60 ? raw.slice(0, 57) + '...' : raw)}`;
  let fix: string;
  switch (issue.code) {
    case 'invalid_value':
      fix = `set it to one of ${issue.values.map(String).join(', ')}`;
      break;
    case 'invalid_type':
      fix = raw === undefined ? `set ${variable}` : `set it to a ${issue.expected}`;
      break;
    case 'invalid_format':
      fix =
        issue.format === 'regex' && 'pattern' in issue
          ? `set it to a value matching ${String(issue.pattern)}`
          : `set it to a valid ${issue.format}`;
      break;
    default:
      fix = issue.message;
  }
  return `${variable} ${got}: ${issue.message} — ${fix}`;
}

/**
 * Parses the environment with a zod object schema at boot. On failure throws a ConfigError whose
 * `problems` are one line each: variable, what is wrong, how to fix it.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const secretKeys = new Set(Object.keys(shape).filter((k) => isSecret(shape[k])));
  throw new ConfigError(result.error.issues.map((i) => describeIssue(i, env, secretKeys)));
}

/** Same, but prints one line per problem to stderr and exits(1) — for main.ts. */
export function loadConfigOrExit<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.output<S> {
  try {
    return loadConfig(schema, env);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) process.stderr.write(`config: ${p}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/** A copy of the parsed config with secret fields replaced by '***' (safe to log). */
export function redactConfig<T extends Record<string, unknown>>(
  schema: z.ZodType,
  config: T,
): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    out[k] = isSecret(shape[k]) && v !== undefined ? '***' : v;
  }
  return out;
}

const KIB = 1024;

/** Settings every service has; services `.extend()` it with their own (and their DATABASE_URL default). */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: secret(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .default('postgresql://postgres@127.0.0.1:5432/postgres'),
  ),
  AMQP_URL: secret(
    z
      .string()
      .regex(/^amqps?:\/\//)
      .default('amqp://guest:guest@127.0.0.1:5672'),
  ),
  REDIS_URL: secret(
    z
      .string()
      .regex(/^rediss?:\/\//)
      .default('redis://127.0.0.1:6379'),
  ),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).default('info'),
  /** Largest JSON body accepted, in bytes (default 256 KiB); bigger → 413. */
  HTTP_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(KIB)
    .max(64 * KIB * KIB)
    .default(256 * KIB),
  /** Set to false to keep /metrics off the public listener (e.g. when scraped via a sidecar). */
  METRICS_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type BaseConfig = z.infer<typeof baseConfigSchema>;

import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig, redactConfig, secret } from './config';

describe(loadConfig.name, () => {
  it('applies the defaults of the base schema', () => {
    const cfg = loadConfig(baseConfigSchema, {});
    expect(cfg).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      HTTP_BODY_LIMIT: 262144,
      LOG_LEVEL: 'info',
      METRICS_ENABLED: true,
    });
    expect(cfg.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('coerces numbers and lets services extend the schema', () => {
    const schema = baseConfigSchema.extend({ FEATURE_X: z.enum(['on', 'off']).default('off') });
    expect(loadConfig(schema, { PORT: '3001', FEATURE_X: 'on' })).toMatchObject({
      PORT: 3001,
      FEATURE_X: 'on',
    });
  });

  it('reports one line per wrong variable with what is wrong and how to fix it', () => {
    let error: unknown;
    try {
      loadConfig(baseConfigSchema, { PORT: 'abc', LOG_LEVEL: 'loud', AMQP_URL: 'http://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT'))).toContain('"abc"');
    expect(problems.find((p) => p.startsWith('LOG_LEVEL'))).toMatch(/set it to one of trace, debug, info/);
    expect(problems.find((p) => p.startsWith('AMQP_URL'))).toBeDefined();
    for (const p of problems) expect(p).not.toContain('\n');
  });
});

describe(redactConfig.name, () => {
  it('hides secret fields only', () => {
    const schema = baseConfigSchema.extend({ API_TOKEN: secret(z.string().default('t0ken')) });
    const cfg = loadConfig(schema, { DATABASE_URL: 'postgresql://u:pw@h/db' });
    const shown = redactConfig(schema, cfg);
    expect(shown).toMatchObject({
      DATABASE_URL: '***',
      AMQP_URL: '***',
      REDIS_URL: '***',
      API_TOKEN: '***',
      PORT: 3000,
    });
    expect(JSON.stringify(shown)).not.toContain('pw');
  });
});

import type { DiscoveryService } from '@nestjs/core';
import { HealthRegistry } from './health.registry';

const noDiscovery = { getProviders: () => [] } as unknown as DiscoveryService;

describe(HealthRegistry.name, () => {
  it('is ready when every indicator passes', async () => {
    const reg = new HealthRegistry(noDiscovery);
    reg.register({ name: 'postgres', check: async () => ({ ok: true }) });
    await expect(reg.checkAll()).resolves.toEqual({
      ok: true,
      degraded: [],
      checks: { postgres: { ok: true } },
    });
  });

  it('reports a throwing indicator as failed with its message', async () => {
    const reg = new HealthRegistry(noDiscovery);
    reg.register({ name: 'redis', check: async () => ({ ok: true }) });
    reg.register({
      name: 'rabbitmq',
      check: async () => {
        throw new Error('ECONNREFUSED');
      },
    });
    const result = await reg.checkAll();
    expect(result.ok).toBe(false);
    expect(result.checks.rabbitmq).toEqual({ ok: false, detail: 'ECONNREFUSED' });
  });

  it('stays ready with a degraded indicator and names it', async () => {
    const reg = new HealthRegistry(noDiscovery);
    reg.register({ name: 'postgres', check: async () => ({ ok: true }) });
    reg.register({ name: 'rabbitmq', check: async () => ({ ok: true, degraded: true, detail: 'away' }) });
    const result = await reg.checkAll();
    expect(result).toMatchObject({ ok: true, degraded: ['rabbitmq'] });
  });

  it('refuses two different indicators with one name', () => {
    const reg = new HealthRegistry(noDiscovery);
    reg.register({ name: 'x', check: async () => ({ ok: true }) });
    expect(() => reg.register({ name: 'x', check: async () => ({ ok: true }) })).toThrow(/unique name/);
  });
});

import { Client } from 'pg';
import { connect } from 'amqplib';
import { createTestDatabase, createTestVhost } from './infra';

describe('test infrastructure isolation', () => {
  it('creates and drops a private database on the real Postgres', async () => {
    const db = await createTestDatabase('infra');
    const c = new Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query('select current_database() as name');
    await c.end();
    expect(rows[0].name).toBe(db.name);
    await db.drop();
  });

  it('creates a private vhost on the real RabbitMQ', async () => {
    const v = await createTestVhost('infra');
    const conn = await connect(v.url);
    const ch = await conn.createChannel();
    const q = await ch.assertQueue('', { exclusive: true });
    expect(q.queue).toMatch(/^amq\.gen-/);
    await conn.close();
    await v.drop();
  });
});

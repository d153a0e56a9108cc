import path from 'node:path';
import { AuditLog, chainPendingAudit, verifyAuditChain } from '@lz/audit';
import { applyMigrations, prismaTransactionRunner, withSerializableRetry } from '@lz/persistence';
import { createTestDatabase, type TestDatabase } from '@lz/testing';
import { PrismaService, type PrismaTx } from './prisma.service';

describe(PrismaService.name, () => {
  let db: TestDatabase;
  let prisma: PrismaService;

  beforeAll(async () => {
    db = await createTestDatabase('intake_prisma');
    await applyMigrations({
      databaseUrl: db.url,
      migrationsDir: path.resolve(__dirname, '../../../prisma/migrations'),
    });
    prisma = new PrismaService({ DATABASE_URL: db.url });
    await prisma.onModuleInit();
  });
  afterAll(async () => {
    await prisma.onModuleDestroy();
    await db.drop();
  });

  it('appends audit rows inside its transactions, chains them and verifies the chain through Prisma', async () => {
    for (let i = 0; i < 3; i++) {
      await prisma.transaction((tx) =>
        AuditLog.append(tx, {
          actor: 'u-1',
          role: 'applicant',
          action: 'application.submitted',
          objectType: 'application',
          objectId: `a-${i}`,
          outcome: 'SUCCESS',
          detail: { step: i },
        }),
      );
    }
    // Unchained rows younger than the grace period pass verification: chain first, then demand all.
    expect(await chainPendingAudit(prisma)).toMatchObject({ locked: true, chained: 3, lastPosition: '3' });
    expect(await verifyAuditChain(prisma)).toMatchObject({
      ok: true,
      rows: 3,
      chained: 3,
      unchained: 0,
      lastSeq: '3',
    });
    const rows = await prisma.auditLog.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((r) => [r.seq, r.objectId])).toEqual([
      [1n, 'a-0'],
      [2n, 'a-1'],
      [3n, 'a-2'],
    ]);
  });

  it('rolls back the whole transaction when the function throws', async () => {
    await expect(
      prisma.transaction(async (tx) => {
        await tx.deadline.create({ data: { id: 'x:1', kind: 'x', subjectId: '1', dueAt: new Date() } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await prisma.deadline.count()).toBe(0);
  });

  it('retries Prisma write conflicts (P2034) of serializable transactions until all succeed', async () => {
    await prisma.outboxEvent.create({
      data: { id: '00000000-0000-4000-8000-000000000001', type: 't', envelope: {} },
    });
    const serializable = prismaTransactionRunner<PrismaTx>(prisma, {
      maxWait: 5_000,
      timeout: 10_000,
      isolationLevel: 'Serializable',
    });
    let arrived = 0;
    let release!: () => void;
    const allRead = new Promise<void>((r) => (release = r));
    let retries = 0;
    await Promise.all(
      Array.from({ length: 3 }, () => {
        let attempt = 0;
        return withSerializableRetry(
          serializable,
          async (tx) => {
            attempt += 1;
            const row = await tx.outboxEvent.findUniqueOrThrow({
              where: { id: '00000000-0000-4000-8000-000000000001' },
            });
            if (attempt === 1) {
              arrived += 1;
              if (arrived === 3) release();
              await allRead;
            }
            await tx.outboxEvent.update({ where: { id: row.id }, data: { attempts: row.attempts + 1 } });
          },
          { retries: 20, baseDelayMs: 5, maxDelayMs: 50, onRetry: () => (retries += 1) },
        );
      }),
    );
    const row = await prisma.outboxEvent.findUniqueOrThrow({
      where: { id: '00000000-0000-4000-8000-000000000001' },
    });
    expect(row.attempts).toBe(3);
    expect(retries).toBeGreaterThanOrEqual(2);
  });
});

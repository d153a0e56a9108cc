/**
 * A consumer process for crash-loop.int-spec.ts: `node -r ./tools/register.cjs <this file>`.
 * It handles `crash.loop.item.v1` by inserting one `effect` row; the item whose `n` is POISON_N kills
 * the process outright (SIGKILL: no cleanup, no ack), as a native crash or the OOM killer would.
 * Prints `ready` when it consumes.
 */
import 'reflect-metadata';
import { Controller } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Module } from '@nestjs/common';
import { Pool } from 'pg';
import { z } from 'zod';
import { CURRENT_POLICY_VERSION, type EventContracts } from '@lz/policy';
import { pgTransactionRunner } from '@lz/persistence';
import { EventErrorFilter, RabbitMqTransport, type EventContext, type WireEnvelope } from '../index';

export const CRASH_LOOP_TYPE = 'crash.loop.item.v1';
const poison = Number(process.env['POISON_N']);

@Controller()
class LoopController {
  @EventPattern<string>(CRASH_LOOP_TYPE)
  async item(@Payload() e: WireEnvelope<string, { n: number }>, @Ctx() ctx: EventContext): Promise<void> {
    if (e.data.n === poison) process.kill(process.pid, 'SIGKILL');
    await ctx.tx.$executeRawUnsafe('INSERT INTO effect (event_id, n) VALUES ($1::uuid, $2)', e.id, e.data.n);
    await new Promise((r) => setTimeout(r, 50)); // in flight when the poison strikes
  }
}

@Module({ controllers: [LoopController] })
class LoopModule {}

async function main(): Promise<void> {
  const contracts: EventContracts = {
    schemaFor: (type: string) => (type === CRASH_LOOP_TYPE ? z.strictObject({ n: z.int() }) : undefined),
    policyVersion: CURRENT_POLICY_VERSION,
  };
  const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: 8 });
  const app = await NestFactory.createMicroservice(LoopModule, {
    strategy: new RabbitMqTransport({
      url: String(process.env['AMQP_URL']),
      service: 'subsidy',
      contracts,
      transactionRunner: pgTransactionRunner(pool),
      prefetch: 8,
      retryDelaysMs: [50],
      crashIsolation: process.env['CRASH_ISOLATION'] !== 'off',
      reconnect: { initialDelayMs: 50, maxDelayMs: 300 },
    }),
    logger: ['fatal'],
  });
  app.useGlobalFilters(new EventErrorFilter());
  await app.listen();
  process.stdout.write('ready\n');
  // Never outlive the test that supervises it.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1_000).unref();
}

void main();

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

export const SERVICE = 'intake';
export const DEFAULT_PORT = 3001;

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
}

bootstrap().catch((err: unknown) => {
  console.error(`${SERVICE}: failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

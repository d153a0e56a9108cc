import path from 'node:path';

/** The platform migrations folder (outbox, inbox, deadline, idempotency_key, audit_log). */
export const PLATFORM_MIGRATIONS_DIR = path.resolve(__dirname, '..', 'prisma', 'migrations');

/** The six services, their ports (ARCHITECTURE.md) and their Prisma migrations folders. */
export const SERVICES = [
  { name: 'intake', port: 3001 },
  { name: 'review', port: 3002 },
  { name: 'publicity', port: 3003 },
  { name: 'subsidy', port: 3004 },
  { name: 'evaluation', port: 3005 },
  { name: 'notifications', port: 3006 },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

/** `apps/<service>/prisma/migrations` of this workspace. */
export function serviceMigrationsDir(service: string): string {
  return path.resolve(__dirname, '..', '..', '..', 'apps', service, 'prisma', 'migrations');
}

// Prisma CLI configuration for the notifications service (Prisma 7: the URL lives here, .env is not loaded).
import { defineConfig, env } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: env('DATABASE_URL') },
});

import path from 'node:path';
import { z } from 'zod';
import { loadConfig } from '@lz/http';

/**
 * Intake's own settings (beside the platform config): where the attachment bytes live. Default
 * `var/blobs` under the working directory (the repo root; `var/` is gitignored).
 */
export const intakeConfigSchema = z.object({
  INTAKE_BLOB_DIR: z
    .string()
    .min(1)
    .default(() => path.resolve(process.cwd(), 'var', 'blobs'))
    .transform((dir) => path.resolve(dir)),
});
export type IntakeConfig = z.output<typeof intakeConfigSchema>;

export const INTAKE_CONFIG = Symbol('INTAKE_CONFIG');

export function loadIntakeConfig(env: Record<string, string | undefined> = process.env): IntakeConfig {
  return loadConfig(intakeConfigSchema, env);
}

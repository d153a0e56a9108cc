import type { z } from 'zod';
import { zodErrorToProblemErrors } from '@lz/policy';
import { problem } from './problem';

/** zod at the edge: the parsed value, or a 400 problem naming each field and rule (zh + en). */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw problem('input.invalid', 'The request is not valid', zodErrorToProblemErrors(result.error, prefix));
}

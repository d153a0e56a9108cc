import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { ProblemException } from '../problem/problem.exception';
import { zodErrorToProblemErrors } from '@lz/policy';

/**
 * The one validation pipe for body, params and query: parses with the zod schema (output =
 * parsed, coerced, defaults applied) or answers 400 problem+json with one entry per issue.
 * Use a strict object (`z.strictObject`) so unknown fields are rejected by name.
 */
@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(readonly schema: S) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.output<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const where = metadata.type === 'body' ? '' : metadata.type === 'param' ? 'params' : metadata.type;
    const prefix = metadata.type === 'param' && metadata.data ? `params.${metadata.data}` : where;
    throw new ProblemException('input.invalid', {
      detail: `The ${metadata.type === 'custom' ? 'input' : metadata.type} does not match the expected schema`,
      errors: zodErrorToProblemErrors(result.error, prefix),
    });
  }
}

/** Alias with the longer name some prefer. */
export { ZodPipe as ZodValidationPipe };

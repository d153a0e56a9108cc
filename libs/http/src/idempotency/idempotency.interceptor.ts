import {
  Injectable,
  SetMetadata,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { map } from 'rxjs/operators';
import type { ErrorCode } from '../problem/error-catalogue.constants';
import { ProblemException, type ProblemBody } from '../problem/problem.exception';
import { IdempotencyService, requestHash } from './idempotency.service';

export const IDEMPOTENT_METADATA = 'lz:http:idempotent';

interface IdempotentOptions {
  required: boolean;
  oneTransaction: boolean;
}

/**
 * Marks a mutation as retry-safe with `Idempotency-Key`. `required: true` makes the header
 * mandatory (400 without it); otherwise a request without the header just runs. `oneTransaction:
 * true` for a handler whose whole effect is one transaction of the service's runner and which
 * answers with that transaction's result: the key is claimed and answered inside that transaction
 * (IdempotencyService.runInOneTransaction), three statements fewer per request.
 */
export const Idempotent = (options: { required?: boolean; oneTransaction?: boolean } = {}): MethodDecorator =>
  SetMetadata(IDEMPOTENT_METADATA, {
    required: options.required ?? false,
    oneTransaction: options.oneTransaction ?? false,
  } satisfies IdempotentOptions);

interface RequestLike {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  routeOptions?: { url?: string };
  principal?: { sub?: string };
}

/** Applies IdempotencyService to routes marked @Idempotent(). Scope = caller + method + route. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotencyService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const opts = this.reflector.get<IdempotentOptions | undefined>(IDEMPOTENT_METADATA, ctx.getHandler());
    if (!opts || ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<RequestLike>();
    const header = req.headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) {
      if (!opts.required) return next.handle();
      throw new ProblemException('input.invalid', {
        detail: 'This operation requires an Idempotency-Key header',
        errors: [
          {
            rule: 'input.idempotency_key',
            path: 'headers.idempotency-key',
            message: 'Send an Idempotency-Key header (e.g. a UUID) and reuse it when retrying',
            messageZh: '请携带 Idempotency-Key 请求头（如 UUID），重试时使用同一值',
          },
        ],
      });
    }
    const httpCode = Reflect.getMetadata('__httpCode__', ctx.getHandler()) as number | undefined;
    const status = httpCode ?? (req.method === 'POST' ? 201 : 200);
    const scope = `${req.principal?.sub ?? 'anonymous'} ${req.method} ${req.routeOptions?.url ?? ''}`;
    const hash = requestHash({ url: (req as { url?: string }).url, body: req.body });
    const answered = opts.oneTransaction
      ? this.idempotency.runInOneTransaction(scope, key, hash, status, () => lastValueFrom(next.handle()))
      : this.idempotency.run(scope, key, hash, async () => ({
          status,
          body: await lastValueFrom(next.handle()),
        }));
    return from(answered).pipe(map((r) => (r.status >= 400 ? replayProblem(r.body as ProblemBody) : r.body)));
  }
}

/** The stored answer of a request that failed after it committed: the same problem again. */
function replayProblem(body: ProblemBody): never {
  // Stored bodies come from the catalogue, so their code gives back the same status and titles.
  throw new ProblemException(body.type.replace(/^urn:lz:problem:/, '') as ErrorCode, {
    detail: body.detail,
    errors: body.errors,
  });
}

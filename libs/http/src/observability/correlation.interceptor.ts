import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { acceptOrCreateCorrelationId, CORRELATION_HEADER, runWithCorrelationId } from './correlation';

/**
 * Runs the handler inside the request's correlation context so `currentCorrelationId()` works in
 * services, repositories and the outbox. The id itself is set by the onRequest hook (createHttpApp);
 * under a bare Test module without that hook it is taken from the header here.
 */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx
      .switchToHttp()
      .getRequest<{ correlationId?: string; headers: Record<string, string | string[] | undefined> }>();
    req.correlationId ??= acceptOrCreateCorrelationId(req.headers[CORRELATION_HEADER]);
    const id = req.correlationId;
    return new Observable((subscriber) =>
      runWithCorrelationId(id, () => next.handle().subscribe(subscriber)),
    );
  }
}

import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';
import { toProblem } from './problem.mapper';
import { CORRELATION_HEADER } from '../observability/correlation';

interface ReplyLike {
  sent?: boolean;
  code(status: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: string): unknown;
}
interface RequestLike {
  method?: string;
  url?: string;
  correlationId?: string;
}

/**
 * The one exception filter: every error leaves as `application/problem+json`. Unexpected errors
 * are logged with their stack and answered with a generic 500 that leaks nothing.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    // Event (RabbitMQ) and job handlers: hand the original error back to the transport, which
    // retries or dead-letters with the real reason (Nest would otherwise replace it with a generic one).
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const reply = http.getResponse<ReplyLike>();
    const req = http.getRequest<RequestLike>();
    const { body, unexpected } = toProblem(exception);
    const correlationId = req?.correlationId;
    if (unexpected) {
      this.logger.error({
        msg: 'unhandled error',
        method: req?.method,
        url: req?.url,
        err:
          exception instanceof Error
            ? { name: exception.name, message: exception.message, stack: exception.stack }
            : { value: String(exception) },
      });
    }
    if (reply.sent) return;
    if (correlationId) reply.header(CORRELATION_HEADER, correlationId);
    if (body.status === 401) reply.header('www-authenticate', 'Bearer');
    reply
      .code(body.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(JSON.stringify(correlationId ? { ...body, correlationId } : body));
  }
}

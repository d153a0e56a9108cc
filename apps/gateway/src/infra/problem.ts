import type { FastifyInstance } from 'fastify';
import { CORRELATION_HEADER, ProblemException, toProblem, type ErrorCode } from '@lz/http';
import type { ProblemError } from '@lz/http';

/** A problem from the shared catalogue (the status follows from the code). */
export function problem(code: ErrorCode, detail: string, errors: ProblemError[] = []): ProblemException {
  return new ProblemException(code, { detail, errors });
}

/**
 * The gateway's one error handler: every error → the services' problem+json body (ARCHITECTURE.md
 * "HTTP conventions"), never a stack trace; unexpected ones are logged with their correlation id.
 */
export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { body, unexpected } = toProblem(error);
    if (unexpected) request.log.error({ err: error }, 'unexpected error');
    const correlationId = request.headers[CORRELATION_HEADER];
    void reply
      .code(body.status)
      .type('application/problem+json')
      .send({ ...body, ...(typeof correlationId === 'string' ? { correlationId } : {}) });
  });
}

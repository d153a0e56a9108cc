import { HttpException } from '@nestjs/common';
import {
  codeForStatus,
  ERROR_CATALOGUE,
  problemStatus,
  problemType,
  type ErrorCode,
} from './error-catalogue.constants';
import { ProblemException, type ProblemBody, type ProblemError } from './problem.exception';

interface FastifyLikeError {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
}

function fromCatalogue(
  code: ErrorCode,
  detail: string | undefined,
  errors: ProblemError[] = [],
): ProblemBody {
  const entry = ERROR_CATALOGUE[code];
  return {
    type: problemType(code),
    title: entry.title,
    titleZh: entry.titleZh,
    status: problemStatus(code),
    detail: detail ?? entry.title,
    errors,
  };
}

/** Fastify's own request errors (parser, limits): 4xx with a `statusCode` and usually an FST_ code. */
function fromFastify(err: FastifyLikeError): ProblemBody | undefined {
  if (typeof err.statusCode !== 'number' || err.statusCode < 400 || err.statusCode >= 500) return undefined;
  const status = err.statusCode;
  const message = typeof err.message === 'string' ? err.message : undefined;
  // The JSON body parser rejects with a SyntaxError carrying statusCode 400.
  const code = err instanceof SyntaxError ? 'FST_ERR_CTP_INVALID_JSON_BODY' : err.code;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return fromCatalogue('input.malformed', 'The request body is not valid JSON', [
        {
          rule: 'input.malformed_json',
          path: '',
          message: 'The request body is not valid JSON',
          messageZh: '请求体不是合法的 JSON',
        },
      ]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return fromCatalogue('http.payload_too_large', 'The request body exceeds the size limit', [
        {
          rule: 'input.body_too_large',
          path: '',
          message: 'The request body exceeds the size limit',
          messageZh: '请求体超过大小上限',
        },
      ]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return fromCatalogue('http.unsupported_media_type', message, [
        {
          rule: 'input.unsupported_media_type',
          path: '',
          message: 'Send the body as application/json',
          messageZh: '请以 application/json 格式发送请求体',
        },
      ]);
    default: {
      const code = status === 400 ? 'input.malformed' : codeForStatus(status);
      return { ...fromCatalogue(code, message), status };
    }
  }
}

function fromHttpException(ex: HttpException): ProblemBody {
  const status = ex.getStatus();
  const code = codeForStatus(status);
  if (status >= 500) return { ...fromCatalogue(code, undefined), status };
  const response = ex.getResponse();
  let detail: string | undefined;
  if (typeof response === 'string') detail = response;
  else if (response && typeof response === 'object' && 'message' in response) {
    const m = (response as { message: unknown }).message;
    detail = typeof m === 'string' ? m : Array.isArray(m) ? m.join('; ') : undefined;
  }
  return { ...fromCatalogue(code, detail), status };
}

/**
 * Every exception → one problem body. Unknown errors (and any 5xx) get a generic body: no message,
 * no stack; the caller logs the original. Returns whether the error was unexpected.
 */
export function toProblem(exception: unknown): { body: ProblemBody; unexpected: boolean } {
  if (exception instanceof ProblemException) {
    // A 503 we throw on purpose (a dependency away, e.g. readiness) is expected, not a bug to trace.
    const status = exception.problem.status;
    return { body: { ...exception.problem }, unexpected: status >= 500 && status !== 503 };
  }
  if (exception instanceof HttpException) {
    // Nest's Fastify adapter wraps Fastify's 4xx errors (parser, limits) with the original as cause.
    const cause = exception.cause;
    const fst = cause && typeof cause === 'object' ? fromFastify(cause as FastifyLikeError) : undefined;
    if (fst) return { body: fst, unexpected: false };
    const body = fromHttpException(exception);
    return { body, unexpected: body.status >= 500 };
  }
  if (exception && typeof exception === 'object') {
    const fst = fromFastify(exception as FastifyLikeError);
    if (fst) return { body: fst, unexpected: false };
  }
  return {
    body: fromCatalogue(
      'internal',
      'An unexpected error occurred. Quote the correlation id when reporting it.',
    ),
    unexpected: true,
  };
}

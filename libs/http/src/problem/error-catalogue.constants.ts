/**
 * The catalogue of problem codes every service answers with; a code's HTTP status is decided by the
 * code alone (`problemStatus`, an exhaustive switch: a new code without a status does not compile). `type` of a problem is
 * `urn:lz:problem:<code>`. Domain rule violations carry docs/SPEC.md rule IDs in `errors[].rule`.
 */
export const ERROR_CATALOGUE = {
  'input.malformed': { title: 'Malformed request', titleZh: '请求格式错误' },
  'input.invalid': { title: 'Invalid input', titleZh: '输入数据不合法' },
  'auth.unauthenticated': { title: 'Authentication required', titleZh: '需要登录或令牌无效' },
  'auth.session_expired': {
    title: 'The session has expired; sign in again',
    titleZh: '登录已过期，请重新登录',
  },
  'auth.forbidden': { title: 'Not allowed for this role', titleZh: '当前角色无权执行此操作' },
  'auth.csrf': { title: 'Missing or wrong CSRF token', titleZh: '缺少或错误的防跨站请求令牌' },
  'http.not_found': { title: 'Not found', titleZh: '资源不存在' },
  'http.method_not_allowed': { title: 'Method not allowed', titleZh: '不支持的请求方法' },
  'http.not_acceptable': { title: 'Not acceptable', titleZh: '无法提供所要求的格式' },
  conflict: { title: 'Conflict with the current state', titleZh: '与当前状态冲突' },
  'idempotency.in_progress': {
    title: 'A request with this Idempotency-Key is still in progress',
    titleZh: '相同幂等键的请求仍在处理中',
  },
  'idempotency.superseded': {
    title: 'This request was taken over by a retry with the same Idempotency-Key; nothing was changed',
    titleZh: '该请求已被使用相同幂等键的重试接管，本次未作任何更改',
  },
  'idempotency.outcome_lost': {
    title: 'A request with this Idempotency-Key was carried out, but its response was lost',
    titleZh: '相同幂等键的请求已执行，但其响应已丢失',
  },
  'http.gone': { title: 'Gone', titleZh: '资源已不存在' },
  'http.length_required': { title: 'Content-Length required', titleZh: '请求须带 Content-Length' },
  'http.precondition_failed': { title: 'Precondition failed', titleZh: '前置条件不满足' },
  'http.payload_too_large': { title: 'Request body too large', titleZh: '请求体过大' },
  'http.unsupported_media_type': {
    title: 'Unsupported content type',
    titleZh: '不支持的内容类型',
  },
  'policy.violation': { title: 'Policy rules not met', titleZh: '不符合政策规定' },
  'idempotency.key_reused': {
    title: 'Idempotency-Key reused with a different request',
    titleZh: '幂等键已用于不同的请求',
  },
  'http.unprocessable': { title: 'Unprocessable request', titleZh: '请求无法处理' },
  'http.too_many_requests': { title: 'Too many requests', titleZh: '请求过于频繁' },
  internal: { title: 'Internal server error', titleZh: '服务器内部错误' },
  'storage.integrity': {
    title: 'Stored file failed its integrity check',
    titleZh: '附件完整性校验失败',
  },
  'http.bad_gateway': { title: 'Bad gateway', titleZh: '上游服务错误' },
  unavailable: { title: 'Service unavailable', titleZh: '服务暂不可用' },
  'http.timeout': { title: 'Upstream timeout', titleZh: '上游服务超时' },
} as const satisfies Record<string, { title: string; titleZh: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** For exhaustive switches: a value the compiler has proven impossible. */
export function assertUnreachable(value: never): never {
  throw new Error(`unreachable: ${String(value)}`);
}

/** The HTTP status of a problem code. */
export function problemStatus(code: ErrorCode): number {
  switch (code) {
    case 'input.malformed':
    case 'input.invalid':
      return 400;
    case 'auth.unauthenticated':
    case 'auth.session_expired':
      return 401;
    case 'auth.forbidden':
    case 'auth.csrf':
      return 403;
    case 'http.not_found':
      return 404;
    case 'http.method_not_allowed':
      return 405;
    case 'http.not_acceptable':
      return 406;
    case 'conflict':
    case 'idempotency.in_progress':
    case 'idempotency.superseded':
    case 'idempotency.outcome_lost':
      return 409;
    case 'http.gone':
      return 410;
    case 'http.length_required':
      return 411;
    case 'http.precondition_failed':
      return 412;
    case 'http.payload_too_large':
      return 413;
    case 'http.unsupported_media_type':
      return 415;
    case 'policy.violation':
    case 'idempotency.key_reused':
    case 'http.unprocessable':
      return 422;
    case 'http.too_many_requests':
      return 429;
    case 'internal':
    case 'storage.integrity':
      return 500;
    case 'http.bad_gateway':
      return 502;
    case 'unavailable':
      return 503;
    case 'http.timeout':
      return 504;
    default:
      return assertUnreachable(code);
  }
}

export function problemType(code: ErrorCode): string {
  return `urn:lz:problem:${code}`;
}

/** The catalogue code a bare HTTP status maps to (exhaustive over the statuses we emit). */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'input.invalid';
    case 401:
      return 'auth.unauthenticated';
    case 403:
      return 'auth.forbidden';
    case 404:
      return 'http.not_found';
    case 405:
      return 'http.method_not_allowed';
    case 406:
      return 'http.not_acceptable';
    case 409:
      return 'conflict';
    case 410:
      return 'http.gone';
    case 411:
      return 'http.length_required';
    case 412:
      return 'http.precondition_failed';
    case 413:
      return 'http.payload_too_large';
    case 415:
      return 'http.unsupported_media_type';
    case 422:
      return 'http.unprocessable';
    case 429:
      return 'http.too_many_requests';
    case 502:
      return 'http.bad_gateway';
    case 503:
      return 'unavailable';
    case 504:
      return 'http.timeout';
    default:
      return status >= 400 && status < 500 ? 'input.malformed' : 'internal';
  }
}

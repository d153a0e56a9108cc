/**
 * The catalogue of problem codes every service answers with. `type` of a problem is
 * `urn:lz:problem:<code>`. Domain rule violations carry SPEC.md rule IDs in `errors[].rule`.
 */
export const ERROR_CATALOGUE = {
  'input.malformed': { status: 400, title: 'Malformed request', titleZh: '请求格式错误' },
  'input.invalid': { status: 400, title: 'Invalid input', titleZh: '输入数据不合法' },
  'auth.unauthenticated': { status: 401, title: 'Authentication required', titleZh: '需要登录或令牌无效' },
  'auth.session_expired': {
    status: 401,
    title: 'The session has expired; sign in again',
    titleZh: '登录已过期，请重新登录',
  },
  'auth.forbidden': { status: 403, title: 'Not allowed for this role', titleZh: '当前角色无权执行此操作' },
  'auth.csrf': {
    status: 403,
    title: 'Missing or wrong CSRF token',
    titleZh: '缺少或错误的防跨站请求令牌',
  },
  'http.not_found': { status: 404, title: 'Not found', titleZh: '资源不存在' },
  'http.method_not_allowed': { status: 405, title: 'Method not allowed', titleZh: '不支持的请求方法' },
  'http.not_acceptable': { status: 406, title: 'Not acceptable', titleZh: '无法提供所要求的格式' },
  conflict: { status: 409, title: 'Conflict with the current state', titleZh: '与当前状态冲突' },
  'idempotency.in_progress': {
    status: 409,
    title: 'A request with this Idempotency-Key is still in progress',
    titleZh: '相同幂等键的请求仍在处理中',
  },
  'idempotency.superseded': {
    status: 409,
    title: 'This request was taken over by a retry with the same Idempotency-Key; nothing was changed',
    titleZh: '该请求已被使用相同幂等键的重试接管，本次未作任何更改',
  },
  'idempotency.outcome_lost': {
    status: 409,
    title: 'A request with this Idempotency-Key was carried out, but its response was lost',
    titleZh: '相同幂等键的请求已执行，但其响应已丢失',
  },
  'http.gone': { status: 410, title: 'Gone', titleZh: '资源已不存在' },
  'http.length_required': {
    status: 411,
    title: 'Content-Length required',
    titleZh: '请求须带 Content-Length',
  },
  'http.precondition_failed': { status: 412, title: 'Precondition failed', titleZh: '前置条件不满足' },
  'http.payload_too_large': { status: 413, title: 'Request body too large', titleZh: '请求体过大' },
  'http.unsupported_media_type': {
    status: 415,
    title: 'Unsupported content type',
    titleZh: '不支持的内容类型',
  },
  'policy.violation': { status: 422, title: 'Policy rules not met', titleZh: '不符合政策规定' },
  'idempotency.key_reused': {
    status: 422,
    title: 'Idempotency-Key reused with a different request',
    titleZh: '幂等键已用于不同的请求',
  },
  'http.unprocessable': { status: 422, title: 'Unprocessable request', titleZh: '请求无法处理' },
  'http.too_many_requests': { status: 429, title: 'Too many requests', titleZh: '请求过于频繁' },
  internal: { status: 500, title: 'Internal server error', titleZh: '服务器内部错误' },
  'http.bad_gateway': { status: 502, title: 'Bad gateway', titleZh: '上游服务错误' },
  unavailable: { status: 503, title: 'Service unavailable', titleZh: '服务暂不可用' },
  'http.timeout': { status: 504, title: 'Upstream timeout', titleZh: '上游服务超时' },
} as const satisfies Record<string, { status: number; title: string; titleZh: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function problemType(code: string): string {
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

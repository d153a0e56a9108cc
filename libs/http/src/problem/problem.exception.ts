import { HttpException } from '@nestjs/common';
import { ERROR_CATALOGUE, problemType, type ErrorCode } from './error-catalogue.constants';

/** One entry of `errors[]`: which rule, where in the input, what is wrong (en + zh). */
export interface ProblemError {
  rule: string;
  path: string;
  message: string;
  messageZh: string;
}

/** RFC 9457 problem details as every service sends them. */
export interface ProblemBody {
  type: string;
  title: string;
  titleZh: string;
  status: number;
  detail: string;
  errors: ProblemError[];
  correlationId?: string;
}

export interface ProblemOptions {
  detail?: string;
  errors?: ProblemError[];
}

/** Base of every problem the services throw deliberately. The filter renders it as is. */
export class ProblemException extends HttpException {
  readonly code: string;
  readonly problem: Omit<ProblemBody, 'correlationId'>;

  constructor(
    status: number,
    code: ErrorCode | string,
    options: ProblemOptions & { title?: string; titleZh?: string } = {},
  ) {
    const entry = (ERROR_CATALOGUE as Record<string, { title: string; titleZh: string } | undefined>)[code];
    const title = options.title ?? entry?.title ?? 'Error';
    const problem = {
      type: problemType(code),
      title,
      titleZh: options.titleZh ?? entry?.titleZh ?? title,
      status,
      detail: options.detail ?? title,
      errors: options.errors ?? [],
    };
    super(problem, status);
    this.code = code;
    this.problem = problem;
  }
}

/** A policy finding (SPEC.md rule ID) — what eligibility/submit return. */
export interface PolicyFinding extends ProblemError {
  severity?: 'error' | 'flag';
}

/** 422: hard policy rules failed (or flags lack a justification). `errors[].rule` are SPEC rule IDs. */
export class PolicyViolationException extends ProblemException {
  constructor(
    readonly findings: PolicyFinding[],
    detail = 'The request does not meet the policy rules listed in errors',
  ) {
    super(422, 'policy.violation', {
      detail,
      errors: findings.map(({ rule, path, message, messageZh }) => ({ rule, path, message, messageZh })),
    });
  }
}

/** 409: the object is not in a state that allows this (e.g. submitting a FILED application). */
export class ConflictProblem extends ProblemException {
  constructor(rule: string, message: string, messageZh: string, path = '') {
    super(409, 'conflict', { detail: message, errors: [{ rule, path, message, messageZh }] });
  }
}

/** 404 — also what another unit's or jurisdiction's object answers (no existence leak). */
export class NotFoundProblem extends ProblemException {
  constructor(what = 'resource') {
    super(404, 'http.not_found', { detail: `The ${what} was not found` });
  }
}

import { HttpException } from '@nestjs/common';
import { ERROR_CATALOGUE, problemStatus, problemType, type ErrorCode } from './error-catalogue.constants';

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

/**
 * Base of every problem the services throw deliberately, by a code of the catalogue: its status and
 * titles come from there (error-catalogue.constants.ts). The filter renders it as is.
 */
export class ProblemException extends HttpException {
  readonly code: ErrorCode;
  readonly problem: Omit<ProblemBody, 'correlationId'>;

  constructor(code: ErrorCode, options: ProblemOptions = {}) {
    const entry = ERROR_CATALOGUE[code];
    const status = problemStatus(code);
    const title = entry.title;
    const problem = {
      type: problemType(code),
      title,
      titleZh: entry.titleZh,
      status,
      detail: options.detail ?? title,
      errors: options.errors ?? [],
    };
    super(problem, status);
    this.code = code;
    this.problem = problem;
  }
}

/**
 * One input error naming the field (`path`) and the rule, in English and Chinese; `code` decides the
 * status (default `input.invalid`, 400).
 */
export class InputProblem extends ProblemException {
  constructor(
    rule: string,
    path: string,
    message: string,
    messageZh: string,
    code: ErrorCode = 'input.invalid',
  ) {
    super(code, { detail: message, errors: [{ rule, path, message, messageZh }] });
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
    super('policy.violation', {
      detail,
      errors: findings.map(({ rule, path, message, messageZh }) => ({ rule, path, message, messageZh })),
    });
  }
}

/** 409: the object is not in a state that allows this (e.g. submitting a FILED application). */
export class ConflictProblem extends ProblemException {
  constructor(rule: string, message: string, messageZh: string, path = '') {
    super('conflict', { detail: message, errors: [{ rule, path, message, messageZh }] });
  }
}

/** 404 — also what another unit's or jurisdiction's object answers (no existence leak). */
export class NotFoundProblem extends ProblemException {
  constructor(what = 'resource') {
    super('http.not_found', { detail: `The ${what} was not found` });
  }
}

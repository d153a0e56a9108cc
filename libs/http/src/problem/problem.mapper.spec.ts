import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { ERROR_CATALOGUE, codeForStatus, problemStatus, type ErrorCode } from './error-catalogue.constants';
import { toProblem } from './problem.mapper';
import {
  ConflictProblem,
  NotFoundProblem,
  PolicyViolationException,
  ProblemException,
} from './problem.exception';

describe(toProblem.name, () => {
  it('renders a ProblemException as it is', () => {
    const { body, unexpected } = toProblem(
      new ProblemException('input.invalid', {
        detail: 'bad',
        errors: [{ rule: 'input.invalid_type', path: 'a', message: 'm', messageZh: 'z' }],
      }),
    );
    expect(unexpected).toBe(false);
    expect(body).toEqual({
      type: 'urn:lz:problem:input.invalid',
      title: 'Invalid input',
      titleZh: '输入数据不合法',
      status: 400,
      detail: 'bad',
      errors: [{ rule: 'input.invalid_type', path: 'a', message: 'm', messageZh: 'z' }],
    });
  });

  it('renders policy violations as 422 with SPEC rule ids', () => {
    const { body } = toProblem(
      new PolicyViolationException([
        {
          rule: '2.1a',
          path: 'members',
          message: 'Need a member outside Luzhou',
          messageZh: '须有泸州市外成员',
          severity: 'error',
        },
      ]),
    );
    expect(body.status).toBe(422);
    expect(body.errors).toEqual([
      {
        rule: '2.1a',
        path: 'members',
        message: 'Need a member outside Luzhou',
        messageZh: '须有泸州市外成员',
      },
    ]);
  });

  it('renders conflicts and not-found problems', () => {
    expect(toProblem(new ConflictProblem('state.not_draft', 'Not a draft', '非草稿状态')).body).toMatchObject(
      {
        status: 409,
        errors: [{ rule: 'state.not_draft' }],
      },
    );
    expect(toProblem(new NotFoundProblem('application')).body).toMatchObject({
      status: 404,
      detail: 'The application was not found',
    });
  });

  it('maps Nest HTTP exceptions by status', () => {
    expect(toProblem(new UnauthorizedException()).body.type).toBe('urn:lz:problem:auth.unauthenticated');
    expect(toProblem(new ForbiddenException('no')).body).toMatchObject({ status: 403, detail: 'no' });
    expect(toProblem(new NotFoundException()).body.status).toBe(404);
    expect(toProblem(new BadRequestException(['a', 'b'])).body.detail).toBe('a; b');
  });

  it('maps Fastify parser errors carried as the cause', () => {
    const fst = Object.assign(new Error('Request body is too large'), {
      name: 'FastifyError',
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    const { body } = toProblem(new HttpException(fst.message, 413, { cause: fst }));
    expect(body).toMatchObject({ status: 413, errors: [{ rule: 'input.body_too_large' }] });
    const json = Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 });
    expect(toProblem(json).body.errors[0].rule).toBe('input.malformed_json');
  });

  it('hides everything about an unknown error', () => {
    const { body, unexpected } = toProblem(new Error('password=hunter2'));
    expect(unexpected).toBe(true);
    expect(body.status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(body).not.toHaveProperty('stack');
  });

  it('hides the message of a 5xx HttpException', () => {
    const { body, unexpected } = toProblem(new HttpException('db at 10.0.0.5 down', 502));
    expect(unexpected).toBe(true);
    expect(JSON.stringify(body)).not.toContain('10.0.0.5');
  });
});

describe(codeForStatus.name, () => {
  it('maps every catalogue status back to a code with that status', () => {
    for (const code of Object.keys(ERROR_CATALOGUE) as ErrorCode[]) {
      const status = problemStatus(code);
      expect(problemStatus(codeForStatus(status))).toBe(status);
    }
  });
});

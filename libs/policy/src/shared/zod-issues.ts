import type { z } from 'zod';

/**
 * What a zod issue says, in both languages, by the field's path: the `errors[]` entries of a 400
 * problem (libs/http) and the structural findings of the eligibility check. Here, beside the schemas,
 * so the services, the policy code and the portal word a schema's refusal the same way.
 */
export interface IssueMessage {
  rule: string;
  path: string;
  message: string;
  messageZh: string;
}

/** `['members', 2, 'uscc']` → `members[2].uscc`; with a prefix for query/params (`query.page`). */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

const SIZE_UNIT_ZH: Record<string, string> = {
  string: '个字符',
  array: '项',
  set: '项',
  file: '字节',
};

function zhSize(origin: string, bound: string, kind: 'max' | 'min', inclusive: boolean | undefined): string {
  const unit = SIZE_UNIT_ZH[origin];
  if (unit) return kind === 'max' ? `不得超过 ${bound} ${unit}` : `不得少于 ${bound} ${unit}`;
  const op =
    kind === 'max' ? (inclusive === false ? '小于' : '不大于') : inclusive === false ? '大于' : '不小于';
  return `必须${op} ${bound}`;
}

/**
 * One zod issue → one `errors[]` entry. Schema errors get rule `input.<zod issue code>`; a custom
 * refinement may name a SPEC rule and its Chinese text with `params: { rule, messageZh }`.
 */
export function issueToProblemError(issue: z.core.$ZodIssue, prefix = ''): IssueMessage[] {
  const path = formatPath(issue.path, prefix);
  const rule = `input.${issue.code}`;
  switch (issue.code) {
    case 'invalid_type': {
      const missing = issue.input === undefined;
      return [
        {
          rule,
          path,
          message: missing ? `Required (${issue.expected})` : `Expected ${issue.expected}`,
          messageZh: missing ? `必填项（${issue.expected}）` : `类型错误，应为 ${issue.expected}`,
        },
      ];
    }
    case 'unrecognized_keys':
      // One entry per unknown field, named by its own path.
      return issue.keys.map((key) => ({
        rule,
        path: formatPath([...issue.path, key], prefix),
        message: `Unknown field '${key}'`,
        messageZh: `未知字段“${key}”`,
      }));
    case 'too_big':
      return [
        {
          rule,
          path,
          message: issue.message,
          messageZh: zhSize(issue.origin, String(issue.maximum), 'max', issue.inclusive),
        },
      ];
    case 'too_small':
      return [
        {
          rule,
          path,
          message: issue.message,
          messageZh: zhSize(issue.origin, String(issue.minimum), 'min', issue.inclusive),
        },
      ];
    case 'invalid_format':
      return [{ rule, path, message: issue.message, messageZh: `格式不正确（${issue.format}）` }];
    case 'not_multiple_of':
      return [{ rule, path, message: issue.message, messageZh: `必须是 ${String(issue.divisor)} 的倍数` }];
    case 'invalid_union':
      return [{ rule, path, message: issue.message, messageZh: '不符合任何允许的形式' }];
    case 'invalid_key':
      return [{ rule, path, message: issue.message, messageZh: '键不合法' }];
    case 'invalid_element':
      return [{ rule, path, message: issue.message, messageZh: '元素不合法' }];
    case 'invalid_value':
      return [
        {
          rule,
          path,
          message: issue.message,
          messageZh: `取值必须是以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`,
        },
      ];
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: unknown; messageZh?: unknown };
      return [
        {
          rule: typeof params.rule === 'string' ? params.rule : rule,
          path,
          message: issue.message,
          messageZh: typeof params.messageZh === 'string' ? params.messageZh : issue.message,
        },
      ];
    }
    default: {
      const other: { message: string } = issue;
      return [{ rule: 'input.invalid', path, message: other.message, messageZh: '输入不合法' }];
    }
  }
}

export function zodErrorToProblemErrors(error: z.ZodError, prefix = ''): IssueMessage[] {
  return error.issues.flatMap((i) => issueToProblemError(i, prefix));
}

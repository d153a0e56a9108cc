import type { ProblemError } from '@lz/http';

// PostgreSQL's jsonb cannot hold U+0000, nor a lone UTF-16 surrogate: refuse them as input errors
// (400 naming the field) instead of letting the database fail the write (500).
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|\p{Cs}/u;

/** Paths of the strings in `value` that the database cannot store, as `errors[]` entries. */
export function unstorableText(value: unknown, path = ''): ProblemError[] {
  if (typeof value === 'string') {
    return UNSTORABLE.test(value)
      ? [
          {
            rule: 'input.text',
            path: path || 'body',
            message: 'must not contain NUL characters or unpaired surrogates',
            messageZh: '不得包含空字符或无效的 Unicode 代理字符',
          },
        ]
      : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableText(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...unstorableText(k, path),
      ...unstorableText(v, path ? `${path}.${k}` : k),
    ]);
  }
  return [];
}

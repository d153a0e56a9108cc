/**
 * Personal data never reaches a log line (docs/ARCHITECTURE.md "HTTP conventions"): the phones,
 * e-mails and names of objectors and contacts. Two nets, applied to every line by the logger:
 * - by key: a field whose name says it holds personal data (`contact`, `phone`, `email`, …), a request
 *   or message body, and credentials are replaced whole, at any depth;
 * - by value: inside every string (messages, error texts and stacks, URLs) e-mail addresses, Chinese
 *   mobile and landline numbers, the row values Postgres quotes in its errors, and the input snippet
 *   that `JSON.parse` quotes are replaced. A name in free text cannot be recognised, which is why
 *   bodies and event data are never logged whole and those quoting errors are cut.
 */
export const REDACTED = '[redacted]';

/** Field names whose value is personal data or a credential, whatever it holds. */
const PERSONAL_KEYS = new Set(
  [
    'contact',
    'contacts',
    'contactname',
    'contactphone',
    'contactemail',
    'objector',
    'phone',
    'mobile',
    'telephone',
    'tel',
    'email',
    'mail',
    'body',
    'authorization',
    'cookie',
    'set-cookie',
    'attestedby',
    'password',
    'token',
  ].map((k) => k.toLowerCase()),
);

const VALUE_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // JSON.parse quotes the start of its input: `Unexpected token '罗', "罗文斌 0830-3"... is not valid JSON`.
  [
    /Unexpected token '[^']*', "(?:[^"\\]|\\.)*"(?:\.\.\.)? is not valid JSON/g,
    `Unexpected token, ${REDACTED} is not valid JSON`,
  ],
  [/"(?:[^"\\]|\\.)*"(?:\.\.\.)? is not valid JSON/g, `${REDACTED} is not valid JSON`],
  // Postgres quotes row values: `Key (contact_phone)=(13800138000) already exists`, `Failing row contains (…)`.
  [/Key \(([^)]*)\)=\((?:[^()]|\([^()]*\))*\)/g, `Key ($1)=(${REDACTED})`],
  [/Failing row contains \((?:[^()]|\([^()]*\))*\)/g, `Failing row contains (${REDACTED})`],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, REDACTED],
  // Mobile numbers (optionally +86) and landlines with their area code (0830-3101234, 02812345678).
  [/(?<![\dA-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, REDACTED],
  [/(?<![\dA-Za-z])0\d{2,3}[- ]?\d{7,8}(?!\d)/g, REDACTED],
];

/** The string with every personal-data pattern replaced. */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of VALUE_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A query string's values may be anything a caller typed (a name searched for): keep only the keys. */
function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return redactText(url);
  const keys = url
    .slice(q + 1)
    .split('&')
    .map((pair) => `${pair.split('=')[0]}=${REDACTED}`);
  return `${redactText(url.slice(0, q))}?${keys.join('&')}`;
}

/** A copy of `value` fit for a log line (plain data; errors become `{name, message, stack}`). */
export function redactForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[deep]';
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactText(value.message),
      ...(value.stack ? { stack: redactText(value.stack) } : {}),
    };
  }
  if (Array.isArray(value)) return value.map((v) => redactForLog(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (PERSONAL_KEYS.has(key.toLowerCase())) out[key] = REDACTED;
    else if (key === 'url' && typeof v === 'string') out[key] = redactUrl(v);
    else out[key] = redactForLog(v, depth + 1);
  }
  return out;
}

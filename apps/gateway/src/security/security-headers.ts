import type { FastifyInstance } from 'fastify';

/**
 * The response headers of every answer (HTML, JSON, assets, proxied): a CSP with no inline script
 * (Ant Design's CSS-in-JS needs inline styles), no framing, no MIME sniffing, no referrer to other
 * origins. `formAction` names the issuer: a sign-out form is redirected to its end-session page.
 */
export function securityHeaders(issuerOrigin: string): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // blob: the portal's inline preview of a stored PDF or image (bytes verified by the service).
    "img-src 'self' data: blob:",
    "frame-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${issuerOrigin}`,
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

export function installSecurityHeaders(app: FastifyInstance, issuerOrigin: string, https: boolean): void {
  const headers = {
    ...securityHeaders(issuerOrigin),
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    return payload;
  });
}

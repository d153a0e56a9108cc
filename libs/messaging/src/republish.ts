import type { Message, Options } from 'amqplib';

/**
 * The publish options that carry a consumed message on (to a retry queue, the DLQ, or back from the
 * DLQ): its properties, its headers minus `strip`, plus `extra`.
 */
export function republishProperties(
  msg: Message,
  strip: ReadonlySet<string>,
  extra: Record<string, unknown>,
): Options.Publish {
  const headers: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(
    (msg.properties.headers as Record<string, unknown> | undefined) ?? {},
  )) {
    if (!strip.has(k)) headers[k] = v;
  }
  const p = msg.properties;
  return {
    contentType: p.contentType ?? 'application/json',
    messageId: p.messageId,
    type: p.type,
    correlationId: p.correlationId,
    appId: p.appId,
    timestamp: p.timestamp,
    headers: { ...headers, ...extra },
  };
}

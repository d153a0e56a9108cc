import { verifyAuditChain, type AuditChainVerdict } from '@lz/audit';
import type { SqlClient } from '@lz/persistence';
import { waitUntil } from '@lz/test-infra';

/**
 * Waits until the service's AuditChainer has chained every committed audit row (`unchained: 0`),
 * then returns the verdict. A bare `verifyAuditChain(...).ok` also holds with the chainer switched
 * off (rows younger than the grace period count as fine), so tests of the chain use this.
 */
export async function waitForAuditChain(client: SqlClient, timeoutMs = 15_000): Promise<AuditChainVerdict> {
  let verdict = await verifyAuditChain(client);
  await waitUntil(
    async () => {
      verdict = await verifyAuditChain(client);
      return !verdict.ok || verdict.unchained === 0;
    },
    'every audit row to be chained',
    timeoutMs,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; last verdict ${JSON.stringify(verdict)}`);
  });
  return verdict;
}

export * from './audit-log';
export * from './verify-audit-chain';
export { auditRowHash, GENESIS_HASH, sm3Hex, type AuditRowContent } from './audit-hash';
export { canonicalJson } from './canonical-json';

export * from './audit-action';
export * from './audit-log';
export * from './verify-audit-chain';
export * from './audit-chainer';
export * from './audit-chainer.service';
export * from './audit-chain.module';
export { AUDIT_CHAIN_OPTIONS, type AuditChainModuleOptions } from './audit-chain.constants';
export { auditChainHash, GENESIS_HASH, sm3Hex, type AuditRowContent } from './audit-hash';
export { canonicalJson } from './canonical-json';

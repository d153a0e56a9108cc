import { auditChainHash, GENESIS_HASH, isoMicros, sm3Hex, type AuditRowContent } from './audit-hash';
import { canonicalJson } from './canonical-json';

const row: AuditRowContent = {
  seq: '1',
  at: '2026-11-27T02:30:00.123000Z',
  actor: 'u-1',
  role: 'officer',
  action: 'notice.publish',
  objectType: 'notice',
  objectId: 'n-1',
  ip: '10.0.0.1',
  outcome: 'SUCCESS',
  detail: { b: 1, a: [1, { d: null, c: 'x' }] },
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: undefined, c: [2, { z: 1, y: 2 }] } })).toBe(
      '{"a":{"c":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('auditChainHash', () => {
  it('computes the SM3 test vector "abc"', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('does not depend on the key order of detail', () => {
    expect(auditChainHash(GENESIS_HASH, '1', row)).toBe(
      auditChainHash(GENESIS_HASH, '1', { ...row, detail: { a: [1, { c: 'x', d: null }], b: 1 } }),
    );
  });

  it('changes when any column, the position or the previous hash changes', () => {
    const base = auditChainHash(GENESIS_HASH, '1', row);
    expect(auditChainHash(GENESIS_HASH, '1', { ...row, outcome: 'FAILURE' })).not.toBe(base);
    expect(auditChainHash(GENESIS_HASH, '1', { ...row, seq: '2' })).not.toBe(base);
    expect(auditChainHash(GENESIS_HASH, '2', row)).not.toBe(base);
    expect(auditChainHash('f'.repeat(64), '1', row)).not.toBe(base);
    expect(auditChainHash(GENESIS_HASH, '1', { ...row, ip: null })).not.toBe(base);
  });

  it('is SM3 of prev_hash followed by the canonical JSON', () => {
    expect(auditChainHash(GENESIS_HASH, '1', row)).toBe(
      sm3Hex(GENESIS_HASH + canonicalJson({ ...row, position: '1', prevHash: GENESIS_HASH })),
    );
  });
});

describe('isoMicros', () => {
  it('renders microseconds since the epoch as UTC ISO-8601 with six digits', () => {
    expect(isoMicros(BigInt(Date.UTC(2026, 10, 27, 2, 30, 0, 123)) * 1000n + 45n)).toBe(
      '2026-11-27T02:30:00.123045Z',
    );
  });
});

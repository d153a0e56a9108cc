// Test factories shared by every project's tests: valid USCCs, an ELIGIBLE application document
// with matching attachments, and event envelopes/data built on @lz/policy's contracts.
export * from './seed';
export * from './uscc.factory';
export * from './application.factory';
export * from './envelope.factory';

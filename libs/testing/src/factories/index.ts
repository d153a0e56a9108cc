// Test factories shared by every project's tests: valid USCCs, an ELIGIBLE application document
// with matching attachments, event envelopes/data built on @lz/policy's contracts, and upload files
// (a PDF, zip archives).
export * from './seed';
export * from './uscc.factory';
export * from './application.factory';
export * from './envelope.factory';
export * from './files';

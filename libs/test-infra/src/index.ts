// @lz/test-infra — per-run isolation on the real servers (own database, vhost, Redis prefix). Imports
// nothing of ours, so every library's tests may use it without a dependency cycle (@lz/testing, which
// composes services, re-exports it).
export * from './infra';
export * from './wait';
export * from './tcp-proxy';

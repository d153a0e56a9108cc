// Setup of the integration tier (jest.config.js): a generous default timeout, so a test on the real
// Postgres/Redis/RabbitMQ does not fail only because the 2-core machine is busy. A timeout is a
// safety net, never an assertion on speed; a spec that needs more raises it. (The e2e tier sets its
// own, longer default in jest.e2e.config.js.)
jest.setTimeout(30_000);

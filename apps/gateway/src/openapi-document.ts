import { gatewayOwnDocument } from './docs/api-docs.merge';

/** Prints the gateway's own routes (session, access) as an OpenAPI document (`npm run api:generate`). */
process.stdout.write(`${JSON.stringify(gatewayOwnDocument())}\n`);

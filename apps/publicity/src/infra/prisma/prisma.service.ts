import { deadlineBatchHandlerDecorator, deadlineHandlerDecorator } from '@lz/deadlines';
import { eventHandlerDecorator, type EventContext } from '@lz/messaging';
import { ServicePrismaClient } from '@lz/platform';
import { PrismaClient, type Prisma } from './generated/client';

/** The client handed to a function run in a transaction. */
export type PrismaTx = Prisma.TransactionClient;

/** `@OnEvent(type)`: an event handler of this service, its event and `ctx.tx` (a PrismaTx) typed. */
export const OnEvent = eventHandlerDecorator<PrismaTx>();
/** The second argument of this service's event handlers. */
export type ServiceEventContext = EventContext<PrismaTx>;
/** `@OnDeadline(kind)`: a deadline handler of this service, its transaction (a PrismaTx) typed. */
export const OnDeadline = deadlineHandlerDecorator<PrismaTx>();
/** `@OnDeadlines(kind)`: the batch form — the rows of a kind due together, in one transaction. */
export const OnDeadlines = deadlineBatchHandlerDecorator<PrismaTx>();

/**
 * The publicity service's Prisma client on its own database (`DATABASE_URL` of the platform config);
 * also the service's transaction runner: `prisma.transaction(async (tx) => …)`.
 */
export class PrismaService extends ServicePrismaClient<PrismaClient, PrismaTx>(PrismaClient) {}

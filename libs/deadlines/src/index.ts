export { systemClock, OffsetClock, type Clock } from './clock';
export {
  defineDeadlineKinds,
  deadlineId,
  type DeadlineKindOf,
  type DeadlineRow,
  type DeadlineStatus,
  type DeadlineHandlerFn,
  type DeadlineBatchHandlerFn,
  type DeadlineJobOutcome,
  type ScheduleDeadlineInput,
  type ScheduledDeadline,
} from './deadline.types';
export {
  DEADLINE_JOB_DEFAULTS,
  deadlineQueueName,
  deadlineJobId,
  deadlineDelayMs,
  type DeadlineJobPayload,
} from './deadline-job';
export {
  DeadlineHandler,
  DeadlineBatchHandler,
  deadlineHandlerDecorator,
  deadlineBatchHandlerDecorator,
} from './deadline-handler.decorator';
export { DeadlineScheduler, type EnsureJobResult } from './deadline-scheduler.service';
export { DeadlineReconciler, type ReconcileReport } from './deadline-reconciler.service';
export { DeadlinesHealthIndicator, type DeadlinesHealth } from './deadlines-health.service';
export { DeadlinesModule, type DeadlinesModuleAsyncOptions } from './deadlines.module';
export { DEADLINES_CLOCK, type DeadlinesModuleOptions } from './deadlines.constants';
export { redisConnectionOptions } from './redis-connection';

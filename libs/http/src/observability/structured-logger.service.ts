import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type DestinationStream, type Logger } from 'pino';
import { currentCorrelationId } from './correlation';
import { redactForLog, redactText } from './personal-data.redaction';

const LEVELS: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
const PINO_LEVEL: Record<LogLevel, pino.Level> = {
  verbose: 'trace',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};

export type LogSink = (line: string) => void;

/** Maps LOG_LEVEL (trace|debug|info|warn|error|fatal) to the Nest levels to print. */
export function nestLevelsFrom(level: string): LogLevel[] {
  const idx = Math.max(0, (Object.values(PINO_LEVEL) as string[]).indexOf(level === 'log' ? 'info' : level));
  return LEVELS.slice(idx);
}

/**
 * The services' logger: Nest's `LoggerService` on pino (the logger Fastify brings), one JSON object
 * per line — `{level, time, service, correlationId?, context?, msg, ...fields}` — with personal data
 * redacted from every field and every string (`personal-data.redaction.ts`). Nest's own `Logger`
 * instances (libraries, services) write through it once it is the app's logger.
 */
export class StructuredLogger implements LoggerService {
  private enabled: Set<LogLevel>;
  private readonly pino: Logger;

  constructor(service: string, levels: LogLevel[] = nestLevelsFrom('info'), sink?: LogSink) {
    this.enabled = new Set(levels);
    const destination: DestinationStream = sink
      ? { write: (line: string) => sink(line.replace(/\n$/, '')) }
      : // Synchronous: a line is out before a crash or a SIGKILL that follows it.
        pino.destination({ dest: 1, sync: true });
    this.pino = pino(
      {
        level: 'trace',
        base: { service },
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      destination,
    );
  }

  setLogLevels(levels: LogLevel[]): void {
    this.enabled = new Set(levels);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** A structured line with explicit fields (e.g. the request line). */
  event(level: LogLevel, msg: string, fields: Record<string, unknown>): void {
    if (!this.enabled.has(level)) return;
    this.emit(level, { ...fields, msg });
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.enabled.has(level)) return;
    // Nest passes (message, context) or (message, stack, context) for errors.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const line: Record<string, unknown> = { context };
    if (message instanceof Error) {
      line.msg = message.message;
      line.err = message;
    } else if (message && typeof message === 'object') {
      Object.assign(line, message);
    } else {
      line.msg = String(message);
    }
    for (const extra of args) {
      if (typeof extra === 'string') line.stack = extra;
      else if (extra instanceof Error) line.err = extra;
    }
    this.emit(level, line);
  }

  private emit(level: LogLevel, fields: Record<string, unknown>): void {
    const { msg, ...rest } = redactForLog(fields) as Record<string, unknown>;
    const correlationId = rest.correlationId ?? currentCorrelationId();
    this.pino[PINO_LEVEL[level]](
      correlationId ? { ...rest, correlationId } : rest,
      typeof msg === 'string' ? msg : redactText(String(msg ?? '')),
    );
  }
}

import type { LoggerService, LogLevel } from '@nestjs/common';
import { currentCorrelationId } from './correlation';

const LEVELS: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];
const LEVEL_NAMES: Record<LogLevel, string> = {
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
  const idx = Math.max(0, (Object.values(LEVEL_NAMES) as string[]).indexOf(level === 'log' ? 'info' : level));
  return LEVELS.slice(idx);
}

/**
 * Nest logger writing one JSON object per line to stdout: `{time, level, service, context, msg,
 * correlationId, ...fields}`. Also used for the per-request access line.
 */
export class JsonLogger implements LoggerService {
  private enabled: Set<LogLevel>;

  constructor(
    private readonly service: string,
    levels: LogLevel[] = nestLevelsFrom('info'),
    private readonly sink: LogSink = (line) => process.stdout.write(line + '\n'),
  ) {
    this.enabled = new Set(levels);
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
    this.emit({ level: LEVEL_NAMES[level], msg, ...fields });
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.enabled.has(level)) return;
    // Nest passes (message, context) or (message, stack, context) for errors.
    const args = [...rest];
    const context = typeof args[args.length - 1] === 'string' ? (args.pop() as string) : undefined;
    const line: Record<string, unknown> = { level: LEVEL_NAMES[level], context };
    if (message instanceof Error) {
      line.msg = message.message;
      line.err = { name: message.name, message: message.message, stack: message.stack };
    } else if (message && typeof message === 'object') {
      Object.assign(line, message);
    } else {
      line.msg = String(message);
    }
    for (const extra of args) {
      if (typeof extra === 'string') line.stack = extra;
      else if (extra instanceof Error)
        line.err = { name: extra.name, message: extra.message, stack: extra.stack };
    }
    this.emit(line);
  }

  private emit(fields: Record<string, unknown>): void {
    const correlationId = currentCorrelationId();
    this.sink(
      JSON.stringify({
        time: new Date().toISOString(),
        service: this.service,
        ...(correlationId ? { correlationId } : {}),
        ...fields,
      }),
    );
  }
}

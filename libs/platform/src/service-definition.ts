import type { EventType } from '@lz/policy';
import type { ServiceName } from '@lz/persistence';

/** What a service tells the platform about itself; everything else is shared. */
export interface ServiceDefinition {
  name: ServiceName;
  /** Port of ARCHITECTURE.md's table (3001–3005); `PORT` / `<SERVICE>_PORT` override it. */
  port: number;
  /** Event types this service consumes: its queue `<name>.events` is bound to exactly these. */
  consumes: readonly EventType[];
  /** Deadline kinds this service declares (each needs exactly one @DeadlineHandler). */
  deadlineKinds: readonly string[];
  /** Multipart uploads (e.g. intake's attachments): limits of one request. */
  multipart?: { fileSizeLimit: number; files?: number };
}

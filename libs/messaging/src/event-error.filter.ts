import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest's default RPC exception layer replaces an event handler's error with a generic
 * "Internal server error". Registered on the microservice (`app.useGlobalFilters(new EventErrorFilter())`),
 * this filter hands the original error to RabbitMqTransport, so retries and the DLQ's `x-lz-error`
 * carry the real reason.
 */
@Catch()
export class EventErrorFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

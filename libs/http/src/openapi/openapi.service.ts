import { Inject, Injectable, type Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { HTTP_KIT_OPTIONS, type HttpKitOptions } from '../http.constants';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi.builder';

export { UNPREFIXED_CONTROLLERS, type OpenApiDocument, type OpenApiOperation } from './openapi.builder';

/** The running service's OpenAPI document: the builder over the controllers Nest discovered. */
@Injectable()
export class OpenApiService {
  private cached?: OpenApiDocument;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(HTTP_KIT_OPTIONS) private readonly options: HttpKitOptions,
  ) {}

  document(): OpenApiDocument {
    this.cached ??= buildOpenApiDocument(
      this.discovery
        .getControllers()
        .map((w) => w.metatype as Type<unknown> | undefined)
        .filter((t): t is Type<unknown> => !!t),
      {
        serviceName: this.options.serviceName,
        version: this.options.version,
        globalPrefix: this.options.globalPrefix,
      },
    );
    return this.cached;
  }
}

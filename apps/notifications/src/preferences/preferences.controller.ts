import { Controller, Get, Put, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Authenticated, CurrentPrincipal, type Principal } from '@lz/auth';
import { ApiOperation, ZodBody, ZodResponse } from '@lz/http';
import { preferencesBodySchema, preferencesViewSchema, type PreferencesBody } from './preferences.schema';
import { PreferencesService } from './preferences.service';

/** Which channels a user is told on besides the inbox (消息设置). */
@Controller('notifications/preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @Authenticated()
  @ZodResponse(200, preferencesViewSchema)
  @ApiOperation({ zh: '查看消息设置', en: "Read the caller's notification preferences" })
  get(@CurrentPrincipal() p: Principal) {
    return this.preferences.get(p);
  }

  @Put()
  @Authenticated()
  @ZodResponse(200, preferencesViewSchema)
  @ApiOperation({ zh: '保存消息设置', en: "Save the caller's notification preferences", errors: [400] })
  put(
    @ZodBody(preferencesBodySchema) body: PreferencesBody,
    @CurrentPrincipal() principal: Principal,
    @Req() req: FastifyRequest,
  ) {
    return this.preferences.save({ principal, ip: req.ip }, body);
  }
}

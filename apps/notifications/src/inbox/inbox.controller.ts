import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { z } from 'zod';
import { Authenticated, CurrentPrincipal, type Principal } from '@lz/auth';
import { ApiOperation, ZodParam, ZodQuery, ZodResponse } from '@lz/http';
import {
  listNotificationsQuerySchema,
  notificationListSchema,
  notificationViewSchema,
  readAllSchema,
  unreadCountSchema,
  type ListNotificationsQuery,
} from './inbox.schema';
import { InboxService } from './inbox.service';

/** The in-app inbox (站内消息) of every signed-in user: its own, its unit's and its role's messages. */
@Controller('notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Authenticated()
  @ZodResponse(200, notificationListSchema)
  @ApiOperation({ zh: '我的消息列表', en: "List the caller's notifications (own, unit's and role's)" })
  list(
    @ZodQuery(listNotificationsQuerySchema) query: ListNotificationsQuery,
    @CurrentPrincipal() p: Principal,
  ) {
    return this.inbox.list(p, query);
  }

  @Get('unread-count')
  @Authenticated()
  @ZodResponse(200, unreadCountSchema)
  @ApiOperation({ zh: '未读消息数', en: "Count the caller's unread notifications" })
  unreadCount(@CurrentPrincipal() p: Principal) {
    return this.inbox.unreadCount(p);
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated()
  @ZodResponse(200, readAllSchema)
  @ApiOperation({ zh: '全部标为已读', en: "Mark all of the caller's notifications read" })
  readAll(@CurrentPrincipal() p: Principal) {
    return this.inbox.markAllRead(p);
  }

  /** Another login's (or unit's, or jurisdiction's) message answers 404, like one that does not exist. */
  @Post(':id/read')
  @HttpCode(200)
  @Authenticated()
  @ZodResponse(200, notificationViewSchema)
  @ApiOperation({ zh: '标为已读', en: 'Mark a notification read', errors: [404] })
  read(@ZodParam('id', z.uuid()) id: string, @CurrentPrincipal() p: Principal) {
    return this.inbox.markRead(p, id);
  }
}

/**
 * The notifications service's HTTP API as TypeScript types, generated from its OpenAPI document
 * (the one it serves at /docs-json) by `npm run api:generate`. Do not edit: change the service's
 * controllers and schemas, then run `npm run api:generate`.
 */

export interface paths {
  '/api/v1/audit/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 审计记录（按对象），每条带链校验状态 · The audit rows of one subject, each with its chain state
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     本服务中对象为该 id、或明细中含该 id 的审计记录，按时间排序；操作者只显示角色与单位(不含登录名、IP)；每条记录带其在本服务 SM3 链中的状态 `chain`(VERIFIED / BROKEN / UNVERIFIED / PENDING)；整条链的校验结果见 /audit/<service>/verification。 · This service's audit rows whose object is the id or whose detail names it, in time order; the actor by role and unit only (no login, no address); each row carries its state in this service's SM3 chain (VERIFIED / BROKEN / UNVERIFIED / PENDING); the whole chain's verdict is /audit/<service>/verification.
     */
    get: operations['AuditTrailController.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/notifications/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 校验本服务的 SM3 审计链 · Verify this service's SM3 audit chain
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     重新计算整条链（libs/audit verifyAuditChain）：断点位置、相关记录与原因。 · Recomputes the whole chain (libs/audit verifyAuditChain): where it breaks, the row concerned and why.
     */
    get: operations['AuditTrailController.verification'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 我的消息列表 · List the caller's notifications (own, unit's and role's)
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`、评审专家 `expert`、评估机构 `evaluator`
     */
    get: operations['InboxController.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 标为已读 · Mark a notification read
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`、评审专家 `expert`、评估机构 `evaluator`
     */
    post: operations['InboxController.read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看消息设置 · Read the caller's notification preferences
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`、评审专家 `expert`、评估机构 `evaluator`
     */
    get: operations['PreferencesController.get'];
    /**
     * 保存消息设置 · Save the caller's notification preferences
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`、评审专家 `expert`、评估机构 `evaluator`
     */
    put: operations['PreferencesController.put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 全部标为已读 · Mark all of the caller's notifications read
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`、评审专家 `expert`、评估机构 `evaluator`
     */
    post: operations['InboxController.readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 未读消息数 · Count the caller's unread notifications
     * @description **角色 Roles:** 申报单位 `applicant`、初审单位 `reviewer`、市科技局 `officer`、评审专家 `expert`、评估机构 `evaluator`
     */
    get: operations['InboxController.unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 接口文档页面(Swagger UI) · The API documentation page (Swagger UI)
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['DocsController.html'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs-json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 本服务的 OpenAPI 文档 · The OpenAPI document of this service
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['DocsController.json'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs/{asset}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 接口文档页面的静态文件 · A static file of the documentation page
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['DocsController.asset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 存活检查 · Liveness: the process answers
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['HealthController.live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 就绪检查(数据库、消息队列、Redis、死信) · Readiness: database, RabbitMQ, Redis and dead letters
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['HealthController.ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus 指标 · Prometheus metrics
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['MetricsController.scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details; `errors[]` names the field and the rule (docs/SPEC.md rule IDs). */
    Problem: {
      correlationId?: string;
      detail: string;
      errors: {
        message: string;
        messageZh: string;
        path: string;
        rule: string;
      }[];
      status: number;
      title: string;
      titleZh: string;
      /** @description urn:lz:problem:<code> (libs/http error catalogue) */
      type: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  'AuditTrailController.list': {
    parameters: {
      query: {
        page?: number;
        pageSize?: number;
        sort?: string;
        subjectId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actor: {
                role: string;
                system: string | null;
                unit: string | null;
              };
              at: string;
              /** @enum {string} */
              chain: 'VERIFIED' | 'BROKEN' | 'UNVERIFIED' | 'PENDING';
              detail: {
                [key: string]: unknown;
              } | null;
              objectId: string;
              objectType: string;
              outcome: string;
              position: string | null;
              seq: string;
              service: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'AuditTrailController.verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            brokenAt: string | null;
            brokenSeq: string | null;
            chained: number;
            lastHash: string | null;
            lastPosition: string | null;
            ok: boolean;
            reason: string | null;
            rows: number;
            unchained: number;
            verifiedAt: string;
          };
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'InboxController.list': {
    parameters: {
      query?: {
        kind?:
          | 'application.submitted'
          | 'application.returned'
          | 'preliminary.recommended'
          | 'preliminary.not_recommended'
          | 'city.to_be_filed'
          | 'city.rejected'
          | 'notice.listed'
          | 'objection.filed'
          | 'objection.received'
          | 'item.cleared'
          | 'item.awaiting_filing'
          | 'item.contested'
          | 'consortium.filed'
          | 'evaluation.window_opened'
          | 'evaluation.assigned'
          | 'evaluation.unassigned'
          | 'evaluation.report_reminder'
          | 'evaluation.report_overdue'
          | 'evaluation.overdue_escalated'
          | 'evaluation.result'
          | 'delisting.decided'
          | 'consortium.delisted'
          | 'claim.granted'
          | 'claim.rejected'
          | 'credit-finding.recorded'
          | 'credit-finding.ended';
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        unread?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              addressedTo: 'USER' | 'UNIT' | 'ROLE' | 'ORG';
              body: string;
              createdAt: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'application.submitted'
                | 'application.returned'
                | 'preliminary.recommended'
                | 'preliminary.not_recommended'
                | 'city.to_be_filed'
                | 'city.rejected'
                | 'notice.listed'
                | 'objection.filed'
                | 'objection.received'
                | 'item.cleared'
                | 'item.awaiting_filing'
                | 'item.contested'
                | 'consortium.filed'
                | 'evaluation.window_opened'
                | 'evaluation.assigned'
                | 'evaluation.unassigned'
                | 'evaluation.report_reminder'
                | 'evaluation.report_overdue'
                | 'evaluation.overdue_escalated'
                | 'evaluation.result'
                | 'delisting.decided'
                | 'consortium.delisted'
                | 'claim.granted'
                | 'claim.rejected'
                | 'credit-finding.recorded'
                | 'credit-finding.ended';
              link: string;
              objectId: string;
              objectType: string;
              read: boolean;
              readAt: string | null;
              title: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'InboxController.read': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            addressedTo: 'USER' | 'UNIT' | 'ROLE' | 'ORG';
            body: string;
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind:
              | 'application.submitted'
              | 'application.returned'
              | 'preliminary.recommended'
              | 'preliminary.not_recommended'
              | 'city.to_be_filed'
              | 'city.rejected'
              | 'notice.listed'
              | 'objection.filed'
              | 'objection.received'
              | 'item.cleared'
              | 'item.awaiting_filing'
              | 'item.contested'
              | 'consortium.filed'
              | 'evaluation.window_opened'
              | 'evaluation.assigned'
              | 'evaluation.unassigned'
              | 'evaluation.report_reminder'
              | 'evaluation.report_overdue'
              | 'evaluation.overdue_escalated'
              | 'evaluation.result'
              | 'delisting.decided'
              | 'consortium.delisted'
              | 'claim.granted'
              | 'claim.rejected'
              | 'credit-finding.recorded'
              | 'credit-finding.ended';
            link: string;
            objectId: string;
            objectType: string;
            read: boolean;
            readAt: string | null;
            title: string;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'PreferencesController.get': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: {
              address: string | null;
              available: boolean;
              enabled: boolean;
            };
            /** @constant */
            inApp: true;
            saved: boolean;
            sms: {
              available: boolean;
              enabled: boolean;
              phone: string | null;
            };
            updatedAt: string | null;
          };
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'PreferencesController.put': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: {
            address: string | null;
            enabled: boolean;
          };
          sms: {
            enabled: boolean;
            phone: string | null;
          };
        };
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            email: {
              address: string | null;
              available: boolean;
              enabled: boolean;
            };
            /** @constant */
            inApp: true;
            saved: boolean;
            sms: {
              available: boolean;
              enabled: boolean;
              phone: string | null;
            };
            updatedAt: string | null;
          };
        };
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'InboxController.readAll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            marked: number;
          };
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'InboxController.unreadCount': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            unread: number;
          };
        };
      };
      /** @description 未登录或令牌无效 · Not signed in, or the token is invalid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 当前角色无权调用 · The caller’s role may not call this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'DocsController.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'DocsController.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'DocsController.asset': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        asset: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 输入不合法(errors[] 指明字段与规则) · Invalid input (errors[] names the field and the rule) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'HealthController.live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  'HealthController.ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 依赖服务暂不可用 · A dependency is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MetricsController.scrape': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}

/**
 * The publicity service's HTTP API as TypeScript types, generated from its OpenAPI document
 * (the one it serves at /docs-json) by `npm run api:generate`. Do not edit: change the service's
 * controllers and schemas, then run `npm run api:generate`.
 */

export interface paths {
  '/api/v1/audit/publicity': {
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
  '/api/v1/audit/publicity/verification': {
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
  '/api/v1/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看某年工作日历 · Read a year's working-day calendar
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['CalendarController.get'];
    /**
     * 录入某年节假日与调休 · Enter a year's holidays and make-up working days
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     已发布公示的暂定截止时间将重新计算。 · Provisional notice deadlines are recomputed.
     */
    put: operations['CalendarController.put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 按工作日计算截止时间 · The end instant the working-day rule gives
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['CalendarController.deadline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 公示列表(公开) · List the notices (public)
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['NoticesController.list'];
    put?: never;
    /**
     * 发布公示 · Publish a notice of items to be filed
     * @description **角色 Roles:** 市科技局 `officer`
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     *
     *     条目须为 CITY_TO_BE_FILED;截止时间按工作日计算。 · Items must be CITY_TO_BE_FILED; the end instant follows the working-day rule.
     */
    post: operations['NoticesController.publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 查看公示(公开;format=xlsx|csv 导出公示项目,pdf 打印公示) · Read a notice (public; format=xlsx|csv exports its items, pdf prints the notice)
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['NoticesController.get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{id}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 某公示的异议(含联系方式) · The objections of a notice, contacts included
     * @description **角色 Roles:** 市科技局 `officer`
     */
    get: operations['ObjectionsController.listForNotice'];
    put?: never;
    /**
     * 提出异议(无需登录) · File an objection (no sign-in) while the notice is open
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     *
     *     **Idempotency-Key:** 可选 optional — 重试安全 · safe to retry
     *
     *     按来源地址限流。 · Rate-limited per client address.
     */
    post: operations['ObjectionsController.file'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 可公示的拟备案项目(尚未列入公示) · Applications to be filed that are on no notice yet (what a notice may carry)
     * @description **角色 Roles:** 市科技局 `officer`
     */
    get: operations['NoticesController.candidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 全部异议(含联系方式) · Every objection, contacts included
     * @description **角色 Roles:** 市科技局 `officer`
     */
    get: operations['ObjectionsController.list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/objections/{id}/resolution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 处理异议(成立/不成立) · Resolve an objection (upheld, dismissed)
     * @description **角色 Roles:** 市科技局 `officer`
     */
    post: operations['ObjectionsController.resolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/objections/receipts/{receiptNo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 按回执编号查询异议处理情况 · Look an objection up by its receipt number (status and public reason)
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['ObjectionsController.receipt'];
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
  'CalendarController.get': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
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
            created?: boolean;
            enteredBy?: string;
            holidays: string[];
            makeupWorkdays: string[];
            rescheduledNotices?: string[];
            year: number;
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
  'CalendarController.put': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          holidays: string[];
          makeupWorkdays: string[];
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
            created?: boolean;
            enteredBy?: string;
            holidays: string[];
            makeupWorkdays: string[];
            rescheduledNotices?: string[];
            year: number;
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
  'CalendarController.deadline': {
    parameters: {
      query: {
        closingTime?: string;
        from: string;
        workingDays: number;
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
            closingTime: string;
            /** @constant */
            countingRule: 'NEXT_DAY';
            endsAt: string;
            firstCountedDay: string;
            from: string;
            lastWorkingDay: string;
            provisional: boolean;
            publishedOn: string;
            unknownYears: number[];
            workingDays: number;
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
    };
  };
  'NoticesController.list': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?: 'OPEN' | 'EXPIRED';
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
              acceptingObjections: boolean;
              closingTime: string;
              /** @constant */
              countingRule: 'NEXT_DAY';
              endsAt: string;
              howToObject: {
                path: string;
                text: string;
                textZh: string;
              };
              /** Format: uuid */
              id: string;
              items: {
                applicationId: string;
                field: string;
                leadName: string;
                leadUscc: string;
                name: string;
                objections: {
                  dismissed: number;
                  pending: number;
                  upheld: number;
                };
                /** @enum {string} */
                status: 'IN_PUBLICITY' | 'AWAITING_RESOLUTION' | 'CLEARED' | 'CONTESTED';
              }[];
              lastWorkingDay: string;
              period: {
                text: string;
                textZh: string;
              };
              policyVersion: string;
              provisional: boolean;
              publishedAt: string;
              /** @enum {string} */
              status: 'OPEN' | 'EXPIRED';
              title: string;
              unknownYears: number[];
              workingDays: number;
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
    };
  };
  'NoticesController.publish': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          applicationIds: string[];
          /** Format: date-time */
          publishedAt?: string;
          title: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptingObjections: boolean;
            closingTime: string;
            /** @constant */
            countingRule: 'NEXT_DAY';
            endsAt: string;
            howToObject: {
              path: string;
              text: string;
              textZh: string;
            };
            /** Format: uuid */
            id: string;
            items: {
              applicationId: string;
              field: string;
              leadName: string;
              leadUscc: string;
              name: string;
              objections: {
                dismissed: number;
                pending: number;
                upheld: number;
              };
              /** @enum {string} */
              status: 'IN_PUBLICITY' | 'AWAITING_RESOLUTION' | 'CLEARED' | 'CONTESTED';
            }[];
            lastWorkingDay: string;
            period: {
              text: string;
              textZh: string;
            };
            policyVersion: string;
            provisional: boolean;
            publishedAt: string;
            /** @enum {string} */
            status: 'OPEN' | 'EXPIRED';
            title: string;
            unknownYears: number[];
            workingDays: number;
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
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'NoticesController.get': {
    parameters: {
      query?: {
        format?: 'json' | 'xlsx' | 'csv' | 'pdf';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK; format=xlsx|csv|pdf 时为附件下载 · a download with format=xlsx|csv|pdf */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptingObjections: boolean;
            closingTime: string;
            /** @constant */
            countingRule: 'NEXT_DAY';
            endsAt: string;
            howToObject: {
              path: string;
              text: string;
              textZh: string;
            };
            /** Format: uuid */
            id: string;
            items: {
              applicationId: string;
              field: string;
              leadName: string;
              leadUscc: string;
              name: string;
              objections: {
                dismissed: number;
                pending: number;
                upheld: number;
              };
              /** @enum {string} */
              status: 'IN_PUBLICITY' | 'AWAITING_RESOLUTION' | 'CLEARED' | 'CONTESTED';
            }[];
            lastWorkingDay: string;
            period: {
              text: string;
              textZh: string;
            };
            policyVersion: string;
            provisional: boolean;
            publishedAt: string;
            /** @enum {string} */
            status: 'OPEN' | 'EXPIRED';
            title: string;
            unknownYears: number[];
            workingDays: number;
          };
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
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
  'ObjectionsController.listForNotice': {
    parameters: {
      query?: {
        applicationId?: string;
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?: 'PENDING' | 'UPHELD' | 'DISMISSED';
      };
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
            items: {
              applicationId: string;
              contact: {
                name: string;
                phone: string;
              };
              filedAt: string;
              /** Format: uuid */
              id: string;
              itemName: string;
              itemStatus?: string;
              /** Format: uuid */
              noticeId: string;
              reason: string;
              /** @example YY2026-K7M3-9QXT */
              receiptNo: string;
              resolution: {
                reason: string;
                resolvedAt: string;
                resolvedBy: string;
              } | null;
              /** @enum {string} */
              status: 'PENDING' | 'UPHELD' | 'DISMISSED';
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
  'ObjectionsController.file': {
    parameters: {
      query?: never;
      header?: {
        /** @description 可选。重试时使用同一值,服务只执行一次并重放原答复。 · Optional. Reuse the same value when retrying: the service carries the request out once and replays its answer. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          applicationId: string;
          contact: {
            name: string;
            phone: string;
          };
          reason: string;
        };
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            applicationId: string;
            filedAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            noticeId: string;
            /** @example YY2026-K7M3-9QXT */
            receiptNo: string;
            /** @constant */
            status: 'PENDING';
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
      /** @description 不存在,或不在调用者的范围内 · Not found, or outside the caller’s unit/jurisdiction/assignment (no existence leak) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不符合政策规定(errors[].rule 为规则编号),或幂等键已用于不同请求 · Policy rules not met (errors[].rule is the docs/SPEC.md rule ID), or the Idempotency-Key was used for another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 请求过于频繁 · Too many requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'NoticesController.candidates': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
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
              applicationId: string;
              decidedAt: string;
              field: string;
              jurisdictionCode: string;
              leadName: string;
              leadUscc: string;
              name: string;
              revision: number;
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
  'ObjectionsController.list': {
    parameters: {
      query?: {
        applicationId?: string;
        noticeId?: string;
        page?: number;
        pageSize?: number;
        q?: string;
        sort?: string;
        status?: 'PENDING' | 'UPHELD' | 'DISMISSED';
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
              applicationId: string;
              contact: {
                name: string;
                phone: string;
              };
              filedAt: string;
              /** Format: uuid */
              id: string;
              itemName: string;
              itemStatus?: string;
              /** Format: uuid */
              noticeId: string;
              reason: string;
              /** @example YY2026-K7M3-9QXT */
              receiptNo: string;
              resolution: {
                reason: string;
                resolvedAt: string;
                resolvedBy: string;
              } | null;
              /** @enum {string} */
              status: 'PENDING' | 'UPHELD' | 'DISMISSED';
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
  'ObjectionsController.resolve': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'UPHELD' | 'DISMISSED';
          reason: string;
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
            applicationId: string;
            contact: {
              name: string;
              phone: string;
            };
            filedAt: string;
            /** Format: uuid */
            id: string;
            itemName: string;
            itemStatus?: string;
            /** Format: uuid */
            noticeId: string;
            reason: string;
            /** @example YY2026-K7M3-9QXT */
            receiptNo: string;
            resolution: {
              reason: string;
              resolvedAt: string;
              resolvedBy: string;
            } | null;
            /** @enum {string} */
            status: 'PENDING' | 'UPHELD' | 'DISMISSED';
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
      /** @description 与当前状态冲突,或相同幂等键的请求仍在处理 · Conflicts with the current state, or a request with this Idempotency-Key is in progress */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'ObjectionsController.receipt': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        receiptNo: string;
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
            /** @example YY2026-K7M3-9QXT */
            receiptNo: string;
            resolution: {
              reason: string;
              resolvedAt: string;
            } | null;
            /** @enum {string} */
            status: 'PENDING' | 'UPHELD' | 'DISMISSED';
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

/**
 * The gateway's own HTTP routes (session, access) as TypeScript types, generated from
 * apps/gateway/src/openapi-document.ts by `npm run api:generate`. Do not edit: change the gateway's
 * document (apps/gateway/src/docs/api-docs.merge.ts), then run `npm run api:generate`.
 */

export interface paths {
  '/api/v1/access/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 平台角色授权列表 · List the platform role grants
     * @description **角色 Roles:** 市科技局 `officer`
     */
    get: operations['gateway.listGrants'];
    put?: never;
    /**
     * 授予平台角色(下次请求起生效) · Grant a platform role (effective from the next request)
     * @description **角色 Roles:** 市科技局 `officer`(写操作须带 CSRF 令牌 · a write: the CSRF token)
     */
    post: operations['gateway.grant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/access/grants/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 撤销平台角色 · Revoke a platform role
     * @description **角色 Roles:** 市科技局 `officer`(写操作须带 CSRF 令牌 · a write: the CSRF token)
     */
    post: operations['gateway.revokeGrant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 当前会话(是否登录、角色、CSRF 令牌) · The current session: who, which role, the CSRF token
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in
     */
    get: operations['gateway.session'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * 退出登录(并给出身份提供方的退出地址) · Sign out (and the issuer’s end-session address)
     * @description **角色 Roles:** 公开,无需登录 · public, no sign-in(写操作须带 CSRF 令牌 · a write: the CSRF token)
     */
    post: operations['gateway.logout'];
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
  'gateway.listGrants': {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        q?: string;
        role?: 'officer' | 'reviewer' | 'expert' | 'evaluator';
        sort?: string;
        status?: 'active' | 'revoked' | 'all';
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
              displayName?: string | null;
              expertId?: string | null;
              grantedAt: string;
              grantedBy: string;
              /** Format: uuid */
              id: string;
              jurisdiction?: string | null;
              org?: string | null;
              revokedAt?: string | null;
              revokedBy?: string | null;
              /** @enum {string} */
              role: 'officer' | 'reviewer' | 'expert' | 'evaluator';
              subject: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      /** @description 输入不合法 · Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录 · Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 非市科技局,或缺少 CSRF 令牌 · Not an officer, or no CSRF token */
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
  'gateway.grant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              displayName?: string;
              /** @constant */
              role: 'officer';
              subject: string;
            }
          | {
              displayName?: string;
              /** @enum {string} */
              jurisdiction:
                | '510502'
                | '510503'
                | '510504'
                | '510521'
                | '510522'
                | '510524'
                | '510525'
                | 'LZ-HTZ'
                | 'LZ-LIQUOR'
                | 'LZ-PORT'
                | 'LZ-YEDZ';
              /** @constant */
              role: 'reviewer';
              subject: string;
            }
          | {
              displayName?: string;
              /** Format: uuid */
              expertId: string;
              org: string;
              /** @constant */
              role: 'expert';
              subject: string;
            }
          | {
              displayName?: string;
              org: string;
              /** @constant */
              role: 'evaluator';
              subject: string;
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
            displayName?: string | null;
            expertId?: string | null;
            grantedAt: string;
            grantedBy: string;
            /** Format: uuid */
            id: string;
            jurisdiction?: string | null;
            org?: string | null;
            revokedAt?: string | null;
            revokedBy?: string | null;
            /** @enum {string} */
            role: 'officer' | 'reviewer' | 'expert' | 'evaluator';
            subject: string;
          };
        };
      };
      /** @description 输入不合法 · Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录 · Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 非市科技局,或缺少 CSRF 令牌 · Not an officer, or no CSRF token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突 · Conflicts with the current state */
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
  'gateway.revokeGrant': {
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
            displayName?: string | null;
            expertId?: string | null;
            grantedAt: string;
            grantedBy: string;
            /** Format: uuid */
            id: string;
            jurisdiction?: string | null;
            org?: string | null;
            revokedAt?: string | null;
            revokedBy?: string | null;
            /** @enum {string} */
            role: 'officer' | 'reviewer' | 'expert' | 'evaluator';
            subject: string;
          };
        };
      };
      /** @description 输入不合法 · Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 未登录 · Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 非市科技局,或缺少 CSRF 令牌 · Not an officer, or no CSRF token */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 不存在 · Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description 与当前状态冲突 · Conflicts with the current state */
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
  'gateway.session': {
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
            authenticated: boolean;
            csrfToken: string;
            expertId?: string;
            expired?: boolean;
            idleTimeoutSeconds?: number;
            jurisdiction?: string;
            org?: string;
            /** @enum {string|null} */
            role: 'applicant' | 'reviewer' | 'officer' | 'expert' | 'evaluator' | null;
            uscc?: string;
            user: {
              name?: string | null;
              orgName?: string | null;
              sub?: string;
            } | null;
          };
        };
      };
      /** @description 未登录 · Not signed in */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'gateway.logout': {
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
            endSessionUrl: string | null;
            signedOut: boolean;
          };
        };
      };
      /** @description 缺少或错误的 CSRF 令牌 · Missing or wrong CSRF token */
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
}

/** HTML of the development identity provider: Chinese first, labelled fields, no script at all. */

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f5f7fa;margin:0}
main{max-width:380px;margin:64px auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.08)}
h1{font-size:1.4rem;margin:0 0 4px}p.hint{color:#555;font-size:.9rem}label{display:block;margin:16px 0 4px;font-weight:600}
input{width:100%;box-sizing:border-box;padding:8px;font-size:1rem;border:1px solid #8c8c8c;border-radius:4px}
button{margin-top:24px;width:100%;padding:10px;font-size:1rem;background:#0958d9;color:#fff;border:0;border-radius:4px;cursor:pointer}
.error{color:#a8071a;background:#fff1f0;border:1px solid #ffa39e;padding:8px;border-radius:4px}
details{margin-top:24px;font-size:.85rem;color:#444}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

export function loginPage(
  uid: string,
  options: { error?: string; username?: string; accounts: string[] },
): string {
  const error = options.error
    ? `<p class="error" role="alert" id="login-error">${escape(options.error)}</p>`
    : '';
  return page(
    '登录 · 泸州市创新联合体管理平台(开发身份认证)',
    `<h1>统一身份认证登录</h1>
<p class="hint">泸州市创新联合体管理平台 · 开发环境身份认证服务(仅供开发与测试,非正式账号)</p>
${error}
<form method="post" action="/interaction/${escape(uid)}/login" autocomplete="off">
<label for="username">用户名</label>
<input id="username" name="username" type="text" required value="${escape(options.username ?? '')}"${options.error ? ' aria-describedby="login-error"' : ''} autofocus>
<label for="password">密码</label>
<input id="password" name="password" type="password" required>
<button type="submit">登录</button>
</form>
<details><summary>开发账号</summary><p>${options.accounts.map(escape).join('、')}</p></details>`,
  );
}

export function logoutPage(form: string): string {
  return page(
    '退出登录 · 开发身份认证',
    `<h1>退出统一身份认证</h1><p>是否同时退出身份认证服务?</p>${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">退出</button>
<button type="submit" form="op.logoutForm">保持登录</button>`,
  );
}

export function signedOutPage(): string {
  return page('已退出 · 开发身份认证', '<h1>已退出登录</h1><p>您已退出统一身份认证。</p>');
}

export function errorPage(message: string): string {
  return page('出错了 · 开发身份认证', `<h1>出错了</h1><p class="error" role="alert">${escape(message)}</p>`);
}

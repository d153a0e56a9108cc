#!/usr/bin/env node
// `npm run demo`: the story of one filing year (第三条) told by the running platform itself.
// Uses the six services on their usual ports (3001–3006, or <SVC>_PORT); if none is answering it
// starts them the way `npm start` does (tools/start.mjs, logs to tmp/demo/services.log) and keeps
// them running afterwards so the URLs it prints can be opened (Ctrl-C stops them; `--stop` stops
// them as soon as the story is told). Everything goes through the public HTTP APIs of docs/API.md with
// dev tokens; nothing is written to a database directly. It ends with the notifications the year
// caused: each account's inbox (read through the notifications API as that account) and the e-mails
// the development mail sink of `npm start` captured in tmp/mail (tools/mail-sink.mjs).
//   npm run demo [-- --stop] [-- --quiet-services]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMailbox } from './mail-sink.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVICES = {
  intake: 3001,
  review: 3002,
  publicity: 3003,
  subsidy: 3004,
  evaluation: 3005,
  notifications: 3006,
};
const portOf = (svc) => Number(process.env[`${svc.toUpperCase()}_PORT`] ?? SERVICES[svc]);
const base = (svc) => `http://127.0.0.1:${portOf(svc)}`;
const args = new Set(process.argv.slice(2));
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);

async function ready(svc) {
  try {
    const res = await fetch(`${base(svc)}/health/ready`, { signal: AbortSignal.timeout(2_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

async function live(svc) {
  try {
    const res = await fetch(`${base(svc)}/health/live`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts `tools/start.mjs` (databases + six services) in the background, logs to a file. */
async function startServices() {
  const dir = path.join(root, 'tmp', 'demo');
  mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, 'services.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  console.log(
    paint(
      2,
      `服务未运行, 正在启动 (starting the six services like \`npm start\`; logs: ${path.relative(root, logFile)})…`,
    ),
  );
  const child = spawn(process.execPath, ['tools/start.mjs'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));
  const until = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error(`the services stopped while starting (${exited}); see ${logFile}`);
    const states = await Promise.all(Object.keys(SERVICES).map(ready));
    if (states.every(Boolean)) break;
    if (Date.now() > until) throw new Error(`the services were not ready within 120 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    logFile,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', resolve);
        child.kill('SIGINT');
      }),
  };
}

function printHeader() {
  console.log('');
  console.log(
    paint(
      1,
      '泸州市创新联合体管理平台 — 一个备案年度 (one filing year of the Luzhou innovation consortium platform)',
    ),
  );
  console.log(paint(2, '《泸州市创新联合体建设管理办法》第三条: 申报 → 初审 → 市级审查 → 公示 → 备案入库'));
  console.log('');
}

/** Terminal columns of a string: CJK characters and full-width brackets take two. */
function displayWidth(text) {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return w;
}

function clock() {
  return new Date().toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

/** Mails the sink stored since `since`, once no new one has arrived for 3 s (at most 30 s). */
async function settledMailbox(since) {
  let last = readMailbox(since);
  let quietSince = Date.now();
  const until = Date.now() + 30_000;
  while (Date.now() - quietSince < 3_000 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    const next = readMailbox(since);
    if (next.length !== last.length) {
      last = next;
      quietSince = Date.now();
    }
  }
  return last;
}

/** The year's notifications: each inbox the story acted as, and the e-mails captured in tmp/mail. */
async function printNotifications(notificationsOfTheYear, record, since) {
  const { inboxes, emailAvailable } = await notificationsOfTheYear({
    url: base('notifications'),
    record,
    since,
  });
  console.log(paint(1, '本年度的通知 (notifications of the year)'));
  console.log(
    paint(2, '  站内消息 (in-app inboxes; 条 = messages of this year, 未读 = unread in the inbox)'),
  );
  const width = Math.max(...inboxes.map((i) => displayWidth(i.who)));
  for (const i of inboxes) {
    const pad = ' '.repeat(width - displayWidth(i.who));
    console.log(
      `  ${i.who}${pad}  ${String(i.messages).padStart(3)} 条  ${String(i.unread).padStart(3)} 未读  (${i.account})`,
    );
  }
  if (!emailAvailable) {
    console.log(paint(2, '  电子邮件: 未开启 (e-mail is off: the notifications service has no SMTP_URL)'));
    console.log('');
    return;
  }
  const mails = await settledMailbox(since);
  console.log(`  电子邮件 (e-mail captured by the mail sink in tmp/mail): ${mails.length} 封`);
  if (mails.length === 0) {
    console.log(paint(2, '    (none here: the service sends to the SMTP server its SMTP_URL names)'));
  }
  const bySubject = new Map();
  for (const m of mails) bySubject.set(m.subject, (bySubject.get(m.subject) ?? 0) + 1);
  for (const [subject, n] of bySubject) console.log(`    ${subject}${n > 1 ? `  ×${n}` : ''}`);
  if (mails.length > 0)
    console.log(paint(2, `    ${path.relative(root, path.dirname(mails[0].file))}/*.eml`));
  console.log('');
}

/** The services this demo started (stopped again if the story fails). */
let started = null;

async function main() {
  const states = await Promise.all(Object.keys(SERVICES).map(live));
  if (states.every((s) => !s)) {
    started = await startServices();
  } else if (!states.every(Boolean)) {
    const down = Object.keys(SERVICES).filter((_, i) => !states[i]);
    throw new Error(
      `some services answer and some do not (${down.join(', ')} not answering): stop them, or start all with \`npm start\``,
    );
  } else {
    const notReady = [];
    for (const svc of Object.keys(SERVICES)) if (!(await ready(svc))) notReady.push(svc);
    if (notReady.length)
      throw new Error(`running but not ready: ${notReady.join(', ')} (see their /health/ready)`);
  }

  require('./register.cjs');
  const { runFilingYear } = require('./demo/filing-year.ts');
  const { notificationsOfTheYear } = require('./demo/notifications-summary.ts');
  printHeader();
  // Messages and mails from this moment on are this story's.
  const storyBegan = Date.now();
  let last = '';
  const record = await runFilingYear({
    urls: { intake: base('intake'), review: base('review'), publicity: base('publicity') },
    strict: false,
    say: (chapter, line) => {
      const label = chapter === last ? ' '.repeat(displayWidth(`【${chapter}】`)) : `【${chapter}】`;
      last = chapter;
      console.log(`${paint(2, clock())} ${paint(36, label)} ${line}`);
    },
  });

  const filed = Object.values(record.consortia);
  console.log('');
  console.log(paint(1, '本年度结果 (outcome of the year)'));
  for (const a of Object.values(record.apps)) {
    const c = record.consortia[a.spec.key];
    console.log(`  ${a.spec.short.padEnd(6, '　')} ${a.seen.join(' → ')}${c ? `  ${c.filingNumber}` : ''}`);
  }
  const sample = record.apps.equipment;
  console.log('');
  console.log(paint(1, '接下来可以看 (where to look next)'));
  console.log(
    `  API 文档 (OpenAPI):     ${Object.keys(SERVICES)
      .map((s) => `${base(s)}/docs`)
      .join('  ')}`,
  );
  console.log(`  公示 (public notices):  ${base('publicity')}/api/v1/notices/${record.notices.past.id}`);
  console.log(`                          ${base('publicity')}/api/v1/notices/${record.notices.today.id}`);
  console.log(`  创新联合体库 (registry): ${base('review')}/api/v1/registry`);
  if (filed[0]) console.log(`                          ${base('review')}/api/v1/registry/${filed[0].id}`);
  if (record.tag === 'directory') {
    const gateway = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 3000}`;
    console.log(
      `  门户 (portal):          ${gateway}  以 ent-liquor、ent-materials … 登录, 密码 luzhou-dev (sign in as the demo's applicants)`,
    );
  }
  console.log(`  API 文档 (one origin):  http://127.0.0.1:${process.env.GATEWAY_PORT ?? 3000}/api/docs`);
  console.log(`  申报进度 (timeline, as the applicant of ${sample.spec.short}):`);
  console.log(
    `    curl -s -H "Authorization: Bearer $(npm run -s token -- --role applicant --uscc ${sample.leadUscc})" \\\n` +
      `      ${base('intake')}/api/v1/applications/${sample.id}/timeline`,
  );
  console.log('');
  await printNotifications(notificationsOfTheYear, record, storyBegan);

  if (started) {
    if (args.has('--stop')) {
      await started.stop();
      console.log(paint(2, '服务已停止 (services stopped)'));
    } else {
      console.log(
        paint(
          2,
          `服务仍在运行, 按 Ctrl-C 停止 (the services keep running for the links above; Ctrl-C stops them; logs: ${path.relative(root, started.logFile)})`,
        ),
      );
      const stop = () => void started.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    }
  }
}

main().catch(async (err) => {
  console.error(paint(31, `demo: ${err.message}`));
  if (started) {
    console.error(
      paint(2, `stopping the services it started (their logs: ${path.relative(root, started.logFile)})`),
    );
    await started.stop();
  }
  process.exit(1);
});

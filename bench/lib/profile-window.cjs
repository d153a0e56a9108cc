// Preload (`node -r ./bench/lib/profile-window.cjs …`) for a service process a benchmark starts: a
// profile of one window of its life, not of the whole process (boot and untimed setup would drown the
// timed part). The bench, which started the process with an IPC channel (stdio 'ipc'), sends
// 'profile-window' to open the window and again to close it (not a signal: Nest's shutdown hooks
// take SIGUSR2 for a stop); then
//   <LZ_PROF_DIR>/<LZ_PROF_NAME>-<pid>.cpuprofile   the V8 sampling profile of the window (open it in
//                                                  Chrome DevTools, or bench/lib/cpu-profile-summary.mjs)
//   <LZ_PROF_DIR>/<LZ_PROF_NAME>-<pid>.queries.json the SQL statements node-postgres sent in the window,
//                                                  per pool (application_name) and statement text
// are written (the .json last: once it exists, both are complete).
'use strict';
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.LZ_PROF_DIR;
if (dir) {
  const base = path.join(dir, `${process.env.LZ_PROF_NAME ?? 'service'}-${process.pid}`);
  const write = (file, text) => {
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
  };
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
    );

  // Statement counter: wraps pg's Client#query (Prisma's pg adapter, the relay's pool, the bench's
  // own code all go through it). Counting costs a Map update per statement.
  let counts = null;
  const pg = require('pg');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(config, ...rest) {
    if (counts) {
      const text = typeof config === 'string' ? config : (config?.text ?? '?');
      const key = `${this.connectionParameters?.application_name ?? '?'} | ${text.replace(/\s+/g, ' ').trim().slice(0, 140)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return query.call(this, config, ...rest);
  };

  let running = false;
  process.channel?.unref(); // the channel must not keep the service alive at shutdown
  process.on('message', (msg) => {
    if (msg !== 'profile-window') return;
    const toggle = running
      ? post('Profiler.stop').then(({ profile }) => {
          write(`${base}.cpuprofile`, JSON.stringify(profile));
          const rows = [...counts].sort((a, b) => b[1] - a[1]).map(([statement, n]) => ({ n, statement }));
          counts = null;
          write(`${base}.queries.json`, JSON.stringify(rows, null, 1));
        })
      : post('Profiler.enable')
          .then(() => post('Profiler.setSamplingInterval', { interval: 500 }))
          .then(() => post('Profiler.start'))
          .then(() => {
            counts = new Map();
          });
    running = !running;
    toggle.catch((err) => process.stderr.write(`profile-window: ${err.message}\n`));
  });
}

#!/usr/bin/env node
// Where the CPU time of a .cpuprofile went: `node bench/lib/cpu-profile-summary.mjs FILE [TOP]`.
// Prints the busy share, self time by area (our code, Prisma, Nest, Fastify, pg, zod, GC, …) and the
// TOP (default 25) functions by self time, with their file. Used for the README "where the time went".
// `CPU_PROF_UNDER=name1,name2` also prints, per name, the busy time of samples whose stack has a
// function of that name (inclusive time, within one synchronous stretch: async work is split by awaits).
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: cpu-profile-summary.mjs FILE.cpuprofile [TOP]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const totalUs = profile.endTime - profile.startTime;

const AREAS = [
  ['(idle)', (u, f) => f === '(idle)'],
  ['(garbage collector)', (u, f) => f === '(garbage collector)'],
  ['(program/native)', (u, f) => f === '(program)' || (!u && f !== '(root)')],
  ['prisma', (u) => /@prisma\//.test(u)],
  ['pg driver', (u) => /node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+)\//.test(u)],
  ['nest', (u) => /@nestjs\//.test(u)],
  [
    'fastify',
    (u) =>
      /node_modules\/(fastify|@fastify|find-my-way|light-my-request|avvio|pino|fast-[a-z-]+|secure-json-parse)\//.test(
        u,
      ),
  ],
  ['rxjs', (u) => /node_modules\/rxjs\//.test(u)],
  ['zod', (u) => /node_modules\/zod\//.test(u)],
  ['jose (JWT)', (u) => /node_modules\/jose\//.test(u)],
  ['amqp', (u) => /node_modules\/(amqplib|@cloudamqp)\//.test(u)],
  ['ioredis/bullmq', (u) => /node_modules\/(ioredis|bullmq)\//.test(u)],
  ['other node_modules', (u) => /node_modules\//.test(u)],
  ['libs/*', (u) => /\/libs\//.test(u)],
  ['apps/*', (u) => /\/apps\//.test(u)],
  ['node core', (u) => /^node:/.test(u) || !/\//.test(u)],
  ['other', () => true],
];
const areaOf = (n) => {
  const { url, functionName } = n.callFrame;
  for (const [name, test] of AREAS) if (test(url, functionName)) return name;
  return 'other';
};
const areas = new Map();
const fns = new Map();
let idleUs = 0;
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  const area = areaOf(n);
  if (area === '(idle)') idleUs += us;
  areas.set(area, (areas.get(area) ?? 0) + us);
  const { functionName, url, lineNumber } = n.callFrame;
  const key = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(apps|libs)\//, '$1/')}:${lineNumber + 1}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
}
const busyUs = totalUs - idleUs;
const ms = (us) => (us / 1000).toFixed(0).padStart(7);
const pct = (us) => `${((us / busyUs) * 100).toFixed(1).padStart(5)} %`;
process.stdout.write(
  `window ${ms(totalUs)} ms, busy ${ms(busyUs)} ms (${((busyUs / totalUs) * 100).toFixed(0)} %), ${profile.samples.length} samples\n\nself time by area (share of busy):\n`,
);
for (const [a, us] of [...areas].sort((x, y) => y[1] - x[1]))
  if (a !== '(idle)') process.stdout.write(`  ${ms(us)} ms ${pct(us)}  ${a}\n`);
const under = (process.env.CPU_PROF_UNDER ?? '').split(',').filter(Boolean);
if (under.length) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  process.stdout.write('\ninclusive (stack contains):\n');
  for (const name of under) {
    let us = 0;
    for (const [id, t] of selfUs) {
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        if (byId.get(cur).callFrame.functionName === name) {
          us += t;
          break;
        }
      }
    }
    process.stdout.write(`  ${ms(us)} ms ${pct(us)}  ${name}\n`);
  }
}
process.stdout.write(`\ntop ${top} functions by self time:\n`);
for (const [k, us] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, top))
  process.stdout.write(`  ${ms(us)} ms ${pct(us)}  ${k}\n`);

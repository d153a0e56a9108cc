// A CPU profile of a timed part of a benchmark, taken in its own process with the inspector (the
// services run in-process, startTestService): `BENCH_CPU_PROF=/tmp/x.cpuprofile npm run bench:…`
// writes a .cpuprofile (Chrome DevTools / speedscope open it) and prints where the self time went,
// by package or source folder (a native frame counted for its JS caller's) and by function. Without the variable every call here is a no-op.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/** Starts profiling now when `file` is set; `stop()` writes it and returns the summary lines. */
export async function startCpuProfile(file, { root = process.cwd(), top = 12 } = {}) {
  if (!file) return { stop: async () => [] };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 1000 });
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      writeFileSync(file, JSON.stringify(profile));
      return [`CPU profile written to ${file}`, ...summarise(profile, root, top)];
    },
  };
}

/** Self time by area (node_modules package, or the repo folder two levels deep) and by function. */
function summarise(profile, root, top) {
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byArea = new Map();
  const byFn = new Map();
  const parent = new Map();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A native frame (a socket write, JSON.stringify) counts for the JS code that called it.
  const areaWithCaller = (node) => {
    for (let n = node; n; n = nodes.get(parent.get(n.id))) {
      if (n.callFrame.url) return areaOf(n.callFrame.url, root, n.callFrame.functionName);
    }
    return areaOf('', root, node.callFrame.functionName);
  };
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaWithCaller(node);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    const fn =
      `${functionName || '(anonymous)'} ${url ? `${shortUrl(url, root)}:${lineNumber + 1}` : ''}`.trim();
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const line = ([name, us]) =>
    `  ${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`;
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `self time in the profile: ${(total / 1000).toFixed(0)} ms, by area:`,
    ...sorted(byArea).map(line),
    'by function:',
    ...sorted(byFn).map(line),
  ];
}

function areaOf(url, root, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (file.startsWith('node:') || !file.startsWith('/')) return 'node (core)';
  const rel = path.relative(root, file).split(path.sep);
  return rel.slice(0, 2).join('/');
}

function shortUrl(url, root) {
  const file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) return file.slice(nm + '/node_modules/'.length);
  return file.startsWith('/') ? path.relative(root, file) : file;
}

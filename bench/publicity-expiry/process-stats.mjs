// Peak memory and CPU time of a process, read from /proc (Linux), printed next to the figures
// (issue 15). `VmHWM` is the peak resident set size; utime + stime of /proc/PID/stat are the CPU
// time used so far. The publicity service runs inside the bench process (startTestService), so its
// figures are this process's; the baseline runs after the platform part, measured as a difference.
// (A shared helper for every bench may replace this one: same shape, `{ peakRssMiB, rssMiB, cpuMs }`.)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond = 100;
try {
  ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // No getconf: Linux's USER_HZ is 100.
}

/** `{ peakRssMiB, rssMiB, cpuMs }` of a live process, or null when /proc cannot tell. */
export function processStats(pid = process.pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return {
      peakRssMiB: kib('VmHWM') / 1024,
      rssMiB: kib('VmRSS') / 1024,
      cpuMs: (ticks / ticksPerSecond) * 1000,
    };
  } catch {
    return null;
  }
}

/** One line: peak RSS, CPU time in all and, given an earlier reading, CPU time since then. */
export function formatProcessStats(name, stats, since) {
  if (!stats) return `${name}: (no /proc figures)`;
  const window = since ? `, ${(stats.cpuMs - since.cpuMs).toFixed(0)} ms CPU in the timed part` : '';
  return `${name}: peak RSS ${stats.peakRssMiB.toFixed(0)} MiB, CPU ${(stats.cpuMs / 1000).toFixed(2)} s in all${window}`;
}

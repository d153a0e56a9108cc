// Peak memory and CPU time of a process, read from /proc (Linux): what each benchmark prints next to
// its figures for every service process it ran (issue 15). `VmHWM` is the peak resident set size;
// utime + stime of /proc/PID/stat are the CPU time the process used so far, in clock ticks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond = 100;
try {
  ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  // getconf missing: Linux's USER_HZ is 100 on every architecture we run on.
}

/** `{ peakRssMiB, rssMiB, cpuMs }` of a live process, or null when it is gone or /proc is absent. */
export function processStats(pid = process.pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return {
      peakRssMiB: kib('VmHWM') / 1024,
      rssMiB: kib('VmRSS') / 1024,
      cpuMs: (ticks / ticksPerSecond) * 1000,
    };
  } catch {
    return null;
  }
}

/**
 * One line per process: peak RSS, CPU time in all, and (with `since`, an earlier `processStats`) the
 * CPU time spent since then — the timed part of a run, without the boot.
 */
export function formatProcessStats(name, stats, since) {
  if (!stats) return `${name}: (no /proc figures)`;
  const window = since ? `, ${(stats.cpuMs - since.cpuMs).toFixed(0)} ms CPU in the timed part` : '';
  return `${name}: peak RSS ${stats.peakRssMiB.toFixed(0)} MiB, CPU ${(stats.cpuMs / 1000).toFixed(2)} s in all${window}`;
}

/**
 * When a running process started, read from /proc on Linux, so a data-folder lock can tell its
 * owner from a later program that was given the same pid (issue 7, finding 10). Where /proc
 * cannot be read (macOS, Windows) the answer is null and the lock trusts the pid alone, as before.
 *
 * /proc/<pid>/stat gives the start in clock ticks since boot and /proc/stat the boot instant; the
 * ticks per second (usually 100) are calibrated on this process, whose start is known.
 */
import { readFileSync } from "node:fs";

/** The start field (22nd) of /proc/<pid>/stat, in clock ticks after boot. */
function startTicks(pid: number | "self"): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function bootSeconds(): number | null {
  try {
    const match = /^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

const COMMON_TICK_RATES = [100, 250, 300, 1000] as const;

/** The kernel's clock ticks per second, from this process's known start; 100 when it cannot tell. */
function ticksPerSecond(boot: number): number {
  const own = startTicks("self");
  const ownSeconds = performance.timeOrigin / 1000 - boot;
  if (own === null || ownSeconds <= 0) return 100;
  const measured = own / ownSeconds;
  return COMMON_TICK_RATES.reduce((best, rate) => (Math.abs(rate - measured) < Math.abs(best - measured) ? rate : best), 100);
}

/**
 * The instant process `pid` started, or null when it cannot be read here.
 * @example processStartedAt(process.pid) // about new Date(performance.timeOrigin), on Linux
 */
export function processStartedAt(pid: number): Date | null {
  const boot = bootSeconds();
  const ticks = startTicks(pid);
  if (boot === null || ticks === null) return null;
  return new Date((boot + ticks / ticksPerSecond(boot)) * 1000);
}

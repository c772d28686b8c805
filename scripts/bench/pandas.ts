/**
 * pandas as an outside baseline for the bench: the same prices, the same
 * 40-row simple excess, ranked by `rolling(L).rank()` / `expanding().rank()`
 * (pandas ≥ 1.4), timed inside Python (best of `reps`), in the same run as
 * Baton's numbers. pandas is not a dependency of Baton: on Debian,
 * `apt-get install python3-pandas` gives it to /usr/bin/python3. Where no
 * Python with pandas is found the bench says so and leaves the column empty.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const PYTHONS = ["/usr/bin/python3", "python3"];

const SCRIPT = `
import sys, time, numpy as np, pandas as pd
s = np.fromfile(sys.argv[1], dtype="<f8"); b = np.fromfile(sys.argv[2], dtype="<f8")
w = int(sys.argv[3]); lookback = int(sys.argv[4]); reps = int(sys.argv[5])
best = float("inf")
for _ in range(reps + 1):
    t0 = time.perf_counter()
    S = pd.Series(s); B = pd.Series(b)
    excess = S / S.shift(w) - 1 - (B / B.shift(w) - 1)
    r = excess.rolling(lookback, min_periods=20) if lookback > 0 else excess.expanding(min_periods=20)
    rank = r.rank(method="min")
    best = min(best, time.perf_counter() - t0)
print(best * 1000)
`;

let python: string | null | undefined;

/** A Python with pandas, or null. */
function findPython(): string | null {
  if (python !== undefined) return python;
  python = null;
  for (const p of PYTHONS) {
    const r = spawnSync(p, ["-c", "import pandas"], { encoding: "utf8" });
    if (r.status === 0) {
      python = p;
      break;
    }
  }
  return python;
}

/** The pandas version found, for the bench's notes; null when there is none. */
export function pandasVersion(): string | null {
  const p = findPython();
  if (!p) return null;
  return spawnSync(p, ["-c", "import pandas; print(pandas.__version__)"], { encoding: "utf8" }).stdout.trim();
}

/**
 * Milliseconds pandas takes to compute the `w`-row simple excess of two price
 * columns and rank it over a trailing `lookback` (null: expanding), best of
 * `reps`; undefined without pandas.
 */
export function pandasRankMs(sector: Float64Array, benchmark: Float64Array, w: number, lookback: number | null, reps = 3): number | undefined {
  const p = findPython();
  if (!p) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-"));
  try {
    const sf = path.join(dir, "s.f64");
    const bf = path.join(dir, "b.f64");
    fs.writeFileSync(sf, Buffer.from(sector.buffer, sector.byteOffset, sector.byteLength));
    fs.writeFileSync(bf, Buffer.from(benchmark.buffer, benchmark.byteOffset, benchmark.byteLength));
    const r = spawnSync(p, ["-c", SCRIPT, sf, bf, String(w), String(lookback ?? 0), String(reps)], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pandas baseline failed: ${r.stderr}`);
    return Number(r.stdout.trim());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A tiny seeded pseudo-random generator for the sample data.
 *
 * The sample must be the same on every machine and every run, so it never
 * touches `Math.random`. mulberry32 (Tommy Ettinger's 32-bit generator) is
 * small, fast and good enough for illustrative noise; Box–Muller turns its
 * uniforms into standard normals.
 */

/** A function returning uniforms in [0, 1). */
export type Uniform = () => number;

/**
 * mulberry32: a deterministic uniform generator from a 32-bit seed.
 * Cost: O(1) per draw.
 * @example const u = mulberry32(1); u(); // => 0.6270739405881613 on every run
 */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draws (mean 0, sd 1) from a uniform generator, by the
 * Box–Muller transform (one normal per two uniforms; the sine twin is dropped
 * to keep the stream simple). Cost: O(1) per draw.
 * @example const z = normals(mulberry32(1)); z(); // => 1.4043387784152637 on every run
 */
export function normals(u: Uniform): () => number {
  return () => {
    const u1 = 1 - u(); // (0, 1]: log is finite
    const u2 = u();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}

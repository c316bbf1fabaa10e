/*
 * A/B measurement: pairs of A and B alternating in one run, the order inside
 * each pair swapped every other pair (AB BA AB …), so drift of the machine
 * (a GC, a vacuum, a neighbour) falls on both sides alike.
 */

export type Sample = () => Promise<number>

/** `n` pairs; each sample returns its own duration in ms (so set-up outside the timed part stays out). */
export async function alternate(n: number, a: Sample, b: Sample, warmup = 2): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await a()
    await b()
  }
  const result = { a: [] as number[], b: [] as number[] }
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      result.a.push(await a())
      result.b.push(await b())
    } else {
      result.b.push(await b())
      result.a.push(await a())
    }
  }
  return result
}

/** Milliseconds `work` takes. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint()
  await work()
  return Number(process.hrtime.bigint() - started) / 1e6
}

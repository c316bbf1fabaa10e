import { alternate } from "./ab"
import type { Bench } from "./stack"
import { median, pairwiseRatio } from "./stats"

/*
 * A figure is one comparison the benchmark prints as a line: what A and B
 * are, their medians, N, the ratio of the medians, the median of the pairwise
 * ratios, and the target it is judged against (by the ratio of medians).
 */

export type Target = { op: "≤" | "≥"; value: number }

export type Line = {
  figure: string
  a: string
  b: string
  aMs: number
  bMs: number
  n: number
  ratio: number
  pairwise?: number
  target?: Target
  /** What else a reader needs: the Haso floor added, calls counted, errors. */
  note?: string
}

export type Figure = { name: string; run(bench: Bench): Promise<Line[]> }

export function passes(line: Line): boolean | undefined {
  if (!line.target || !Number.isFinite(line.ratio)) return line.target ? false : undefined
  return line.target.op === "≤" ? line.ratio <= line.target.value : line.ratio >= line.target.value
}

type Comparison = { calls: number; floorMs: number; target?: Target; what: [string, string]; note?: string }

/**
 * A with Haso against B with Medusa's system provider plus the Haso round
 * trips A makes (`floorMs` for each), measured as alternating pairs.
 */
export async function againstFloor(
  figure: string,
  { n, warmup, haso, system, ...comparison }: Comparison & { n: number; warmup: number; haso: () => Promise<number>; system: () => Promise<number> }
): Promise<Line> {
  const { a, b } = await alternate(n, haso, system, warmup)
  return floorLine(figure, a, b, comparison)
}

/** The line of samples `a` against samples `b` plus `calls` Haso round trips. */
export function floorLine(figure: string, a: number[], b: number[], { calls, floorMs, target, what, note }: Comparison): Line {
  const floor = calls * floorMs
  const floorNote = calls ? `system ${median(b).toFixed(1)} ms + ${calls} × ${floorMs.toFixed(2)} ms floor` : undefined
  return {
    figure,
    a: what[0],
    b: calls ? `${what[1]} + ${calls} Haso round trip${calls === 1 ? "" : "s"}` : what[1],
    aMs: median(a),
    bMs: median(b) + floor,
    n: a.length,
    ratio: median(a) / (median(b) + floor),
    pairwise: pairwiseRatio(a, b.map((value) => value + floor)),
    target,
    note: [note, floorNote].filter(Boolean).join("; ") || undefined,
  }
}

/**
 * How many Haso calls one run of `step` makes while its request is open:
 * the sandbox's requests between its start and its answer, once what an
 * earlier step left running (a capture after an order) has gone quiet.
 */
export async function hasoCallsOf(bench: Bench, step: () => Promise<unknown>): Promise<number> {
  await quiet(bench)
  const from = new Date().toISOString()
  await step()
  return hasoCallsSince(bench, from)
}

/** The Haso calls the sandbox received from `from` (an ISO time) until now. */
export async function hasoCallsSince(bench: Bench, from: string): Promise<number> {
  const to = new Date().toISOString()
  return (await bench.api.sandbox.requests()).filter((request) => request.service && request.at >= from && request.at <= to).length
}

async function quiet(bench: Bench) {
  let count = (await bench.api.sandbox.requests()).length
  for (let stable = 0; stable < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 150))
    const now = (await bench.api.sandbox.requests()).length
    stable = now === count ? stable + 1 : 0
    count = now
  }
}


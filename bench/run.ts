import { parseArgs } from "node:util"
import { cartEdit } from "./figures/cart-edit"
import { client } from "./figures/client"
import { complete } from "./figures/complete"
import { concurrency } from "./figures/concurrency"
import { installments } from "./figures/installments"
import { paymentSession } from "./figures/payment-session"
import { reconciliation } from "./figures/reconciliation"
import { passes, type Figure, type Line } from "./lib/figure"
import { prepareBench, startBenchDemo } from "./lib/stack"
import { formatMs } from "./lib/stats"
import type { DemoReady } from "../integration-tests/e2e/helpers/demo"

/*
 * `npm run bench [-- --only client,complete] [-- --smoke] [-- --auto-capture off]`: starts the demo
 * store (in .bench/, reused between runs), then prints one line per figure:
 * A's and B's medians, N, the ratio of the medians, the median of the
 * pairwise ratios, and PASS/FAIL against the figure's target; a summary last.
 * `--smoke`: a few samples each, targets not judged (npm test runs it so the
 * benchmark never rots).
 */

export const FIGURES: Figure[] = [client, paymentSession, complete, concurrency, cartEdit, installments, reconciliation]

/** Each line says which figure (`from`) printed it. */
export async function runBench(demo: DemoReady, { smoke, only, autoCapture = true, say }: { smoke: boolean; only?: string[]; autoCapture?: boolean; say(text: string): void }): Promise<Array<Line & { from: string }>> {
  const unknown = (only ?? []).filter((name) => !FIGURES.some((figure) => figure.name === name))
  if (unknown.length) throw new Error(`no figure ${unknown.join(", ")}; the figures are ${FIGURES.map((figure) => figure.name).join(", ")}`)
  const bench = await prepareBench(demo, { smoke, autoCapture, note: (text) => say(`  ${text}`) })
  const lines: Array<Line & { from: string }> = []
  try {
    for (const figure of FIGURES.filter((candidate) => !only?.length || only.includes(candidate.name))) {
      const started = Date.now()
      for (const line of await figure.run(bench)) {
        lines.push({ ...line, from: figure.name })
        say(formatLine(line, smoke))
      }
      say(`  (${figure.name} took ${((Date.now() - started) / 1000).toFixed(1)} s)`)
    }
  } finally {
    await bench.api.sandbox.clearFaults().catch(() => undefined)
    bench.haso.close()
  }
  const judged = lines.filter((line) => line.target)
  const passed = judged.filter((line) => passes(line)).length
  say(smoke ? `summary: ${lines.length} figures measured (smoke run: targets not judged)` : `summary: ${passed} of ${judged.length} targets met${passed < judged.length ? `; missed: ${judged.filter((line) => !passes(line)).map((line) => line.figure).join(", ")}` : ""}`)
  return lines
}

export function formatLine(line: Line, smoke = false): string {
  const ms = (value: number) => (Number.isFinite(value) ? formatMs(value) : "–")
  const verdict = !line.target ? "reported" : smoke ? `target ${line.target.op} ${line.target.value}` : `${passes(line) ? "PASS" : "FAIL"} (${line.target.op} ${line.target.value})`
  const pairwise = line.pairwise === undefined ? "" : `  pairwise ${line.pairwise.toFixed(2)}`
  const note = line.note ? `  [${line.note}]` : ""
  return `${line.figure.padEnd(38)} ${line.a}: ${ms(line.aMs)} | ${line.b}: ${ms(line.bMs)}  n=${line.n}  ratio ${line.ratio.toFixed(2)}${pairwise}  ${verdict}${note}`
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: "string" }, smoke: { type: "boolean", default: false }, "auto-capture": { type: "string", default: "on" } } })
  if (!["on", "off"].includes(values["auto-capture"]!)) throw new Error(`--auto-capture takes on or off, not "${values["auto-capture"]}"`)
  const autoCapture = values["auto-capture"] === "on"
  const say = (text: string) => console.log(`[bench] ${text}`)
  const started = Date.now()
  say("starting the demo store (the first run installs and builds for a few minutes)")
  const demo = await startBenchDemo((text) => say(`demo ${text}`), { autoCapture })
  try {
    say(`store ready in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    const lines = await runBench(demo.ready, { smoke: values.smoke, only: values.only?.split(",").filter(Boolean), autoCapture, say })
    return values.smoke || lines.every((line) => passes(line) !== false) ? 0 : 1
  } finally {
    await demo.stop()
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`[bench] ${error instanceof Error ? error.stack : error}`)
      process.exit(1)
    }
  )
}

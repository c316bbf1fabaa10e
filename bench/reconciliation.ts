/**
 * Daily reconciliation at 1,000 and 10,000 transactions a day: time and peak
 * memory, and how both grow from 1k to 10k (linear is a ratio near 10 for
 * time and well under 10 for memory, since only Haso's side is held).
 *
 *   npm run bench
 *
 * Haso's side is real: the sandbox generates the day's activations and
 * refunds, and the plugin pages through 5.11.2 over HTTP. Medusa's side is a
 * generated stream of the same records in pages of 500 (a few altered, so
 * every bucket is exercised): it stands in for the paged capture and refund
 * queries, which this benchmark does not measure.
 */
import { HasoClient } from "../src/haso"
import type { ReconciliationEntry } from "../src/reconciliation/entries"
import { hasoEntries } from "../src/reconciliation/entries"
import { reconcileEntries } from "../src/reconciliation/reconcile"
import { startHasoSandbox, type HasoSandbox } from "../src/sandbox"

const DATE = "2026-11-30"
const PAGE = 500

async function* medusaSide(sandbox: HasoSandbox): AsyncGenerator<ReconciliationEntry> {
  const entries: ReconciliationEntry[] = []
  sandbox.transactions().forEach((t, i) => {
    if (i % 250 === 1) {
      return // at Haso only
    }
    const amount = i % 250 === 2 ? t.orderAmountKurus + 1 : t.orderAmountKurus // amounts differ
    entries.push({ key: `transaction:${t.merchantOid}`, kind: "transaction", amount_kurus: amount, merchant_oid: t.merchantOid, transaction_code: t.transactionCode })
  })
  for (const r of sandbox.refunds()) {
    entries.push({ key: `refund:${r.refundId}`, kind: "refund", amount_kurus: r.amountKurus, merchant_oid: r.merchantOid, refund_id: r.refundId })
  }
  entries.push({ key: "transaction:MEDUSA-ONLY", kind: "transaction", amount_kurus: 100, merchant_oid: "MEDUSA-ONLY" })
  for (let i = 0; i < entries.length; i += PAGE) {
    await new Promise((resolve) => setImmediate(resolve)) // a page arrives
    yield* entries.slice(i, i + PAGE)
  }
}

async function measure(sandbox: HasoSandbox, client: HasoClient, count: number) {
  sandbox.reset()
  sandbox.generateTransactions({ count, date: DATE, refundEvery: 10 })
  global.gc?.()
  const baseline = process.memoryUsage().heapUsed
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5)
  const started = process.hrtime.bigint()
  const outcome = await reconcileEntries(hasoEntries(client, DATE, { collections: 0 }), medusaSide(sandbox))
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  return {
    count,
    ms,
    peakMb: (peak - baseline) / 1024 / 1024,
    buckets: `${outcome.matched_count} matched, ${outcome.missing_in_medusa.length} at Haso only, ${outcome.missing_at_haso.length} in Medusa only, ${outcome.amount_mismatch.length} differ`,
  }
}

async function main() {
  if (!global.gc) {
    console.warn("Run with node --expose-gc for steadier memory figures (npm run bench does).")
  }
  const sandbox = await startHasoSandbox({ port: 0 })
  const client = new HasoClient({ ...sandbox.credentials, apiUrl: sandbox.url, serverIp: "", timeoutMs: 30_000, readRetries: 0 })
  try {
    await measure(sandbox, client, 200) // warm-up: JIT and keep-alive sockets
    const small = await measure(sandbox, client, 1_000)
    const large = await measure(sandbox, client, 10_000)
    for (const run of [small, large]) {
      console.log(`${String(run.count).padStart(6)} transactions: ${run.ms.toFixed(0).padStart(6)} ms, peak heap +${run.peakMb.toFixed(1)} MB (${run.buckets})`)
    }
    console.log(`10k / 1k: time x${(large.ms / small.ms).toFixed(1)}, peak heap x${(large.peakMb / Math.max(small.peakMb, 0.1)).toFixed(1)}`)
  } finally {
    await sandbox.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})

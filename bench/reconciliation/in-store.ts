import path from "node:path"
import vm from "node:vm"
import v8 from "node:v8"
import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { HasoModuleService } from "../../src/modules/haso"

/*
 * Runs inside the demo store, by `medusa exec` (copied into the store's
 * src/scripts by measure.ts), so the reconciliation reads
 * Medusa's side with its real paged queries from a real database.
 *
 *   seed <date>…  writes Medusa's books of each Haso day: for each
 *                transaction of Haso's day a payment collection, an order
 *                link, a Haso payment and its capture; for each refund a refund
 *                row and its ledger operation. Three differences are planted on
 *                purpose.
 *   measure <date>…
 *                reconciles each day twice: for its time, then for the heap it
 *                holds (see run()).
 *
 * Each prints one line `HASO_BENCH <json>` (an array, a result per day).
 * Seed and measure are separate processes, so the measured heap holds
 * nothing of the seeding.
 */

// Values from the store's installed copy of the plugin (the one its container loaded); types from our sources.
const plugin = {
  workflows: () => require("medusa-plugin-haso/workflows") as typeof import("../../src/workflows"),
  client: () => require("medusa-plugin-haso/client") as typeof import("../../src/haso"),
  dates: () => require("medusa-plugin-haso/haso/dates") as typeof import("../../src/haso/dates"),
  // Not an export of the package; read from its build, as the bench checks its data against the provider's schema.
  sessionData: () => require(`${path.dirname(require.resolve("medusa-plugin-haso/package.json"))}/.medusa/server/src/providers/haso/session-data`) as typeof import("../../src/providers/haso/session-data"),
}

/** What the seeding plants, and so what the report must name, nothing more. */
export const PLANTED = { at_haso_only: 1, amount_differs: 1, in_medusa_only: 1 }

const PAGE = 1000

// The run measures heap after a full collection; `medusa exec` gives no way to pass --expose-gc.
v8.setFlagsFromString("--expose-gc")

export default async function hasoBench({ container, args }: ExecArgs) {
  const [mode, ...dates] = args
  const result = []
  for (const date of dates) {
    result.push(mode === "seed" ? await seed(container, date) : { time: await run(container, date, "time"), memory: await run(container, date, "memory") })
  }
  console.log(`HASO_BENCH ${JSON.stringify(result)}`)
}

/**
 * One reconciliation of the day. `time`: its wall time and its peak heap as
 * V8 lets it grow (garbage included, which depends on when V8 chooses to
 * collect). `memory`: the peak of what is actually held, sampled with a full
 * collection every 200 ms (which slows the run, so its time is not used).
 */
async function run(container: ExecArgs["container"], date: string, mode: "time" | "memory") {
  const gc = vm.runInNewContext("gc") as () => void
  gc()
  const baseline = process.memoryUsage().heapUsed
  let peak = baseline
  const sample = () => {
    if (mode === "memory") gc()
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }
  const sampler = setInterval(sample, mode === "memory" ? 200 : 2)
  const started = process.hrtime.bigint()
  const { result: report } = await plugin.workflows().reconcileHasoDayWorkflow(container).run({ input: { date } })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  clearInterval(sampler)
  sample()
  const counts = (report.summary as { counts: Record<string, number> }).counts
  return { mode, ms, baselineHeap: baseline, peakHeap: peak, status: report.status, matched: report.matched_count, counts }
}

async function seed(container: ExecArgs["container"], date: string) {
  const haso = container.resolve<HasoModuleService>("haso")
  const db = container.resolve<Knex>("__pg_connection__")
  const { hasoDecimalToKurus } = plugin.client()
  const started = Date.now()
  const id = benchIds(date)
  await clear(db, id)
  let transactions = 0
  let refunds = 0
  for (let pageNo = 1; ; pageNo++) {
    const page = await haso.client.getReconciliationDetail({ date, pageNo, pageSize: PAGE })
    const rows: Books = { collections: [], payments: [], captures: [], links: [], refunds: [], operations: [] }
    for (const item of page.Items) {
      const kurus = hasoDecimalToKurus(item.Amount)
      const at = hasoInstant(item.Date)
      if (item.Type === "Transaction") {
        transactions++
        const planted = transactions === 3 ? "missing" : transactions === 5 ? "amount" : null
        addPayment(rows, id, { merchantOid: item.MerchantOid, transactionCode: item.TransactionCode, kurus, at, customerId: item.CustomerId ?? "unknown" })
        if (planted === "missing") rows.captures.pop()
        if (planted === "amount") rows.captures[rows.captures.length - 1].amount = major(kurus + 1)
      } else if (item.Type === "Refund" && item.RefundId) {
        refunds++
        const refund = id("ref", item.RefundId)
        rows.refunds.push({ id: refund, amount: major(kurus), payment_id: id("pay", item.MerchantOid), created_at: at })
        rows.operations.push({
          id: id("hpop", item.RefundId),
          merchant_oid: item.MerchantOid,
          transaction_code: item.TransactionCode,
          payment_id: id("pay", item.MerchantOid),
          refund_id: item.RefundId,
          medusa_reference: refund,
          amount_kurus: kurus,
          created_at: at,
        })
      }
    }
    if (pageNo === 1) {
      // A capture Haso never heard of.
      addPayment(rows, id, { merchantOid: `HBX${date.replace(/-/g, "")}`, transactionCode: "HT-NOT-AT-HASO", kurus: 12_345, at: `${date}T09:00:00+03:00`, customerId: "1000000000" })
    }
    await write(db, rows)
    if (page.Items.length < PAGE || pageNo * PAGE >= page.TotalCount) break
  }
  return { date, transactions, refunds, planted: PLANTED, seconds: (Date.now() - started) / 1000 }
}

type Row = Record<string, string | number | boolean | null>
type Books = Record<"collections" | "payments" | "captures" | "links" | "refunds" | "operations", Row[]>
type BenchIds = ReturnType<typeof benchIds>

/** Ids of the bench's rows: Medusa's prefixes, then the day, so a day's rows can be found and replaced. */
function benchIds(date: string) {
  const day = date.replace(/-/g, "")
  const id = (prefix: string, key: string) => `${prefix}_hb${day}_${key}`
  id.like = (prefix: string) => `${prefix}\\_hb${day}\\_%`
  return id
}


/**
 * Seeding a day again replaces the rows of its last seeding. Foreign-key
 * checks are off for it (bench rows only): Medusa's payment index is partial,
 * so each deleted collection would scan every payment.
 */
async function clear(db: Knex, id: BenchIds) {
  await db.transaction(async (trx) => {
    await trx.raw("set local session_replication_role = replica")
    // Children first.
    for (const { table, prefix } of [...WRITES].reverse()) {
      await trx.raw(`delete from ${table} where id like ?`, [id.like(prefix)])
    }
  })
}

function addPayment(rows: Books, id: BenchIds, t: { merchantOid: string; transactionCode: string; kurus: number; at: string; customerId: string }) {
  const amount = major(t.kurus)
  const collection = id("pcol", t.merchantOid)
  const payment = id("pay", t.merchantOid)
  rows.collections.push({ id: collection, amount, created_at: t.at })
  rows.links.push({ id: id("ordpay", t.merchantOid), order_id: id("order", t.merchantOid), payment_collection_id: collection })
  rows.payments.push({ id: payment, amount, payment_collection_id: collection, payment_session_id: id("payses", t.merchantOid), data: JSON.stringify(paymentData(t)), created_at: t.at })
  rows.captures.push({ id: id("capt", t.merchantOid), amount, payment_id: payment, created_at: t.at })
}

/** A Haso payment's data as the provider stores it; checked against the provider's own schema. */
function paymentData(t: { merchantOid: string; transactionCode: string; kurus: number; at: string; customerId: string }) {
  const offer = { installment_no: 1, installment_count: 1, installment_amount: t.kurus / 100, total_amount: t.kurus / 100, fee: 0, down_payment: 0 }
  return plugin.sessionData().paymentDataSchema.parse({
    merchant_oid: t.merchantOid,
    haso_customer_id: t.customerId,
    amount_kurus: t.kurus,
    amount: major(t.kurus),
    currency_code: "try",
    installment_no: 1,
    installment_options: [offer],
    selected_installment: offer,
    auto_capture: true,
    transaction_code: t.transactionCode,
    transaction_status: 1,
    total_amount: t.kurus / 100,
    fee: 0,
    down_payment: 0,
    plan: [],
    authorized_at: t.at,
    activated_at: t.at,
  })
}

const raw = (column: string) => `jsonb_build_object('value', r.${column}, 'precision', 20)`
const amount = `r.amount::numeric, ${raw("amount")}`

/** Each table the bench writes, parents first: its id prefix, columns, what goes in them from a row `r`, and the row's shape. */
const WRITES: Array<{ table: string; prefix: string; rows: keyof Books; columns: string; values: string; shape: string }> = [
  {
    table: "payment_collection",
    prefix: "pcol",
    rows: "collections",
    columns: "id, currency_code, amount, raw_amount, captured_amount, raw_captured_amount, status, created_at, updated_at",
    values: `r.id, 'try', ${amount}, ${amount}, 'completed', r.created_at, r.created_at`,
    shape: "id text, amount text, created_at timestamptz",
  },
  {
    table: "order_payment_collection",
    prefix: "ordpay",
    rows: "links",
    columns: "id, order_id, payment_collection_id",
    values: "r.id, r.order_id, r.payment_collection_id",
    shape: "id text, order_id text, payment_collection_id text",
  },
  {
    table: "payment",
    prefix: "pay",
    rows: "payments",
    columns: "id, amount, raw_amount, currency_code, provider_id, data, payment_collection_id, payment_session_id, captured_at, created_at, updated_at",
    values: `r.id, ${amount}, 'try', 'pp_haso_haso', r.data::jsonb, r.payment_collection_id, r.payment_session_id, r.created_at, r.created_at, r.created_at`,
    shape: "id text, amount text, data text, payment_collection_id text, payment_session_id text, created_at timestamptz",
  },
  {
    table: "capture",
    prefix: "capt",
    rows: "captures",
    columns: "id, amount, raw_amount, payment_id, created_at, updated_at",
    values: `r.id, ${amount}, r.payment_id, r.created_at, r.created_at`,
    shape: "id text, amount text, payment_id text, created_at timestamptz",
  },
  {
    table: "refund",
    prefix: "ref",
    rows: "refunds",
    columns: "id, amount, raw_amount, payment_id, created_at, updated_at",
    values: `r.id, ${amount}, r.payment_id, r.created_at, r.created_at`,
    shape: "id text, amount text, payment_id text, created_at timestamptz",
  },
  {
    table: "haso_payment_operation",
    prefix: "hpop",
    rows: "operations",
    columns: "id, merchant_oid, transaction_code, payment_id, kind, status, refund_id, medusa_reference, amount_kurus, raw_amount_kurus, recorded, settled_at, created_at, updated_at",
    values: `r.id, r.merchant_oid, r.transaction_code, r.payment_id, 'refund', 'succeeded', r.refund_id, r.medusa_reference, r.amount_kurus, jsonb_build_object('value', r.amount_kurus::text, 'precision', 20), true, r.created_at, r.created_at, r.created_at`,
    shape: "id text, merchant_oid text, transaction_code text, payment_id text, refund_id text, medusa_reference text, amount_kurus numeric, created_at timestamptz",
  },
]

/** One statement per table per page: rows travel as one JSON array. */
async function write(db: Knex, rows: Books) {
  for (const { table, columns, values, shape, rows: key } of WRITES) {
    if (!rows[key].length) continue
    await db.raw(`insert into ${table} (${columns}) select ${values} from jsonb_to_recordset(?::jsonb) as r(${shape})`, [JSON.stringify(rows[key])])
  }
}

/** Integer kuruş → Medusa's decimal string, exactly. */
function major(kurus: number): string {
  return `${Math.floor(kurus / 100)}.${String(kurus % 100).padStart(2, "0")}`
}

function hasoInstant(value: string): string {
  return plugin.dates().hasoDateTimeToIso(value)
}

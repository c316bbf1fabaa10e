import { randomUUID } from "node:crypto"
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { HasoClient } from "../haso/client"
import { currentHasoContext } from "../request-context"

/*
 * The ledger of state-changing Haso calls (model: modules/haso/models/
 * haso-payment-operation.ts) and the per-transaction lease (haso-payment-lock.ts).
 * Plain SQL on the database connection, because the payment provider writes
 * it too and Medusa gives a provider the connection but not other modules.
 */

export type OperationKind = "create" | "capture" | "refund" | "cancel" | "drop"
export type OperationStatus = "pending" | "succeeded" | "failed" | "unknown" | "abandoned"

export type LedgerOperation = {
  id: string
  merchant_oid: string
  transaction_code: string | null
  haso_customer_id: string | null
  payment_id: string | null
  kind: OperationKind
  status: OperationStatus
  refund_id: string | null
  medusa_reference: string | null
  amount_kurus: number | null
  medusa_amount: string | null
  recorded: boolean
  haso_code: string | null
  haso_message: string | null
  actor_id: string | null
  actor_type: string | null
  settled_at: Date | null
  created_at: Date
  updated_at: Date
}

export type NewOperation = Pick<LedgerOperation, "merchant_oid" | "kind" | "status"> &
  Partial<
    Pick<
      LedgerOperation,
      | "transaction_code"
      | "haso_customer_id"
      | "payment_id"
      | "refund_id"
      | "medusa_reference"
      | "amount_kurus"
      | "medusa_amount"
      | "recorded"
      | "haso_code"
      | "haso_message"
    >
  >

export type OperationChanges = Partial<
  Pick<LedgerOperation, "status" | "transaction_code" | "payment_id" | "recorded" | "haso_code" | "haso_message" | "medusa_reference" | "medusa_amount">
>

/** What money operations on Haso need: the client, the ledger, and how long a lost answer may still come true. */
export type LedgerDeps = { client: HasoClient; ledger: PaymentLedger; outcomeGraceMs: number }

/** A lease outlives the slowest operation under it: a call, its read-back and a refund check (45 s with the default 10 s timeout). */
export function leaseMsFor(options: { timeoutMs: number }): number {
  return 4 * options.timeoutMs + 5_000
}

/**
 * How long an unanswered call may still be carried out late by Haso before
 * it is given up (30 s with the default 10 s timeout). Assumption: Haso
 * carries out a request it received within a few timeouts or not at all.
 */
export function outcomeGraceMsFor(options: { timeoutMs: number }): number {
  return 3 * options.timeoutMs
}

const TABLE = "haso_payment_operation"
const LOCK_TABLE = "haso_payment_lock"
const SETTLED: OperationStatus[] = ["succeeded", "failed", "abandoned"]

export class PaymentLedger {
  /**
   * @param db the database connection
   * @param leaseMs how long a lease lasts without being released: longer than
   *   the slowest operation under it (a Haso call and its read-back), short
   *   enough that a crashed holder does not block staff for long.
   */
  constructor(
    private readonly db: Knex,
    readonly leaseMs = 60_000
  ) {}

  /** Every operation on a transaction, oldest first. */
  async operations(merchantOid: string): Promise<LedgerOperation[]> {
    const rows = await this.db(TABLE).where({ merchant_oid: merchantOid }).whereNull("deleted_at").orderBy([{ column: "created_at" }, { column: "id" }])
    return rows.map(toOperation)
  }

  /** Operations on any of these transactions, newest first (an order's history). */
  async operationsOf(merchantOids: string[], limit = 200): Promise<LedgerOperation[]> {
    if (!merchantOids.length) return []
    const rows = await this.db(TABLE).whereIn("merchant_oid", merchantOids).whereNull("deleted_at").orderBy("created_at", "desc").limit(limit)
    return rows.map(toOperation)
  }

  async countOf(merchantOids: string[]): Promise<number> {
    if (!merchantOids.length) return 0
    const [{ count }] = await this.db(TABLE).whereIn("merchant_oid", merchantOids).whereNull("deleted_at").count({ count: "*" })
    return Number(count)
  }

  /** Operations whose outcome is still open (pending or unknown) and older than `before`. */
  async open(before: Date, limit = 100): Promise<LedgerOperation[]> {
    const rows = await this.db(TABLE)
      .whereIn("status", ["pending", "unknown"])
      .whereNull("deleted_at")
      .where("created_at", "<", before)
      .orderBy("created_at")
      .limit(limit)
    return rows.map(toOperation)
  }

  /** Refunds Haso made that Medusa holds no record of (their answer was lost). */
  async unrecordedRefunds(limit = 100): Promise<LedgerOperation[]> {
    const rows = await this.db(TABLE)
      .where({ kind: "refund", status: "succeeded", recorded: false })
      .whereNull("deleted_at")
      .orderBy("created_at")
      .limit(limit)
    return rows.map(toOperation)
  }

  /**
   * Ties a transaction's operations to Medusa's payment, once the payment is
   * known (order.placed), and returns all of them, oldest first: one round
   * trip, as every order makes it. (The CTE's rows are the linked ones; the
   * table, read in the same snapshot, gives those linked before.)
   */
  async linkPayment(merchantOid: string, paymentId: string): Promise<LedgerOperation[]> {
    const { rows } = await this.db.raw(
      `WITH linked AS (
         UPDATE ${TABLE} SET payment_id = ?, updated_at = now()
         WHERE merchant_oid = ? AND payment_id IS NULL AND deleted_at IS NULL
         RETURNING *)
       SELECT * FROM linked
       UNION ALL SELECT * FROM ${TABLE} WHERE merchant_oid = ? AND payment_id IS NOT NULL AND deleted_at IS NULL
       ORDER BY created_at, id`,
      [paymentId, merchantOid, merchantOid]
    )
    return rows.map(toOperation)
  }

  /** Medusa's payment of these transactions, as far as the ledger knows it. */
  async paymentIdsOf(merchantOids: string[]): Promise<Map<string, string>> {
    if (!merchantOids.length) return new Map()
    const rows = await this.db(TABLE).distinct("merchant_oid", "payment_id").whereIn("merchant_oid", merchantOids).whereNotNull("payment_id").whereNull("deleted_at")
    return new Map(rows.map((row: { merchant_oid: string; payment_id: string }) => [row.merchant_oid, row.payment_id]))
  }

  /** Records an operation, on behalf of whoever the current request or job acts for. */
  async record(operation: NewOperation): Promise<LedgerOperation> {
    const [recorded] = await this.recordAll([operation])
    return recorded
  }

  /** Records several operations in one statement (checkout's create and activation). */
  async recordAll(operations: NewOperation[]): Promise<LedgerOperation[]> {
    const actor = currentHasoContext()?.actor
    const now = Date.now()
    const rows = await this.db(TABLE)
      .insert(
        operations.map(({ amount_kurus, ...fields }, index) => ({
          id: generateEntityId(undefined, "hpop"),
          // A millisecond apart, so the history lists them in the order they happened.
          created_at: new Date(now + index),
          ...fields,
          ...amountColumns(amount_kurus),
          actor_id: actor?.id ?? null,
          actor_type: actor?.type ?? null,
          settled_at: SETTLED.includes(fields.status) ? new Date() : null,
        }))
      )
      .returning("*")
    return rows.map(toOperation)
  }

  async settle(id: string, changes: OperationChanges): Promise<LedgerOperation> {
    const settled = changes.status && SETTLED.includes(changes.status) ? { settled_at: new Date() } : {}
    const [row] = await this.db(TABLE)
      .where({ id })
      .update({ ...changes, ...settled, updated_at: new Date() })
      .returning("*")
    return toOperation(row)
  }

  /**
   * Runs `run` holding the lease on one Haso transaction, so operations on it
   * never interleave, on this instance or another. Waiting polls the lease
   * table (no connection is held); a holder that died loses its lease when it
   * runs out.
   */
  async withLock<T>(merchantOid: string, run: () => Promise<T>, waitMs = this.leaseMs): Promise<T> {
    const key = `transaction:${merchantOid}`
    const owner = randomUUID()
    const deadline = Date.now() + waitMs
    for (let pause = 10; !(await this.tryLease(key, owner)); pause = Math.min(pause * 2, 250)) {
      if (Date.now() > deadline) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `Another operation on Haso transaction ${merchantOid} is still running.`)
      }
      await new Promise((resolve) => setTimeout(resolve, pause))
    }
    try {
      return await run()
    } finally {
      await this.db(LOCK_TABLE).where({ id: key, owner }).delete()
    }
  }

  private async tryLease(key: string, owner: string): Promise<boolean> {
    const { rows } = await this.db.raw(
      `INSERT INTO ${LOCK_TABLE} (id, owner, expires_at) VALUES (?, ?, now() + make_interval(secs => ?))
       ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at, updated_at = now()
         WHERE ${LOCK_TABLE}.expires_at < now()
       RETURNING owner`,
      [key, owner, this.leaseMs / 1000]
    )
    return rows[0]?.owner === owner
  }
}

/** A bigNumber column is the number and its exact raw form. */
function amountColumns(kurus: number | null | undefined) {
  if (kurus === null || kurus === undefined) {
    return { amount_kurus: null, raw_amount_kurus: null }
  }
  return { amount_kurus: kurus, raw_amount_kurus: JSON.stringify({ value: String(kurus), precision: 20 }) }
}

function toOperation(row: Record<string, any>): LedgerOperation {
  return {
    id: row.id,
    merchant_oid: row.merchant_oid,
    transaction_code: row.transaction_code,
    haso_customer_id: row.haso_customer_id,
    payment_id: row.payment_id,
    kind: row.kind,
    status: row.status,
    refund_id: row.refund_id,
    medusa_reference: row.medusa_reference,
    amount_kurus: row.amount_kurus === null || row.amount_kurus === undefined ? null : Number(row.amount_kurus),
    medusa_amount: row.medusa_amount,
    recorded: !!row.recorded,
    haso_code: row.haso_code,
    haso_message: row.haso_message,
    actor_id: row.actor_id,
    actor_type: row.actor_type,
    settled_at: row.settled_at ? new Date(row.settled_at) : null,
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
  }
}

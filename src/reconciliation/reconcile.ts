import type { ReconciliationEntry } from "./entries"

export type AmountMismatch = ReconciliationEntry & { haso_amount_kurus: number }

export type ReconciliationOutcome = {
  matched_count: number
  missing_in_medusa: ReconciliationEntry[]
  missing_at_haso: ReconciliationEntry[]
  amount_mismatch: AmountMismatch[]
  totals: {
    haso: { transaction_count: number; transaction_kurus: number; refund_count: number; refund_kurus: number }
    medusa: { transaction_count: number; transaction_kurus: number; refund_count: number; refund_kurus: number }
  }
}

function emptyTotals() {
  return { transaction_count: 0, transaction_kurus: 0, refund_count: 0, refund_kurus: 0 }
}

function count(totals: ReturnType<typeof emptyTotals>, entry: ReconciliationEntry) {
  if (entry.kind === "transaction") {
    totals.transaction_count++
    totals.transaction_kurus += entry.amount_kurus
  } else {
    totals.refund_count++
    totals.refund_kurus += entry.amount_kurus
  }
}

/**
 * Sorts a day's entries into matched, at Haso but not in Medusa, in Medusa but
 * not at Haso, and amounts that differ. Only Haso's side is held, as compact
 * entries keyed by merchantOid / refundId; Medusa's side streams past it.
 */
export async function reconcileEntries(
  haso: AsyncIterable<ReconciliationEntry>,
  medusa: AsyncIterable<ReconciliationEntry>
): Promise<ReconciliationOutcome> {
  const totals = { haso: emptyTotals(), medusa: emptyTotals() }
  const open = new Map<string, ReconciliationEntry>()
  const duplicates: ReconciliationEntry[] = []
  for await (const entry of haso) {
    count(totals.haso, entry)
    if (open.has(entry.key)) {
      duplicates.push(entry)
    } else {
      open.set(entry.key, entry)
    }
  }
  let matched = 0
  const missingAtHaso: ReconciliationEntry[] = []
  const amountMismatch: AmountMismatch[] = []
  for await (const entry of medusa) {
    count(totals.medusa, entry)
    const twin = open.get(entry.key)
    if (!twin) {
      missingAtHaso.push(entry)
      continue
    }
    open.delete(entry.key)
    if (twin.amount_kurus === entry.amount_kurus) {
      matched++
    } else {
      amountMismatch.push({ ...entry, transaction_code: entry.transaction_code ?? twin.transaction_code, haso_amount_kurus: twin.amount_kurus })
    }
  }
  return {
    matched_count: matched,
    missing_in_medusa: [...open.values(), ...duplicates],
    missing_at_haso: missingAtHaso,
    amount_mismatch: amountMismatch,
    totals,
  }
}

import { createHash } from "node:crypto"

/*
 * Our idempotency keys at Haso. Each is derived from Medusa's own ids, so a
 * retry by Medusa, a worker or a person reaches Haso with the same key and
 * Haso refuses the duplicate (H204 for a merchantOid, H307 for a refundId).
 */

const BASE32 = "ABCDEFGHJKMNPQRSTVWXYZ0123456789"

/** merchantOid for a payment session: 20 characters (Haso's limit), the same on every retry. */
export function merchantOidFor(paymentSessionId: string): string {
  const digest = createHash("sha256").update(paymentSessionId).digest()
  let out = "MD"
  for (let i = 0; out.length < 20; i++) {
    out += BASE32[digest[i] % BASE32.length]
  }
  return out
}

/**
 * refundId of the n-th refund (1-based) of a payment. Medusa deletes its refund
 * row when the provider fails, so a retried refund computes the same n, and
 * therefore the same refundId, even under a new Medusa refund id.
 */
export function refundIdFor(merchantOid: string, sequence: number): string {
  return `${merchantOid}-R${sequence}`
}

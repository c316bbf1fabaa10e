import { createHmac } from "node:crypto"
import { HASO_SERVICES, type HasoServiceName } from "./contract/services"

export interface HasoSigningKeys {
  merchantKey: string
  merchantSalt: string
}

type TokenPart = string | number | boolean | null | undefined

/**
 * requestToken (S.1): base64 of the raw HMAC-SHA256 digest, keyed with the
 * merchant key, over the parts joined without separator and ending with the
 * merchant salt. Absent optional parts count as "".
 */
export function signParts(parts: readonly TokenPart[], keys: HasoSigningKeys): string {
  const message = parts.map((part) => (part === null || part === undefined ? "" : String(part))).join("") + keys.merchantSalt
  return createHmac("sha256", keys.merchantKey).update(message, "utf8").digest("base64")
}

/** The token of a request body, in the token order the contract gives for the service. */
export function requestTokenFor(
  service: HasoServiceName,
  body: Record<string, unknown>,
  keys: HasoSigningKeys
): string {
  const order = HASO_SERVICES[service].token as readonly string[]
  return signParts(order.map((field) => body[field] as TokenPart), keys)
}

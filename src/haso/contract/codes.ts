/**
 * Haso result and error codes (contract of record S.5). Haso's 5.17 list was
 * not recovered: only the codes marked `doc` are Haso's; the rest are our
 * assumptions. Replace a code here and everything else follows.
 */
export const HASO_CODES = {
  RS100: { name: "Success", source: "doc", meaning: "Operation successful." },
  RS115: { name: "GsmNotUsable", source: "doc", meaning: "The mobile number cannot be used; KkbPhones lists the usable ones." },
  H101: { name: "TokenMismatch", source: "assumed", meaning: "requestToken does not match (check merchantId, merchantKey and merchantSalt)." },
  H102: { name: "InvalidField", source: "assumed", meaning: "A required field is missing or malformed." },
  H201: { name: "InsufficientLimit", source: "assumed", meaning: "The customer's available Haso limit is not enough for this amount." },
  H202: { name: "CustomerSuspended", source: "assumed", meaning: "The customer's Haso account is suspended." },
  H203: { name: "InvalidInstallment", source: "assumed", meaning: "The selected installment option is not offered for this amount." },
  H204: { name: "DuplicateMerchantOid", source: "assumed", meaning: "This merchantOid is already used by another transaction." },
  H205: { name: "WrongPin", source: "assumed", meaning: "The PIN code is wrong." },
  H206: { name: "KkbRejected", source: "assumed", meaning: "The credit bureau (KKB) application was rejected." },
  H207: { name: "TransactionNotFound", source: "assumed", meaning: "The transaction was not found." },
  H208: { name: "StatusNotAllowed", source: "assumed", meaning: "The transaction's status does not allow this operation." },
  H209: { name: "RefundExceedsRefundable", source: "assumed", meaning: "The refund amount is more than what can still be refunded." },
  H223: { name: "CustomerNotFound", source: "doc", meaning: "The customer was not found." },
  H307: { name: "RefundAlreadyMade", source: "doc", meaning: "A refund with this refundId was already made." },
  H308: { name: "RefundNotFound", source: "doc", meaning: "No refund with this refundId was found." },
  H311: { name: "SameGsmNo", source: "doc", meaning: "The new mobile number is the same as the current one." },
} as const

export type HasoCode = keyof typeof HASO_CODES
type CodeName = (typeof HASO_CODES)[HasoCode]["name"]

/** Codes by name, e.g. `HasoCodes.RefundAlreadyMade === "H307"`. */
export const HasoCodes = Object.fromEntries(
  Object.entries(HASO_CODES).map(([code, { name }]) => [name, code])
) as { [K in HasoCode as (typeof HASO_CODES)[K]["name"]]: K } & Record<CodeName, HasoCode>

/** Finds a code in an `Errors` entry, which S.1 assumes to read `"<CODE>: <message>"`. */
export const HASO_CODE_PATTERN = /\b(H|RS)\d{3}\b/

export function isKnownHasoCode(code: string): code is HasoCode {
  return Object.prototype.hasOwnProperty.call(HASO_CODES, code)
}

export function describeHasoCode(code: string | undefined): string | undefined {
  return code && isKnownHasoCode(code) ? HASO_CODES[code].meaning : undefined
}

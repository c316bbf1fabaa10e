import { z } from "@medusajs/framework/zod"
import {
  ciObject,
  dateTime,
  decimal,
  idString,
  paymentStatus,
  resultCode,
  transactionStatus,
} from "./fields"
import { KkbReportStatus } from "./statuses"

/* Response `Data` shapes of the contract of record (S.3). Decimals are lira. */

export const customerInfo = ciObject({
  CustomerId: idString,
  CustomerLimit: decimal,
  AvailableLimit: decimal,
  Status: z.number().int(),
})

export const installmentOption = ciObject({
  /** The id to send back as `selectedInstallment`; not necessarily the count (S.6). */
  InstallmentNo: z.number().int(),
  InstallmentCount: z.number().int().positive(),
  InstallmentAmount: decimal,
  TotalAmount: decimal,
  Fee: decimal,
  DownPayment: decimal.default(0),
})

/** One installment of the plan returned by 5.3 [doc, seed]. */
export const planInstallment = ciObject({
  InstallmentNo: z.number().int(),
  InstallmentPayment: decimal,
  TermDate: dateTime,
  PaymentCode: idString,
  fee: decimal.optional(),
  feeDiscountCampaigns: z.array(z.unknown()).nullish(),
})

/** `Data["TransactionPayments"]` of 5.3 [doc, seed]. */
export const transactionPlan = ciObject({
  TransactionCode: idString,
  MerchantOid: z.string(),
  CustomerId: idString,
  TotalAmount: decimal,
  downPayment: decimal.default(0),
  downPaymentType: z.string().nullish(),
  Fee: decimal.default(0),
  TransactionPayments: z.array(planInstallment),
})

/** One installment as 5.5, 5.9 and 5.10 report it. */
const paymentShape = {
  PaymentCode: idString,
  InstallmentNo: z.number().int(),
  InstallmentPayment: decimal,
  PaidAmount: decimal.default(0),
  TermDate: dateTime,
  PaymentStatus: paymentStatus,
}
export const payment = ciObject(paymentShape)

export const customerTransaction = ciObject({
  TransactionCode: idString,
  MerchantOid: z.string(),
  TransactionStatus: transactionStatus,
  TotalAmount: decimal,
  CreatedDate: dateTime.optional(),
  Payments: z.array(payment).default([]),
})

export const customerPayment = ciObject({ ...paymentShape, TransactionCode: idString, MerchantOid: z.string() })

export const refundResult = ciObject({
  Message: resultCode.optional(),
  RefundId: z.string().optional(),
  RefundAmount: decimal.optional(),
  hasoRefundAmount: decimal.default(0),
  hasoRefundFeeAmount: decimal.default(0),
  PaymentPlan: z
    .array(ciObject({ InstallmentNo: z.number().int(), installmentPayment: decimal, termDate: dateTime }))
    .nullish(),
})

export const reconciliationItem = ciObject({
  Type: z.enum(["Transaction", "Refund", "Payment"]),
  TransactionCode: idString,
  MerchantOid: z.string(),
  CustomerId: idString.optional(),
  Amount: decimal,
  Date: dateTime,
  RefundId: z.string().nullish(),
  PaymentCode: idString.nullish(),
})

export const installmentRate = ciObject({
  InstallmentNo: z.number().int(),
  InstallmentCount: z.number().int().positive(),
  FeeRate: decimal,
  DealerSegment: z.string().nullish(),
})

export const kkbReportStatus = z.enum([KkbReportStatus.Approved, KkbReportStatus.Pending])

/** `{"Message": "RS100"}`, what every other state-changing service answers. */
export const messageOnly = ciObject({ Message: resultCode })

export type CustomerInfo = z.infer<typeof customerInfo>
export type InstallmentOption = z.infer<typeof installmentOption>
export type PlanInstallment = z.infer<typeof planInstallment>
export type TransactionPlan = z.infer<typeof transactionPlan>
export type HasoPayment = z.infer<typeof payment>
export type CustomerTransaction = z.infer<typeof customerTransaction>
export type CustomerPayment = z.infer<typeof customerPayment>
export type RefundResult = z.infer<typeof refundResult>
export type ReconciliationItem = z.infer<typeof reconciliationItem>
export type InstallmentRate = z.infer<typeof installmentRate>

import { z } from "@medusajs/framework/zod"
import {
  amountInteger,
  amountString,
  basketItem,
  ciObject,
  customerId,
  dealerSegment,
  decimal,
  idString,
  isoDate,
  merchantOid,
  mobileNumber,
  pageNo,
  pageSize,
  refundId,
  resultCode,
  tckn,
  transactionCode,
  transactionStatus,
  userAddress,
} from "./fields"
import {
  customerInfo,
  customerPayment,
  customerTransaction,
  installmentOption,
  installmentRate,
  kkbReportStatus,
  messageOnly,
  payment,
  reconciliationItem,
  refundResult,
  transactionPlan,
} from "./models"
import { KKB_TEST_RESULTS } from "./statuses"

/**
 * THE table of Haso services (contract of record S.2): path, request fields,
 * token order and response `Data` shape of every service. The client signs
 * and validates from it, the sandbox verifies from it. Correcting an
 * assumption about Haso is a one-line change here.
 *
 * `token` lists the body fields joined, in order, before the merchant salt.
 * `merchantId` and `ipAddress` are added to every request by the client.
 */

type Envelope = "merchantId" | "ipAddress"

interface ServiceDefinition<Req extends z.ZodObject, Res extends z.ZodType> {
  /** Section of the Haso V.41 documentation. */
  section: string
  path: string
  request: Req
  token: ReadonlyArray<Envelope | (keyof z.input<Req> & string)>
  response: Res
}

function service<Req extends z.ZodObject, Res extends z.ZodType>(definition: ServiceDefinition<Req, Res>) {
  return definition
}

const none = z.object({})

export const HASO_SERVICES = {
  getCustomerInformation: service({
    section: "5.1",
    path: "/Index/GetCustomerInformation",
    request: z.object({
      customerId: customerId,
      orderAmount: amountString,
      notCalculateFees: z.boolean().optional(),
      forceRiskFreeEvaluate: z.boolean().optional(),
      postponeSelected: z.boolean().optional(),
      RevisedFeeRate: z.number().int().optional(),
      availableLimit: amountInteger.optional(),
    }),
    token: ["merchantId", "customerId", "orderAmount", "ipAddress"],
    response: ciObject({ CustomerInfo: customerInfo.nullable(), Installments: z.array(installmentOption).default([]) }),
  }),
  hasoAuthSendInfo: service({
    section: "5.2.1",
    path: "/RequestV2/HasoAuthSendInfo",
    request: z.object({
      shopperName: z.string().min(1),
      shopperSurname: z.string().min(1),
      tckn: tckn,
      mobileNumber: mobileNumber,
      email: z.email(),
      birthDate: isoDate.optional(),
      dealerSegment: dealerSegment.optional(),
      PreDefinedLimit: amountString.optional(),
      testOn: z.boolean().optional(),
    }),
    token: ["merchantId", "tckn", "mobileNumber", "ipAddress"],
    response: ciObject({ KkbRefNo: z.string().min(1).optional(), CustomerInfo: customerInfo.optional() }),
  }),
  sendKkbPinCode: service({
    section: "5.2.2",
    path: "/RequestV2/SendKkbPinCode",
    request: z.object({ kkbRefNo: z.string().min(1), pinCode: z.string().min(1), testResult: z.enum(KKB_TEST_RESULTS).optional() }),
    token: ["merchantId", "ipAddress", "kkbRefNo", "pinCode"],
    response: ciObject({ KkbReportStatus: kkbReportStatus, CustomerInfo: customerInfo.optional() }),
  }),
  checkKkbReportResult: service({
    section: "5.2.3",
    path: "/RequestV2/CheckKkbReportResult",
    request: z.object({ kkbRefNo: z.string().min(1) }),
    token: ["merchantId", "ipAddress", "kkbRefNo"],
    response: ciObject({ KkbReportStatus: kkbReportStatus, CustomerInfo: customerInfo.optional() }),
  }),
  resendKkbPinCode: service({
    section: "5.2.4",
    path: "/RequestV2/ResendKkbPinCode",
    request: z.object({ kkbRefNo: z.string().min(1) }),
    token: ["merchantId", "ipAddress", "kkbRefNo"],
    response: messageOnly,
  }),
  setPreDefinedLimit: service({
    section: "5.2.5",
    path: "/RequestV2/SetPreDefinedLimit",
    request: z.object({
      shopperName: z.string().min(1),
      shopperSurname: z.string().min(1),
      tckn: tckn,
      mobileNumber: mobileNumber,
      email: z.email(),
      preDefinedLimit: amountString,
    }),
    token: ["merchantId", "tckn", "mobileNumber", "preDefinedLimit", "ipAddress"],
    response: ciObject({ CustomerInfo: customerInfo }),
  }),
  setLimitFromKds: service({
    section: "5.2.6",
    path: "/RequestV2/SetLimitFromKds",
    request: z.object({
      shopperName: z.string().min(1),
      shopperSurname: z.string().min(1),
      tckn: tckn,
      mobileNumber: mobileNumber,
      email: z.email(),
      birthDate: isoDate,
      dealerSegment: dealerSegment,
      kdsLimit: amountInteger,
      kdsSegment: z.string().optional(),
    }),
    token: ["merchantId", "shopperName", "shopperSurname", "dealerSegment", "ipAddress"],
    response: ciObject({ CustomerInfo: customerInfo }),
  }),
  createTransaction: service({
    section: "5.3",
    path: "/RequestV2/CreateTransaction",
    request: z.object({
      orderAmount: amountString,
      selectedInstallment: z.number().int(),
      customerId: customerId,
      merchantOid: merchantOid,
      basketList: z.array(basketItem).optional(),
      notCalculateFees: z.boolean().optional(),
      forceRiskFreeEvaluate: z.boolean().optional(),
      PostponeSelected: z.boolean().optional(),
      RevisedFeeRate: z.number().int().optional(),
      availableLimit: amountInteger.optional(),
      userAddress: userAddress.optional(),
    }),
    token: ["merchantId", "customerId", "merchantOid", "selectedInstallment", "ipAddress", "orderAmount"],
    response: ciObject({ TransactionPayments: transactionPlan }),
  }),
  updateTransaction: service({
    section: "5.4",
    path: "/RequestV2/UpdateTransaction",
    request: z.object({ merchantOid: merchantOid, transactionCode: transactionCode, orderStatus: z.union([z.literal(1), z.literal(2)]) }),
    token: ["merchantId", "merchantOid", "transactionCode", "orderStatus", "ipAddress"],
    response: ciObject({ Message: resultCode, TransactionStatus: transactionStatus }),
  }),
  getPaymentsOfTransaction: service({
    section: "5.5",
    path: "/Index/GetPaymentsOfTransaction",
    request: z.object({ merchantOid: merchantOid, transactionCode: transactionCode }),
    token: ["merchantId", "merchantOid", "transactionCode", "ipAddress"],
    response: ciObject({
      TransactionCode: idString,
      MerchantOid: z.string(),
      TransactionStatus: transactionStatus,
      TotalAmount: decimal,
      Payments: z.array(payment).default([]),
    }),
  }),
  setPaidPayment: service({
    section: "5.6",
    path: "/RequestV2/SetPaidPayment",
    request: z.object({
      paymentCode: z.string().min(1),
      merchantOid: merchantOid,
      paymentDate: isoDate,
      paymentReferenceCode: z.string().optional(),
    }),
    token: ["merchantId", "merchantOid", "paymentCode", "paymentReferenceCode", "paymentDate", "ipAddress"],
    response: ciObject({ Message: resultCode, paymentfunds: z.unknown().optional() }),
  }),
  refundTransaction: service({
    section: "5.7",
    path: "/RequestV2/RefundTransaction",
    request: z.object({ transactionCode: transactionCode, merchantOid: merchantOid, refundAmount: amountString, refundId: refundId }),
    token: ["merchantId", "merchantOid", "transactionCode", "refundAmount", "refundId", "ipAddress"],
    response: refundResult,
  }),
  checkRefund: service({
    section: "5.8",
    path: "/RequestV2/CheckRefund",
    request: z.object({ merchantOid: merchantOid, transactionCode: transactionCode, refundId: refundId }),
    token: ["merchantId", "merchantOid", "transactionCode", "refundId", "ipAddress"],
    response: refundResult,
  }),
  getCustomerTransactions: service({
    section: "5.9",
    path: "/Index/GetCustomerTransactions",
    request: z.object({
      customerId: customerId,
      transactionCodes: z.array(transactionCode).optional(),
      pageNo: pageNo.optional(),
      pageSize: pageSize.optional(),
    }),
    token: ["merchantId", "customerId", "ipAddress"],
    response: ciObject({ Transactions: z.array(customerTransaction).default([]), TotalCount: z.number().int().nonnegative() }),
  }),
  getCustomerPayments: service({
    section: "5.10",
    path: "/Index/GetCustomerPayments",
    request: z.object({
      customerId: customerId,
      paymentStatuses: z.array(z.number().int().min(0).max(4)).optional(),
      pageNo: pageNo.optional(),
      pageSize: pageSize.optional(),
    }),
    token: ["merchantId", "customerId", "ipAddress"],
    response: ciObject({ Payments: z.array(customerPayment).default([]), TotalCount: z.number().int().nonnegative() }),
  }),
  getReconciliation: service({
    section: "5.11.1",
    path: "/Index/GetReconciliation",
    request: z.object({ date: isoDate }),
    token: ["merchantId", "date", "ipAddress"],
    response: ciObject({
      Date: z.string(),
      TransactionCount: z.number().int().nonnegative(),
      TransactionTotal: decimal,
      RefundCount: z.number().int().nonnegative(),
      RefundTotal: decimal,
      PaidPaymentCount: z.number().int().nonnegative(),
      PaidPaymentTotal: decimal,
    }),
  }),
  getReconciliationDetail: service({
    section: "5.11.2",
    path: "/Index/GetReconciliationDetail",
    request: z.object({ date: isoDate, pageNo: pageNo.optional(), pageSize: pageSize.optional() }),
    token: ["merchantId", "date", "ipAddress"],
    response: ciObject({ Items: z.array(reconciliationItem).default([]), TotalCount: z.number().int().nonnegative() }),
  }),
  sendExecutionTransaction: service({
    section: "5.12",
    path: "/RequestV2/SendExecutionTransaction",
    request: z.object({ transactionCode: transactionCode, merchantOid: merchantOid }),
    token: ["merchantId", "merchantOid", "transactionCode", "ipAddress"],
    response: messageOnly,
  }),
  sendExecutionPayment: service({
    section: "5.13",
    path: "/RequestV2/SendExecutionPayment",
    request: z.object({ transactionCode: transactionCode, merchantOid: merchantOid, paymentAmount: amountString, paymentDate: isoDate }),
    token: ["merchantId", "merchantOid", "transactionCode", "paymentAmount", "paymentDate", "ipAddress"],
    response: messageOnly,
  }),
  sendTransactionExpense: service({
    section: "5.14",
    path: "/RequestV2/SendTransactionExpense",
    request: z.object({ transactionCode: transactionCode, merchantOid: merchantOid, expenseAmount: amountString }),
    token: ["merchantId", "merchantOid", "transactionCode", "expenseAmount", "ipAddress"],
    response: messageOnly,
  }),
  changeCustomerGsmNo: service({
    section: "5.15",
    path: "/RequestV2/ChangeCustomerGsmNo",
    request: z.object({ customerId: customerId, newGsmNo: mobileNumber }),
    token: ["merchantId", "customerId", "newGsmNo", "ipAddress"],
    response: ciObject({ Message: resultCode, KkbPhones: z.array(z.string()).nullish() }),
  }),
  suspendCustomer: service({
    section: "5.16",
    path: "/RequestV2/SuspendCustomer",
    request: z.object({ customerId: customerId }),
    token: ["merchantId", "customerId", "ipAddress"],
    response: messageOnly,
  }),
  setCustomerSpecialLimit: service({
    section: "5.18",
    path: "/RequestV2/SetCustomerSpecialLimit",
    request: z.object({ customerId: customerId, limitAmount: amountString }),
    token: ["merchantId", "customerId", "limitAmount", "ipAddress"],
    response: messageOnly,
  }),
  loadCustomerBalance: service({
    section: "5.19",
    path: "/RequestV2/LoadCustomerBalance",
    request: z.object({
      customerId: customerId,
      balanceAmount: amountString,
      paymentDate: isoDate,
      paymentReferenceCode: z.string().optional(),
    }),
    token: ["merchantId", "customerId", "balanceAmount", "ipAddress"],
    response: messageOnly,
  }),
  setBulkPaidPayment: service({
    section: "5.20",
    path: "/RequestV2/SetBulkPaidPayment",
    request: z.object({
      paymentCodes: z.array(z.string().min(1)).min(1),
      merchantOid: merchantOid,
      paymentDate: isoDate,
      paymentReferenceCode: z.string().optional(),
    }),
    token: ["merchantId", "merchantOid", "paymentReferenceCode", "paymentDate", "ipAddress"],
    response: ciObject({ Message: resultCode, paymentfunds: z.unknown().optional() }),
  }),
  getInstallmentsWithSegment: service({
    section: "5.21",
    path: "/Index/GetInstallmentsWithSegment",
    request: z.object({
      dealerSegment: dealerSegment,
      orderAmount: amountString,
      notCalculateFees: z.boolean().optional(),
      postponeSelected: z.boolean().optional(),
    }),
    token: ["merchantId", "dealerSegment", "orderAmount", "ipAddress"],
    response: ciObject({ Installments: z.array(installmentOption).default([]) }),
  }),
  reactivateCustomer: service({
    section: "5.22",
    path: "/RequestV2/ReactivateCustomer",
    request: z.object({ customerId: customerId }),
    token: ["merchantId", "customerId", "ipAddress"],
    response: messageOnly,
  }),
  getInstallmentRates: service({
    section: "5.23",
    path: "/Index/GetInstallmentRates",
    request: none,
    token: ["merchantId", "ipAddress"],
    response: ciObject({ InstallmentRates: z.array(installmentRate).default([]) }),
  }),
} as const

export type HasoServices = typeof HASO_SERVICES
export type HasoServiceName = keyof HasoServices
/** What a caller passes for a service (before defaults). */
export type HasoRequest<K extends HasoServiceName> = z.input<HasoServices[K]["request"]>
/** The `Data` of a successful answer, parsed. */
export type HasoResponse<K extends HasoServiceName> = z.output<HasoServices[K]["response"]>

export const HASO_SERVICE_NAMES = Object.keys(HASO_SERVICES) as HasoServiceName[]

/** Only `/Index/...` services read without changing state, so only they may be resent blindly. */
export function isReadService(name: HasoServiceName): boolean {
  return HASO_SERVICES[name].path.startsWith("/Index/")
}

export function serviceByPath(path: string): HasoServiceName | undefined {
  return HASO_SERVICE_NAMES.find((name) => HASO_SERVICES[name].path.toLowerCase() === path.toLowerCase())
}

import { createHmac } from "node:crypto"
import { HASO_SERVICE_NAMES, HASO_SERVICES, type HasoServiceName } from "../contract/services"
import { requestTokenFor } from "../token"

/*
 * One vector per service of the contract (haso-api.md S.2). Each expectation is
 * computed here, with the fields joined BY HAND in the order S.2 states, so a
 * wrong order in the contract table fails its vector. Never derive the order
 * from HASO_SERVICES[...].token.
 */

const keys = { merchantKey: "mk_test_9f2c1e", merchantSalt: "ms_test_41ab" }
const M = "HASO-MRC-0042"
const IP = "203.0.113.7"
const CUSTOMER = "1000000042"
const OID = "ORD-20240531-0007"
const TRX = "TRX-7788990011"
const shopper = { shopperName: "Ayşe", shopperSurname: "Yılmaz", tckn: "10000000146", mobileNumber: "5321234567", email: "ayse@example.com.tr" }

/** HMAC-SHA256 keyed with the merchant key over message + salt, base64 of the raw digest (S.1). */
function expected(message: string): string {
  return createHmac("sha256", keys.merchantKey).update(message + keys.merchantSalt, "utf8").digest("base64")
}

type Body = Record<string, any>
type Vector = { body: Body; message: (b: Body) => string }

// Typed by service name, so a service added to the contract without a vector fails to compile too.
const vectors: Record<HasoServiceName, Vector> = {
  getCustomerInformation: {
    body: { customerId: CUSTOMER, orderAmount: "150050", notCalculateFees: false, postponeSelected: false },
    message: (b) => `${b.merchantId}${b.customerId}${b.orderAmount}${b.ipAddress}`,
  },
  hasoAuthSendInfo: {
    body: { ...shopper, birthDate: "1990-04-23", testOn: true },
    message: (b) => `${b.merchantId}${b.tckn}${b.mobileNumber}${b.ipAddress}`,
  },
  sendKkbPinCode: {
    body: { kkbRefNo: "KKB-20240531-0001", pinCode: "482913" },
    message: (b) => `${b.merchantId}${b.ipAddress}${b.kkbRefNo}${b.pinCode}`,
  },
  checkKkbReportResult: {
    body: { kkbRefNo: "KKB-20240531-0001" },
    message: (b) => `${b.merchantId}${b.ipAddress}${b.kkbRefNo}`,
  },
  resendKkbPinCode: {
    body: { kkbRefNo: "KKB-20240531-0002" },
    message: (b) => `${b.merchantId}${b.ipAddress}${b.kkbRefNo}`,
  },
  setPreDefinedLimit: {
    body: { ...shopper, preDefinedLimit: "2000000" },
    message: (b) => `${b.merchantId}${b.tckn}${b.mobileNumber}${b.preDefinedLimit}${b.ipAddress}`,
  },
  setLimitFromKds: {
    // Turkish letters are multi-byte in UTF-8: the token must hash the bytes, not UTF-16 units.
    body: {
      ...shopper,
      shopperName: "Çağrı İlkşen",
      shopperSurname: "Öztürk Güneş",
      birthDate: "1985-11-02",
      dealerSegment: "GOLD",
      kdsLimit: 2500000,
      kdsSegment: "A1",
    },
    message: (b) => `${b.merchantId}${b.shopperName}${b.shopperSurname}${b.dealerSegment}${b.ipAddress}`,
  },
  createTransaction: {
    body: {
      orderAmount: "159995",
      selectedInstallment: 3,
      customerId: CUSTOMER,
      merchantOid: OID,
      basketList: [{ skuCode: "TSHIRT-M", skuAmount: 159995, productName: "Tişört" }],
    },
    message: (b) => `${b.merchantId}${b.customerId}${b.merchantOid}${b.selectedInstallment}${b.ipAddress}${b.orderAmount}`,
  },
  updateTransaction: {
    body: { merchantOid: OID, transactionCode: TRX, orderStatus: 1 },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.transactionCode}${b.orderStatus}${b.ipAddress}`,
  },
  getPaymentsOfTransaction: {
    body: { merchantOid: OID, transactionCode: TRX },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.transactionCode}${b.ipAddress}`,
  },
  setPaidPayment: {
    // paymentReferenceCode is optional and absent: it counts as "".
    body: { paymentCode: "PAY-000123", merchantOid: OID, paymentDate: "2024-06-30" },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.paymentCode}${""}${b.paymentDate}${b.ipAddress}`,
  },
  refundTransaction: {
    body: { transactionCode: TRX, merchantOid: OID, refundAmount: "2025", refundId: "ref_01J0ABCDEF" },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.transactionCode}${b.refundAmount}${b.refundId}${b.ipAddress}`,
  },
  checkRefund: {
    body: { merchantOid: OID, transactionCode: TRX, refundId: "ref_01J0ABCDEF" },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.transactionCode}${b.refundId}${b.ipAddress}`,
  },
  getCustomerTransactions: {
    body: { customerId: CUSTOMER, transactionCodes: [TRX], pageNo: 1, pageSize: 50 },
    message: (b) => `${b.merchantId}${b.customerId}${b.ipAddress}`,
  },
  getCustomerPayments: {
    body: { customerId: CUSTOMER, paymentStatuses: [0, 3] },
    message: (b) => `${b.merchantId}${b.customerId}${b.ipAddress}`,
  },
  getReconciliation: {
    body: { date: "2024-06-30" },
    message: (b) => `${b.merchantId}${b.date}${b.ipAddress}`,
  },
  getReconciliationDetail: {
    body: { date: "2024-06-30", pageNo: 2, pageSize: 100 },
    message: (b) => `${b.merchantId}${b.date}${b.ipAddress}`,
  },
  sendExecutionTransaction: {
    body: { transactionCode: TRX, merchantOid: OID },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.transactionCode}${b.ipAddress}`,
  },
  sendExecutionPayment: {
    body: { transactionCode: TRX, merchantOid: OID, paymentAmount: "50000", paymentDate: "2024-07-15" },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.transactionCode}${b.paymentAmount}${b.paymentDate}${b.ipAddress}`,
  },
  sendTransactionExpense: {
    body: { transactionCode: TRX, merchantOid: OID, expenseAmount: "12500" },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.transactionCode}${b.expenseAmount}${b.ipAddress}`,
  },
  changeCustomerGsmNo: {
    body: { customerId: CUSTOMER, newGsmNo: "5559876543" },
    message: (b) => `${b.merchantId}${b.customerId}${b.newGsmNo}${b.ipAddress}`,
  },
  suspendCustomer: {
    body: { customerId: CUSTOMER },
    message: (b) => `${b.merchantId}${b.customerId}${b.ipAddress}`,
  },
  setCustomerSpecialLimit: {
    body: { customerId: CUSTOMER, limitAmount: "3000000" },
    message: (b) => `${b.merchantId}${b.customerId}${b.limitAmount}${b.ipAddress}`,
  },
  loadCustomerBalance: {
    body: { customerId: CUSTOMER, balanceAmount: "50000", paymentDate: "2024-06-30", paymentReferenceCode: "EFT-7781" },
    message: (b) => `${b.merchantId}${b.customerId}${b.balanceAmount}${b.ipAddress}`,
  },
  setBulkPaidPayment: {
    // paymentCodes are not part of the token [doc].
    body: { paymentCodes: ["PAY-000123", "PAY-000124"], merchantOid: OID, paymentDate: "2024-06-30", paymentReferenceCode: "BANK-REF-881" },
    message: (b) => `${b.merchantId}${b.merchantOid}${b.paymentReferenceCode}${b.paymentDate}${b.ipAddress}`,
  },
  getInstallmentsWithSegment: {
    body: { dealerSegment: "GOLD", orderAmount: "150050", notCalculateFees: true },
    message: (b) => `${b.merchantId}${b.dealerSegment}${b.orderAmount}${b.ipAddress}`,
  },
  reactivateCustomer: {
    body: { customerId: CUSTOMER },
    message: (b) => `${b.merchantId}${b.customerId}${b.ipAddress}`,
  },
  getInstallmentRates: {
    body: {},
    message: (b) => `${b.merchantId}${b.ipAddress}`,
  },
}

/** The body as the client sends it: merchantId and ipAddress added to the service fields. */
function wire(fields: Body): Body {
  return { merchantId: M, ...fields, ipAddress: IP }
}

describe("requestToken vectors (S.2)", () => {
  it("has a vector for every service of the contract, and no other", () => {
    expect(Object.keys(vectors).sort()).toEqual([...HASO_SERVICE_NAMES].sort())
  })

  describe.each(Object.keys(vectors) as HasoServiceName[])("%s", (service) => {
    const { body, message } = vectors[service]

    it("signs the fields in the S.2 order, then the salt", () => {
      const sent = wire(body)
      expect(requestTokenFor(service, sent, keys)).toBe(expected(message(sent)))
    })

    it("uses a body the contract accepts", () => {
      // Keeps the vectors realistic: a typo in a field name would sign "" silently.
      expect(HASO_SERVICES[service].request.strict().safeParse(body).error).toBeUndefined()
    })
  })

  it("hashes UTF-8 bytes (golden value from `openssl dgst -sha256 -hmac ... -binary | base64`)", () => {
    const sent = wire(vectors.setLimitFromKds.body)
    expect(requestTokenFor("setLimitFromKds", sent, keys)).toBe("g+aNRsx6/FltWZeJ/QtULfO9w9TLUOg/o8nRJ/fHwLA=")
  })

  it("counts a present optional field in SetPaidPayment", () => {
    const sent = wire({ ...vectors.setPaidPayment.body, paymentReferenceCode: "POS-5512" })
    expect(requestTokenFor("setPaidPayment", sent, keys)).toBe(
      expected(`${M}${OID}PAY-000123POS-55122024-06-30${IP}`)
    )
  })

  it("counts an absent ipAddress as empty", () => {
    const sent = { merchantId: M, customerId: CUSTOMER }
    expect(requestTokenFor("suspendCustomer", sent, keys)).toBe(expected(`${M}${CUSTOMER}`))
  })

  it("depends on the merchant key and the salt", () => {
    const sent = wire(vectors.suspendCustomer.body)
    const token = requestTokenFor("suspendCustomer", sent, keys)
    expect(requestTokenFor("suspendCustomer", sent, { ...keys, merchantKey: "other" })).not.toBe(token)
    expect(requestTokenFor("suspendCustomer", sent, { ...keys, merchantSalt: "other" })).not.toBe(token)
  })
})

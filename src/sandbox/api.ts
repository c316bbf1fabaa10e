import { randomBytes } from "node:crypto"
import { CustomerStatus } from "../haso/contract/statuses"
import type { HasoServiceName } from "../haso/contract/services"
import { istanbulDayRange } from "../haso/dates"
import type { FaultStore } from "./faults"
import { isValidTckn, randomMobile, randomTckn } from "./identity"
import {
  SandboxInputError,
  customerInputSchema,
  faultSchema,
  faultTargetSchema,
  generateSchema,
  kkbOutcomeSchema,
  parseInput,
} from "./inputs"
import type { RequestLog } from "./log"
import { SERVICE_HANDLERS } from "./services"
import type { SandboxState } from "./state"
import type { HasoSandbox, SandboxFault } from "./types"
import { customerView, refundView, stateSnapshot, transactionView } from "./views"

export interface SandboxCore {
  state: SandboxState
  faults: FaultStore
  log: RequestLog
}

export type SandboxApi = Omit<HasoSandbox, "url" | "port" | "credentials" | "close">

/** The controls tests and tools use, shared by the programmatic API and the /__sandbox endpoints. */
export function createSandboxApi({ state, faults, log }: SandboxCore): SandboxApi {
  const api: SandboxApi = {
    reset() {
      state.reset()
      faults.clear()
      log.clear()
    },

    createCustomer(input) {
      const data = parseInput(customerInputSchema, input, "customer")
      if (data.tckn !== undefined && !isValidTckn(data.tckn)) {
        throw new SandboxInputError("invalid customer: tckn is not a valid TCKN (11 digits with checksum)")
      }
      if (data.tckn !== undefined && state.customersByTckn.has(data.tckn)) {
        throw new SandboxInputError("invalid customer: a customer with this tckn already exists")
      }
      let tckn = data.tckn ?? randomTckn()
      while (state.customersByTckn.has(tckn)) {
        tckn = randomTckn()
      }
      const customerId = state.nextCustomerId()
      const limitKurus = Math.round(data.limit * 100)
      const customer = state.addCustomer({
        customerId,
        name: data.name ?? "Ayşe",
        surname: data.surname ?? "Yılmaz",
        email: data.email ?? `customer${customerId}@sandbox.haso.test`,
        tckn,
        mobileNumber: data.mobileNumber ?? randomMobile(),
        dealerSegment: data.dealerSegment ?? null,
        limitKurus,
        availableKurus: data.availableLimit === undefined ? limitKurus : Math.round(data.availableLimit * 100),
        balanceKurus: 0,
        status: data.suspended ? CustomerStatus.Suspended : CustomerStatus.Active,
        risky: data.risky ?? false,
      })
      return customerView(customer)
    },

    customer(customerId) {
      const customer = state.customers.get(customerId)
      return customer && customerView(customer)
    },

    transactions() {
      return [...state.transactions.values()].map((transaction) => transactionView(state, transaction))
    },

    transaction(code) {
      const transaction = state.transactions.get(code)
      return transaction && transactionView(state, transaction)
    },

    transactionByMerchantOid(oid) {
      const transaction = state.transactionsByOid.get(oid)
      return transaction && transactionView(state, transaction)
    },

    refunds() {
      return [...state.refunds.values()].map(refundView)
    },

    requests() {
      return log.list()
    },

    setFault(service, fault) {
      const target = parseInput(faultTargetSchema, service, "fault service") as HasoServiceName | "*"
      faults.set(target, parseInput(faultSchema, fault, "fault") as SandboxFault)
    },

    clearFaults() {
      faults.clear()
    },

    setKkbOutcome(tckn, outcome) {
      if (!isValidTckn(tckn)) {
        throw new SandboxInputError("invalid KKB outcome: tckn is not a valid TCKN")
      }
      state.kkbOutcomes.set(tckn, parseInput(kkbOutcomeSchema, outcome, "KKB outcome"))
    },

    setNow(date) {
      if (date !== null && (!(date instanceof Date) || Number.isNaN(date.getTime()))) {
        throw new SandboxInputError("invalid clock: now must be a valid Date or null")
      }
      state.setNow(date)
    },

    generateTransactions(input) {
      const { count, date, refundEvery = 10 } = parseInput(generateSchema, input, "generate input")
      return generate(state, api, count, date, refundEvery)
    },

    snapshot() {
      return { ...stateSnapshot(state), faults: faults.list(), requestCount: log.list().length }
    },
  }
  return api
}

/**
 * Activated transactions spread over one Istanbul day, every `refundEvery`-th
 * partly refunded, built through the same handlers as the HTTP services so the
 * reconciliation sees exactly what real traffic would leave.
 */
function generate(state: SandboxState, api: SandboxApi, count: number, date: string, refundEvery: number) {
  const amounts = Array.from({ length: count }, (_, i) => 10_000 + (i % 97) * 1_250)
  const total = amounts.reduce((sum, amount) => sum + amount, 0)
  const { customerId } = api.createCustomer({ limit: total / 100, name: "Toplu", surname: "Test" })
  const rates = state.config.installmentRates.filter((rate) => !rate.dealerSegment)
  if (rates.length === 0) {
    throw new SandboxInputError("invalid generate input: the sandbox has no unsegmented installment rates")
  }
  const start = istanbulDayRange(date).from.getTime()
  const oid = (batch: string, i: number) => `G${date.slice(2).replace(/-/g, "")}${batch}${String(i).padStart(6, "0")}`
  let batch = randomBytes(2).toString("hex").toUpperCase()
  while (state.transactionsByOid.has(oid(batch, 0))) {
    batch = randomBytes(2).toString("hex").toUpperCase()
  }
  const transactionCodes: string[] = []
  for (let i = 0; i < count; i++) {
    const at = new Date(start + Math.floor(((i + 0.5) * 86_400_000) / count))
    const merchantOid = oid(batch, i)
    state.withClock(at, () => {
      const created = SERVICE_HANDLERS.createTransaction(state, {
        customerId,
        merchantOid,
        orderAmount: String(amounts[i]),
        selectedInstallment: rates[i % rates.length].installmentNo,
      }) as { TransactionPayments: { TransactionCode: string } }
      const transactionCode = created.TransactionPayments.TransactionCode
      SERVICE_HANDLERS.updateTransaction(state, { merchantOid, transactionCode, orderStatus: 1 })
      if (refundEvery > 0 && (i + 1) % refundEvery === 0) {
        SERVICE_HANDLERS.refundTransaction(state, {
          merchantOid,
          transactionCode,
          refundAmount: String(Math.floor(amounts[i] / 10)),
          refundId: `${merchantOid}-R`,
        })
      }
      transactionCodes.push(transactionCode)
    })
  }
  return { customerId, transactionCodes }
}

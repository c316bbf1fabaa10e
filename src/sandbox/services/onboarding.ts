import { HasoCodes } from "../../haso/contract/codes"
import { CustomerStatus, KkbReportStatus, type KkbTestResult } from "../../haso/contract/statuses"
import { isValidTckn, unguessableRef } from "../identity"
import type { KkbRequest, SandboxState } from "../state"
import type { SandboxKkbResult } from "../types"
import { RS100, customerInfo, fail, kurus, type Handlers } from "./common"
import { registerCustomer } from "./customers"

/* Limit determination, 5.2.1–5.2.6. */

/** [doc, V.39] the simulated KKB outcomes of `testResult`, in lira (E and F approve with 0). */
const TEST_RESULT_LIMITS: Record<Exclude<KkbTestResult, "RETRY">, number> = { A: 20000, B: 15000, C: 10000, D: 5000, E: 0, F: 0 }

/** What a confirmed PIN gives when no outcome was set for the TCKN. */
const DEFAULT_KKB_OUTCOME: SandboxKkbResult = { result: "approved", limit: 10000 }

const PENDING = { KkbReportStatus: KkbReportStatus.Pending }

function requireTckn(tckn: string): void {
  if (!isValidTckn(tckn)) {
    fail(HasoCodes.InvalidField, "tckn is not a valid TCKN (checksum)")
  }
}

function requireKkbRequest(state: SandboxState, kkbRefNo: string): KkbRequest {
  return state.kkbRequests.get(kkbRefNo) ?? fail(HasoCodes.InvalidField, `kkbRefNo ${kkbRefNo} is unknown`)
}

/** Settles a KKB request: an approval registers the customer with the limit (lira), a rejection is H206. */
function resolve(state: SandboxState, request: KkbRequest, result: SandboxKkbResult): Record<string, unknown> {
  if (result.result === "rejected") {
    request.state = "rejected"
    return fail(HasoCodes.KkbRejected)
  }
  return approve(state, request, Math.round(result.limit * 100))
}

function approve(state: SandboxState, request: KkbRequest, limitKurus: number): Record<string, unknown> {
  const customer = registerCustomer(state, request, limitKurus)
  request.state = "approved"
  request.customerId = customer.customerId
  return answer(state, request)
}

/** The answer of a request that is already settled, so a repeated call sees the same result. */
function answer(state: SandboxState, request: KkbRequest): Record<string, unknown> {
  if (request.state === "rejected") {
    return fail(HasoCodes.KkbRejected)
  }
  if (request.state === "approved" && request.customerId) {
    const customer = state.customers.get(request.customerId)
    if (customer) {
      return { KkbReportStatus: KkbReportStatus.Approved, CustomerInfo: customerInfo(customer) }
    }
  }
  return PENDING
}

export const onboardingHandlers: Handlers<
  | "hasoAuthSendInfo"
  | "sendKkbPinCode"
  | "checkKkbReportResult"
  | "resendKkbPinCode"
  | "setPreDefinedLimit"
  | "setLimitFromKds"
> = {
  hasoAuthSendInfo(state, input) {
    requireTckn(input.tckn)
    const known = state.customersByTckn.get(input.tckn)
    if (known?.status === CustomerStatus.Suspended) {
      fail(HasoCodes.CustomerSuspended)
    }
    const preDefinedLimitKurus = input.PreDefinedLimit ? kurus(input.PreDefinedLimit, "PreDefinedLimit") : 0
    if (known && preDefinedLimitKurus === 0) {
      return { CustomerInfo: customerInfo(known) }
    }
    const kkbRefNo = unguessableRef("KKB")
    state.kkbRequests.set(kkbRefNo, {
      kkbRefNo,
      tckn: input.tckn,
      mobileNumber: input.mobileNumber,
      name: input.shopperName,
      surname: input.shopperSurname,
      email: input.email,
      dealerSegment: input.dealerSegment ?? null,
      preDefinedLimitKurus,
      testOn: input.testOn === true,
      state: "awaiting_pin",
      checksLeft: 0,
      then: null,
      customerId: null,
    })
    return { KkbRefNo: kkbRefNo }
  },

  sendKkbPinCode(state, input) {
    const request = requireKkbRequest(state, input.kkbRefNo)
    if (request.state !== "awaiting_pin") {
      return answer(state, request)
    }
    // [doc, V.39] with testOn, any PIN goes and testResult picks the outcome.
    if (!request.testOn && input.pinCode !== state.config.testPin) {
      fail(HasoCodes.WrongPin)
    }
    if (request.preDefinedLimitKurus > 0) {
      return approve(state, request, request.preDefinedLimitKurus)
    }
    if (request.testOn && input.testResult) {
      // RETRY: the report is not final yet; the PIN step may be sent again with another testResult.
      return input.testResult === "RETRY"
        ? PENDING
        : resolve(state, request, { result: "approved", limit: TEST_RESULT_LIMITS[input.testResult] })
    }
    const outcome = state.kkbOutcomes.get(request.tckn) ?? DEFAULT_KKB_OUTCOME
    if (outcome.result === "pending") {
      request.state = "pending"
      request.checksLeft = outcome.checks
      request.then = outcome.then
      return PENDING
    }
    return resolve(state, request, outcome)
  },

  checkKkbReportResult(state, input) {
    const request = requireKkbRequest(state, input.kkbRefNo)
    if (request.state !== "pending") {
      return answer(state, request)
    }
    if (request.checksLeft > 0) {
      request.checksLeft--
      return PENDING
    }
    return resolve(state, request, request.then ?? DEFAULT_KKB_OUTCOME)
  },

  resendKkbPinCode(state, input) {
    requireKkbRequest(state, input.kkbRefNo)
    return RS100
  },

  setPreDefinedLimit(state, input) {
    requireTckn(input.tckn)
    if (state.customersByTckn.get(input.tckn)?.status === CustomerStatus.Suspended) {
      fail(HasoCodes.CustomerSuspended)
    }
    const details = { name: input.shopperName, surname: input.shopperSurname, email: input.email, tckn: input.tckn, mobileNumber: input.mobileNumber }
    const customer = registerCustomer(state, details, kurus(input.preDefinedLimit, "preDefinedLimit"))
    return { CustomerInfo: customerInfo(customer) }
  },

  setLimitFromKds(state, input) {
    requireTckn(input.tckn)
    const known = state.customersByTckn.get(input.tckn)
    if (known?.status === CustomerStatus.Suspended) {
      fail(HasoCodes.CustomerSuspended)
    }
    if (known && state.hasOverdueInstallment(known.customerId)) {
      fail(HasoCodes.CustomerSuspended, "The customer has an overdue installment; the KDS limit was not saved")
    }
    const holder = state.customerByMobile(input.mobileNumber)
    if (holder && holder.tckn !== input.tckn) {
      fail(HasoCodes.InvalidField, "mobileNumber is registered to another customer")
    }
    const details = {
      name: input.shopperName,
      surname: input.shopperSurname,
      email: input.email,
      tckn: input.tckn,
      mobileNumber: input.mobileNumber,
      dealerSegment: input.dealerSegment,
    }
    return { CustomerInfo: customerInfo(registerCustomer(state, details, input.kdsLimit)) }
  },
}

import { HasoCodes } from "../../haso/contract/codes"
import { optionData, price, ratesFor, type PricingInput } from "../pricing"
import type { SandboxState } from "../state"
import { customerInfo, fail, kurus, type Handlers } from "./common"

/* Installment options and rates: 5.1, 5.21, 5.23. */

function options(state: SandboxState, segment: string | null | undefined, input: PricingInput) {
  if (input.amountKurus === 0) {
    fail(HasoCodes.InvalidField, "orderAmount must be more than 0")
  }
  return ratesFor(state.config.installmentRates, segment).map((rate) => optionData(price(rate, input)))
}

export const rateHandlers: Handlers<"getCustomerInformation" | "getInstallmentsWithSegment" | "getInstallmentRates"> = {
  getCustomerInformation(state, input) {
    // An unknown customer is no error: Haso answers CustomerInfo null with the options (legacy 5.1).
    const customer = state.customers.get(input.customerId)
    return {
      CustomerInfo: customer ? customerInfo(customer) : null,
      Installments: options(state, customer?.dealerSegment, {
        amountKurus: kurus(input.orderAmount, "orderAmount"),
        notCalculateFees: input.notCalculateFees,
        forceRiskFreeEvaluate: input.forceRiskFreeEvaluate,
        revisedFeeRate: input.RevisedFeeRate,
        risky: customer?.risky,
        availableLimitKurus: input.availableLimit,
      }),
    }
  },

  getInstallmentsWithSegment(state, input) {
    return {
      Installments: options(state, input.dealerSegment, {
        amountKurus: kurus(input.orderAmount, "orderAmount"),
        notCalculateFees: input.notCalculateFees,
      }),
    }
  },

  getInstallmentRates(state) {
    return {
      InstallmentRates: state.config.installmentRates.map((rate) => ({
        InstallmentNo: rate.installmentNo,
        InstallmentCount: rate.installmentCount,
        FeeRate: rate.feeRate,
        DealerSegment: rate.dealerSegment ?? null,
      })),
    }
  },
}

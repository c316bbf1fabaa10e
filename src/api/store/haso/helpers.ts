import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { KkbReportStatus, type CustomerInfo, type HasoResponse } from "../../../haso"
import { HASO_MODULE, type HasoModuleService } from "../../../modules/haso"
import { linkHasoCustomerWorkflow } from "../../../workflows/link-haso-customer"
import { presentLimit, presentLink } from "../../utils/presenters"

export function hasoModule(scope: MedusaContainer): HasoModuleService {
  return scope.resolve<HasoModuleService>(HASO_MODULE)
}

/** What the storefront holds on to: random, so one shopper cannot guess another's. */
export function newOnboardingReference(): string {
  return "hobref_" + randomBytes(18).toString("base64url")
}

export type Onboarding = Awaited<ReturnType<HasoModuleService["retrieveHasoOnboarding"]>>

/** The shopper's own onboarding attempt; anybody else's is "not found". */
export async function ownOnboarding(haso: HasoModuleService, reference: string, customerId: string): Promise<Onboarding> {
  const [onboarding] = await haso.listHasoOnboardings({ reference, customer_id: customerId })
  if (!onboarding) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No Haso onboarding with reference ${reference} was found for this customer.`)
  }
  return onboarding
}

export async function assertStillOpen(haso: HasoModuleService, onboarding: Onboarding) {
  if (onboarding.status === "expired" || new Date(onboarding.expires_at) < new Date()) {
    if (onboarding.status !== "expired") {
      await haso.updateHasoOnboardings({ id: onboarding.id, status: "expired" })
    }
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This Haso onboarding has expired. Please start again.", "onboarding_expired")
  }
}

/** Links the customer to the Haso customer Haso approved and answers as the storefront expects. */
export async function approve(
  scope: MedusaContainer,
  customerId: string,
  info: CustomerInfo,
  method: "kkb" | "existing",
  onboardingId?: string
) {
  await linkHasoCustomerWorkflow(scope).run({
    input: {
      customer_id: customerId,
      haso_customer_id: info.CustomerId,
      verification_method: method,
      limit_amount: info.CustomerLimit,
      available_limit: info.AvailableLimit,
      suspended: info.Status === 2,
      onboarding_id: onboardingId,
    },
  })
  return { status: "approved" as const, haso_customer: presentLimit(info) }
}

/** The answer of 5.2.2 or 5.2.3, settled on the onboarding attempt. */
export async function settleReport(
  scope: MedusaContainer,
  onboarding: Onboarding,
  answer: HasoResponse<"sendKkbPinCode">
) {
  if (answer.KkbReportStatus === KkbReportStatus.Approved && answer.CustomerInfo) {
    return approve(scope, onboarding.customer_id, answer.CustomerInfo, "kkb", onboarding.id)
  }
  if (onboarding.status !== "pending") {
    await hasoModule(scope).updateHasoOnboardings({ id: onboarding.id, status: "pending" })
  }
  return { status: "pending" as const, reference: onboarding.reference }
}

export async function reject(scope: MedusaContainer, onboarding: Onboarding) {
  await hasoModule(scope).updateHasoOnboardings({ id: onboarding.id, status: "rejected", completed_at: new Date() })
  return rejected()
}

export function rejected() {
  return {
    status: "rejected" as const,
    message: "Haso could not offer a limit: the credit bureau (KKB) application was not approved.",
  }
}

/** The approved answer for an attempt that was already approved, from the stored link. */
export async function approvedAgain(haso: HasoModuleService, customerId: string) {
  const [link] = await haso.listHasoCustomers({ customer_id: customerId })
  return {
    status: "approved" as const,
    haso_customer: link ? presentLink(link) : null,
  }
}

/** The Haso customer id of a logged-in shopper, or a 404 telling them to link first. */
export async function linkedHasoCustomerId(scope: MedusaContainer, customerId: string) {
  const haso = hasoModule(scope)
  const [link] = await haso.listHasoCustomers({ customer_id: customerId })
  if (!link) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Your account is not linked to Haso yet. Complete Haso onboarding first.",
      "haso_not_linked"
    )
  }
  return { haso, customerId: link.haso_customer_id }
}

import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { hasoRefusal } from "../../../errors"
import { CustomerStatus, KkbReportStatus, type CustomerInfo, type HasoResponse } from "../../../haso"
import { formatHasoMessage } from "../../../i18n/messages"
import { HASO_MODULE, type HasoModuleService } from "../../../modules/haso"
import { onboardingStatusAt } from "../../../modules/haso/onboarding-states"
import { currentLocale } from "../../../request-context"
import { linkHasoCustomerWorkflow } from "../../../workflows/link-haso-customer"
import { presentLimit, presentLink } from "../../utils/presenters"

export function hasoModule(scope: MedusaContainer): HasoModuleService {
  return scope.resolve<HasoModuleService>(HASO_MODULE)
}

/** The logged-in shopper's Haso link, or a 404 telling them to link first. */
export async function linkOf(scope: MedusaContainer, customerId: string) {
  const [link] = await hasoModule(scope).listHasoCustomers({ customer_id: customerId })
  if (!link) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "haso_not_linked")
  }
  return link
}

/** What the storefront holds on to: random, so one shopper cannot guess another's. */
export function newOnboardingReference(): string {
  return "hobref_" + randomBytes(18).toString("base64url")
}

export type Onboarding = Awaited<ReturnType<HasoModuleService["retrieveHasoOnboarding"]>>

/** The shopper's own onboarding attempt; anybody else's is "not found". */
export async function ownOnboarding(scope: MedusaContainer, reference: string, customerId: string): Promise<Onboarding> {
  const onboarding = await hasoModule(scope).findOwnOnboarding(reference, customerId)
  if (!onboarding) {
    throw hasoRefusal(MedusaError.Types.NOT_FOUND, "onboarding_not_found")
  }
  return onboarding
}

/** Refuses an attempt past its time, recording that it expired. For POST routes. */
export async function assertStillOpen(scope: MedusaContainer, onboarding: Onboarding) {
  if (onboardingStatusAt(onboarding as never) === "expired") {
    await hasoModule(scope).moveOnboarding(onboarding.id, "expired")
    throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "onboarding_expired")
  }
}

/** Links the customer to the Haso customer Haso approved. */
export async function approve(scope: MedusaContainer, customerId: string, info: CustomerInfo, method: "kkb" | "existing", onboardingId?: string) {
  await linkHasoCustomerWorkflow(scope).run({
    input: {
      customer_id: customerId,
      haso_customer_id: info.CustomerId,
      verification_method: method,
      limit_amount: info.CustomerLimit,
      available_limit: info.AvailableLimit,
      suspended: info.Status === CustomerStatus.Suspended,
      onboarding_id: onboardingId,
    },
  })
  return { status: "approved" as const, haso_customer: presentLimit(info) }
}

/** Settles the answer of 5.2.2 or 5.2.3 on the onboarding attempt: approved (linked) or pending. */
export async function settleReport(scope: MedusaContainer, onboarding: Onboarding, answer: HasoResponse<"sendKkbPinCode">) {
  if (answer.KkbReportStatus === KkbReportStatus.Approved && answer.CustomerInfo) {
    return approve(scope, onboarding.customer_id, answer.CustomerInfo, "kkb", onboarding.id)
  }
  await hasoModule(scope).moveOnboarding(onboarding.id, "pending")
  return { status: "pending" as const, reference: onboarding.reference }
}

export async function reject(scope: MedusaContainer, onboarding: Onboarding) {
  await hasoModule(scope).moveOnboarding(onboarding.id, "rejected")
  return rejectedAnswer()
}

export function rejectedAnswer() {
  return { status: "rejected" as const, message: formatHasoMessage("onboarding_rejected", {}, currentLocale()) }
}

/** An attempt as it stands, from the store's records alone (no Haso call, no write). */
export async function presentOnboarding(scope: MedusaContainer, onboarding: Onboarding) {
  const status = onboardingStatusAt(onboarding as never)
  switch (status) {
    case "approved": {
      const [link] = await hasoModule(scope).listHasoCustomers({ customer_id: onboarding.customer_id })
      return { status, haso_customer: link ? presentLink(link) : null }
    }
    case "rejected":
      return rejectedAnswer()
    case "pin_sent":
      return { status, reference: onboarding.reference, phone_hint: onboarding.phone_hint, expires_at: onboarding.expires_at }
    default:
      return { status, reference: onboarding.reference }
  }
}

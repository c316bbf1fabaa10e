import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateAccountHolderDTO } from "@medusajs/framework/types"
import { HASO_PROVIDER_PREFIX } from "../../providers/haso/provider-id"

export type EnsureHasoAccountHoldersInput = { customer_id: string; haso_customer_id: string }

type Created = { account_holder_id: string; customer_id: string }

/**
 * Gives the customer a payment account holder carrying the Haso customer id
 * for every Haso provider of the store. Medusa hands it to the provider at
 * checkout (`context.account_holder`); that is how the provider, which cannot
 * read our module, knows whose limit to use.
 */
export const ensureHasoAccountHoldersStep = createStep(
  "haso-ensure-account-holders-step",
  async (input: EnsureHasoAccountHoldersInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)

    const providers = (await payment.listPaymentProviders({ is_enabled: true })).filter((provider) =>
      provider.id.startsWith(HASO_PROVIDER_PREFIX)
    )
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "account_holders.*"],
      filters: { id: input.customer_id },
    })
    const customer = customers[0]
    const holders = (customer?.account_holders ?? []).filter(Boolean) as Array<{ id: string; provider_id: string; external_id: string }>

    const created: Created[] = []
    for (const provider of providers) {
      const existing = holders.find((holder) => holder.provider_id === provider.id)
      if (existing?.external_id === input.haso_customer_id) {
        continue
      }
      if (existing) {
        // Re-onboarded under another Haso customer id: the old holder must go.
        await link.dismiss({ [Modules.CUSTOMER]: { customer_id: input.customer_id }, [Modules.PAYMENT]: { account_holder_id: existing.id } })
        await payment.deleteAccountHolder(existing.id)
      }
      const holder = await payment.createAccountHolder({
        provider_id: provider.id,
        context: {
          customer: { id: input.customer_id, email: customer?.email ?? "" },
          haso_customer_id: input.haso_customer_id,
        },
      } as CreateAccountHolderDTO)
      await link.create({
        [Modules.CUSTOMER]: { customer_id: input.customer_id },
        [Modules.PAYMENT]: { account_holder_id: holder.id },
      })
      created.push({ account_holder_id: holder.id, customer_id: input.customer_id })
    }
    return new StepResponse(created.length, created)
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const payment = container.resolve(Modules.PAYMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    for (const entry of created) {
      await link.dismiss({ [Modules.CUSTOMER]: { customer_id: entry.customer_id }, [Modules.PAYMENT]: { account_holder_id: entry.account_holder_id } })
      await payment.deleteAccountHolder(entry.account_holder_id)
    }
  }
)

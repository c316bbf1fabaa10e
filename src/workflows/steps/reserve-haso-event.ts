import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hasoRefusal } from "../../errors"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"

export type HasoEventInput = {
  type: string
  /** Same key, same operation: a repeated request is answered from the record instead of reaching Haso again. */
  idempotency_key?: string | null
  /** Whether Haso can safely be asked again after its answer was lost. */
  resend_safe: boolean
  order_id?: string | null
  customer_id?: string | null
  transaction_code?: string | null
  merchant_oid?: string | null
  amount?: number | null
  actor_id?: string | null
  data?: Record<string, unknown> | null
}

type HasoEvent = Awaited<ReturnType<HasoModuleService["retrieveHasoEvent"]>>
export type ReservedHasoEvent = { event: HasoEvent; replay: boolean }

/**
 * Records the operation as pending before Haso is asked. The idempotency key
 * is unique, so two requests for the same operation cannot both reach Haso.
 */
export const reserveHasoEventStep = createStep(
  "haso-reserve-event-step",
  async (input: HasoEventInput, { container }) => {
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const { resend_safe, ...fields } = input
    const [existing] = input.idempotency_key ? await haso.listHasoEvents({ idempotency_key: input.idempotency_key }) : []
    if (existing?.status === "succeeded") {
      return new StepResponse<ReservedHasoEvent, string | null>({ event: existing, replay: true }, null)
    }
    if (existing?.status === "pending") {
      throw hasoRefusal(MedusaError.Types.CONFLICT, "haso_in_progress")
    }
    if (existing?.status === "unknown" && !resend_safe) {
      throw hasoRefusal(MedusaError.Types.NOT_ALLOWED, "haso_outcome_unknown")
    }
    const event = existing
      ? await haso.updateHasoEvents({ id: existing.id, ...fields, status: "pending", haso_code: null, message: null })
      : await haso.createHasoEvents({ ...fields, status: "pending" })
    return new StepResponse<ReservedHasoEvent, string | null>({ event, replay: false }, event.id)
  },
  async (eventId, { container }) => {
    if (!eventId) {
      return
    }
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    const [event] = await haso.listHasoEvents({ id: eventId })
    // A failed or unknown attempt stays in the history; only a reservation nobody used goes.
    if (event?.status === "pending") {
      await haso.deleteHasoEvents(eventId)
    }
  }
)

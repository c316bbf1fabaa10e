import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hasoAnswerOf, hasoRefusal, isLostAnswer, toStaffError } from "../../errors"
import { HasoError, type HasoRequest, type HasoServiceName } from "../../haso"
import { formatHasoAction, type HasoAction } from "../../i18n/messages"
import { currentLocale } from "../../request-context"
import { HASO_MODULE, type HasoModuleService } from "../../modules/haso"
import type { ReservedHasoEvent } from "./reserve-haso-event"

export type HasoCall<K extends HasoServiceName = HasoServiceName> = { service: K; request: HasoRequest<K> }

export type SendToHasoInput = {
  reserved: ReservedHasoEvent
  call: HasoCall
  /** What undoes the call if a later step fails (suspend ↔ reactivate…). */
  inverse?: HasoCall | null
  /** What staff were doing, for the message when Haso refuses. */
  action: HasoAction
  /** Whether asking Haso again after a lost answer is harmless. */
  resend_safe: boolean
}

type Compensation = { eventId: string; inverse: HasoCall | null }

/**
 * Sends one state-changing request to Haso and records the outcome on the
 * reserved event: succeeded, failed (with Haso's code) or unknown (answer
 * lost). A replayed event is not sent again.
 */
export const sendToHasoStep = createStep(
  "haso-send-step",
  async ({ reserved, call, inverse, action, resend_safe }: SendToHasoInput, { container }) => {
    if (reserved.replay) {
      return new StepResponse<typeof reserved.event, Compensation | null>(reserved.event, null)
    }
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    try {
      const result = (await haso.client.call(call.service, call.request as never)) as { Message?: string }
      const event = await haso.updateHasoEvents({ id: reserved.event.id, status: "succeeded", haso_code: result?.Message ?? null })
      return new StepResponse<typeof event, Compensation | null>(event, { eventId: event.id, inverse: inverse ?? null })
    } catch (error) {
      if (error instanceof HasoError) {
        const answer = hasoAnswerOf(error)
        await haso.updateHasoEvents({ id: reserved.event.id, status: error.isTransport ? "unknown" : "failed", haso_code: answer.haso_code, message: answer.haso_message })
      }
      if (isLostAnswer(error) && !resend_safe) {
        // Not repeatable at Haso: say it may have happened, rather than "try again".
        throw hasoRefusal(MedusaError.Types.UNEXPECTED_STATE, "haso_answer_lost", { action: formatHasoAction(action, currentLocale()) }, "haso_unavailable")
      }
      throw toStaffError(error, action)
    }
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const haso = container.resolve<HasoModuleService>(HASO_MODULE)
    if (compensation.inverse) {
      await haso.client.call(compensation.inverse.service, compensation.inverse.request as never)
    }
    await haso.updateHasoEvents({ id: compensation.eventId, status: "reverted" })
  }
)

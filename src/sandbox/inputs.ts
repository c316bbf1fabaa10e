import { z } from "@medusajs/framework/zod"
import { HASO_SERVICE_NAMES } from "../haso/contract/services"
import { isCalendarDate } from "../haso/dates"

/*
 * Validation of what tests and tools hand the sandbox, through the programmatic
 * API or the /__sandbox endpoints. A bad input is a SandboxInputError (HTTP 400).
 */

export class SandboxInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "SandboxInputError"
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new SandboxInputError(`invalid ${what}: ${issue.path.join(".") || "input"} ${issue.message}`)
  }
  return parsed.data
}

const lira = z.number().finite().nonnegative()
const times = z.number().int().positive().optional()
const phase = z.enum(["before", "after"]).optional()

export const customerInputSchema = z.object({
  limit: lira,
  availableLimit: lira.optional(),
  tckn: z.string().optional(),
  mobileNumber: z.string().regex(/^5\d{9}$/, "must be 10 digits starting with 5").optional(),
  name: z.string().min(1).optional(),
  surname: z.string().min(1).optional(),
  email: z.string().optional(),
  suspended: z.boolean().optional(),
  risky: z.boolean().optional(),
  dealerSegment: z.string().min(1).max(10).optional(),
})

export const faultSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("latency"), ms: z.number().int().nonnegative().max(600_000), phase, times }),
  z.object({ kind: z.literal("http_error"), status: z.union([z.literal(500), z.literal(503)]), phase, times }),
  z.object({ kind: z.literal("drop"), phase, times }),
  z.object({ kind: z.literal("malformed"), phase, times }),
  z.object({ kind: z.literal("business_error"), code: z.string().regex(/^[A-Z]+\d+$/, "must be a code such as H201"), message: z.string().optional(), times }),
])

export const faultTargetSchema = z.enum(["*", ...HASO_SERVICE_NAMES] as [string, ...string[]])

const kkbResult = z.discriminatedUnion("result", [
  z.object({ result: z.literal("approved"), limit: lira }),
  z.object({ result: z.literal("rejected") }),
])

export const kkbOutcomeSchema = z.union([
  kkbResult,
  z.object({ result: z.literal("pending"), checks: z.number().int().nonnegative(), then: kkbResult }),
])

export const clockSchema = z.object({
  now: z.union([z.null(), z.string().refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO date-time")]),
})

export const generateSchema = z.object({
  count: z.number().int().positive().max(100_000),
  date: z.string().refine(isCalendarDate, "must be a day written yyyy-MM-dd"),
  refundEvery: z.number().int().nonnegative().optional(),
})

/**
 * A storefront onboarding attempt's states and the moves between them. The
 * PIN is confirmed once (pin_sent → approved / pending / rejected); a pending
 * credit report is checked until it is decided; any open attempt expires.
 */
export const ONBOARDING_STATUSES = ["pin_sent", "pending", "approved", "rejected", "expired"] as const
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number]

export const ONBOARDING_MOVES: Record<OnboardingStatus, readonly OnboardingStatus[]> = {
  pin_sent: ["pending", "approved", "rejected", "expired"],
  pending: ["approved", "rejected", "expired"],
  approved: [],
  rejected: [],
  expired: [],
}

export function canMoveOnboarding(from: OnboardingStatus, to: OnboardingStatus): boolean {
  return from === to || ONBOARDING_MOVES[from].includes(to)
}

/** The status the shopper sees now: an open attempt past its time has expired, written or not. */
export function onboardingStatusAt(onboarding: { status: OnboardingStatus; expires_at: Date | string }, now = new Date()): OnboardingStatus {
  const open = onboarding.status === "pin_sent" || onboarding.status === "pending"
  return open && new Date(onboarding.expires_at) < now ? "expired" : onboarding.status
}

export function isFinished(status: OnboardingStatus): boolean {
  return status === "approved" || status === "rejected"
}

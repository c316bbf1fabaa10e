/** Medusa registers our provider as `pp_haso_<id in medusa-config>`, e.g. `pp_haso_haso`. */
export const HASO_PROVIDER_PREFIX = "pp_haso_"

export function isHasoProvider(providerId: string | null | undefined): boolean {
  return !!providerId && providerId.startsWith(HASO_PROVIDER_PREFIX)
}

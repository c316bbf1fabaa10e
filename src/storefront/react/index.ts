"use client"
/*
 * medusa-plugin-haso/storefront/react: ready-made Haso components. Each works
 * on its own with `client`/`locale` props, or below a <HasoProvider>. Only
 * `react` is needed; the default classes are Tailwind utilities.
 *
 * The directive above opens both builds of this entry: tsc keeps it in
 * index.js, esbuild keeps an entry's directive in index.mjs (checked by
 * scripts/build-storefront.js). Each component file has its own for deep imports.
 */
export { HasoProvider, useHaso, type HasoProviderProps, type HasoComponentProps } from "./context"
export { HasoOnboarding, type HasoOnboardingProps, type HasoOnboardingPart } from "./onboarding"
export { HasoInstallmentPicker, type HasoInstallmentPickerProps, type HasoInstallmentPickerPart } from "./installment-picker"
export { HasoPlan, HasoPlans, type HasoPlanProps, type HasoPlansProps, type HasoPlanPart, type HasoPlansPart } from "./plan"
export { HasoPromo, type HasoPromoProps, type HasoPromoPart } from "./promo"

/** The languages the plugin speaks: Turkish for Turkish shoppers and staff, English otherwise. */
export type HasoLocale = "tr" | "en"

/**
 * The plugin's language for a BCP 47 tag or an Accept-Language header
 * (`tr`, `tr-TR`, `tr-TR,tr;q=0.9,en;q=0.8` → tr; anything else → en).
 * Only the first (preferred) language counts.
 */
export function hasoLocale(tag: string | null | undefined): HasoLocale {
  const first = (tag ?? "").split(",")[0].trim().toLowerCase()
  return first === "tr" || first.startsWith("tr-") ? "tr" : "en"
}

/** The Intl locale numbers and dates are written in. */
export function intlLocale(locale: HasoLocale): string {
  return locale === "tr" ? "tr-TR" : "en-US"
}

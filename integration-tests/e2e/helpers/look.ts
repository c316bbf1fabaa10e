import type { Locator } from "playwright-core"
import { eventually } from "./store-api"

/** Retries a check for up to 15 s, as Playwright's own expectations wait. */
export const poll = (check: () => Promise<void>) => eventually(check, 15_000)

/** playwright-core has no test runner: expectations on what a locator shows, polling like Playwright's own. */
export function look(locator: Locator) {
  return {
    toBeVisible: () => locator.first().waitFor({ state: "visible", timeout: 15_000 }),
    toBeHidden: () => locator.first().waitFor({ state: "hidden", timeout: 15_000 }),
    toContainText: (text: string) => poll(async () => expect(await locator.first().innerText()).toContain(text)),
    toHaveCount: (count: number) => poll(async () => expect(await locator.count()).toBe(count)),
    toHaveAttribute: (name: string, value: string) => poll(async () => expect(await locator.first().getAttribute(name)).toBe(value)),
    toHaveValue: (value: string) => poll(async () => expect(await locator.first().inputValue()).toBe(value)),
    toBeChecked: () => poll(async () => expect(await locator.first().isChecked()).toBe(true)),
    toBeEnabled: () => poll(async () => expect(await locator.first().isEnabled()).toBe(true)),
    toBeDisabled: () => poll(async () => expect(await locator.first().isDisabled()).toBe(true)),
  }
}

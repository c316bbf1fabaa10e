import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"

/*
 * Debian's Chromium driven by playwright-core (Playwright cannot download its
 * own browser here). Flags from shared/medusa-notes.md: without the
 * background-networking ones Chromium keeps calling Google's hosts.
 */

export const CHROMIUM = process.env.HASO_E2E_CHROMIUM || "/usr/bin/chromium"
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]

/** Where each step's screenshot goes (the page as the step left it), to be looked at, not only read. */
export const SCREENSHOTS = path.resolve(__dirname, "../../../.tmp/e2e-screenshots")

export type Walk = {
  browser: Browser
  context: BrowserContext
  page: Page
  /** Page errors, and console errors and failed requests of the plugin, seen so far. */
  problems: string[]
  /** Runs a step and keeps a screenshot of the page it leaves; on failure says where. */
  step<T>(name: string, run: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * A browser on one page, watching for what a person would notice: any page
 * error, and console errors or failed requests that come from the plugin
 * (its routes, or messages naming Haso or react-query's provider).
 */
export async function openBrowser(options: { locale?: string; storage?: Record<string, string>; origin?: string } = {}): Promise<Walk> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
  const context = await browser.newContext({ viewport: { width: 1440, height: 1100 }, locale: options.locale ?? "en-US" })
  if (options.storage) {
    await context.addInitScript((values: Record<string, string>) => {
      for (const [key, value] of Object.entries(values)) window.localStorage.setItem(key, value)
    }, options.storage)
  }
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  const problems: string[] = []
  const ours = (text: string) => /haso|QueryClient/i.test(text)
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  page.on("console", (message) => {
    if (message.type() === "error" && ours(message.text())) problems.push(`console error: ${message.text().slice(0, 300)}`)
  })
  page.on("requestfailed", (request) => {
    // ERR_ABORTED is the page's own doing: the kit cancels a load whose component went away, a navigation what is in flight.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return
    if (ours(request.url())) problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`)
  })
  page.on("response", (response) => {
    if (response.status() >= 500 && ours(response.url())) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`)
  })
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    browser,
    context,
    page,
    problems,
    async step(name, run) {
      const file = path.join(SCREENSHOTS, `${name.replace(/[^\w-]+/g, "-")}.png`)
      try {
        const result = await run()
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
        return result
      } catch (error) {
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
        ;(error as Error).message += `\n(screenshot of the failed step: ${file})`
        throw error
      }
    },
    close: () => browser.close(),
  }
}

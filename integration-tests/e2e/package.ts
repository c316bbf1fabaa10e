import { spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { freePort, runOk, sleep, waitForHealth } from "../../scripts/lib/processes"
import { startMedusa, storeEnv } from "../../scripts/lib/store-app"
import type { Demo } from "./helpers/demo"

/*
 * The only proof that the published package works in a store: tests load src/
 * as TypeScript, so they never exercise `exports`, `files` or the compiled
 * output. The demo installed the packed tarball into a fresh store; here we
 * check what was packed and how the store resolved it.
 */

/** The packages a widget shares with the dashboard: a second copy of any breaks the admin (react-query's crashes every page). */
export const SHARED_WITH_DASHBOARD = ["@tanstack/react-query", "@medusajs/ui", "react", "react-dom", "react-i18next", "react-router-dom", "@medusajs/js-sdk"]

export function packageChecks(demo: () => Demo, note: (text: string) => void) {
  const appDir = () => path.join(demo().workDir, "app")
  const tarball = () => JSON.parse(fs.readFileSync(path.join(demo().workDir, "state.json"), "utf8")).plugin.tarball as string

  it("contains only the compiled plugin, package.json, README and LICENSE", () => {
    const files = spawnSync("tar", ["-tzf", tarball()], { encoding: "utf8" }).stdout.trim().split("\n").map((file) => file.replace(/^package\//, ""))
    note(`packed: ${files.length} files`)
    const allowed = /^(\.medusa\/server\/.+|package\.json|README(\.md)?|LICENSE(\.md)?)$/i
    expect(files.filter((file) => !allowed.test(file))).toEqual([])
    expect(files.filter((file) => /__tests__|\.spec\.|medusa-config|integration-tests|(^|\/)\.env/.test(file))).toEqual([])
    expect(files).toEqual(expect.arrayContaining([".medusa/server/src/providers/haso/index.js", ".medusa/server/src/admin/index.mjs"]))
  })

  it("resolves its entry points inside the store, with one copy of the framework", async () => {
    const script = `for (const id of ["medusa-plugin-haso/providers/haso", "medusa-plugin-haso/package.json"]) console.log(require.resolve(id))`
    const { output } = await runOk(process.execPath, ["-e", script], { cwd: appDir(), env: storeEnv({}) })
    const installed = fs.realpathSync(path.join(appDir(), "node_modules", "medusa-plugin-haso"))
    expect(output.trim().split("\n")).toEqual([path.join(installed, ".medusa/server/src/providers/haso/index.js"), path.join(installed, "package.json")])
    expect(installed.startsWith(fs.realpathSync(appDir()))).toBe(true) // a copy, not a link to the repo
    expect(fs.existsSync(path.join(installed, "node_modules", "@medusajs", "framework"))).toBe(false)
  })

  it.each(SHARED_WITH_DASHBOARD)("leaves the store one copy of %s, the dashboard's", (name) => {
    // npm lists every installed copy of the package, one path a line.
    const listed = spawnSync("npm", ["ls", name, "--all", "--parseable"], { cwd: appDir(), encoding: "utf8" }).stdout.trim().split("\n").filter(Boolean)
    const copies = new Set(listed.map((dir) => fs.realpathSync(dir)))
    expect([...copies]).toEqual([fs.realpathSync(path.join(appDir(), "node_modules", name))])
    expect(fs.existsSync(path.join(appDir(), "node_modules", "medusa-plugin-haso", "node_modules", name))).toBe(false)
  })

  it("boots a store that lists both Haso providers", async () => {
    const login = await fetch(`${demo().ready.medusaUrl}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(demo().ready.admin) })
    const { token } = (await login.json()) as { token: string }
    const providers = await fetch(`${demo().ready.medusaUrl}/admin/payments/payment-providers`, { headers: { authorization: `Bearer ${token}` } })
    const { payment_providers } = (await providers.json()) as { payment_providers: { id: string; is_enabled: boolean }[] }
    expect(payment_providers).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: "pp_haso_haso", is_enabled: true }), expect.objectContaining({ id: "pp_haso_haso_manual", is_enabled: true })])
    )
  })

  it("refuses to boot without a merchantKey and names it, without printing the salt", async () => {
    const salt = crypto.randomBytes(8).toString("hex")
    const port = await freePort()
    const server = startMedusa(appDir(), {
      cwd: path.join(appDir(), ".medusa", "server"),
      port,
      env: storeEnv({ DATABASE_URL: demo().ready.databaseUrl, HASO_MERCHANT_ID: "HASO-PKG", HASO_MERCHANT_SALT: salt, HASO_API_URL: "http://localhost:9/haso" }),
    })
    // Whichever comes first: the store exits, or (wrongly) answers /health.
    const outcome = await Promise.race([
      server.exited.then((code) => `exited with ${code}`),
      waitForHealth(`http://localhost:${port}/health`, server, 100_000).then(
        () => "became healthy",
        () => sleep(1_000).then(() => "neither exited nor became healthy in 100 s")
      ),
    ])
    await server.stop()
    expect(outcome).toMatch(/^exited with [1-9]/)
    const reason = server.output().split("\n").find((line) => line.includes("merchantKey"))
    note(`store without merchantKey: ${outcome}; ${reason?.trim() ?? "no line names merchantKey"}`)
    expect(reason).toMatch(/merchantKey is required \(set options\.merchantKey or HASO_MERCHANT_KEY\)/)
    expect(server.output()).not.toContain(salt)
  })
}

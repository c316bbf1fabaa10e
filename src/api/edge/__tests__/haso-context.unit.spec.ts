import express from "express"
import type { AddressInfo } from "node:net"
import { currentHasoContext } from "../../../request-context"
import { hasoRequestContext, shopperIp } from "../haso-context"

/*
 * The request context as Medusa mounts it: `app.use("/store*", middleware)`
 * (Express strips the mount path from req.path), behind `trust proxy` 1.
 */
describe("hasoRequestContext", () => {
  async function contextOf(path: string, headers: Record<string, string> = {}) {
    const app = express()
    app.set("trust proxy", 1)
    app.use("/store*", hasoRequestContext as never)
    app.use("/admin*", hasoRequestContext as never)
    app.get(["/store/carts/:id", "/admin/orders/:id"], (_req, res) => {
      const context = currentHasoContext()
      res.json({ ip: context?.ip ?? null, locale: context?.locale })
    })
    const server = app.listen(0, "127.0.0.1")
    await new Promise((resolve) => server.once("listening", resolve))
    try {
      const { port } = server.address() as AddressInfo
      const answer = await fetch(`http://127.0.0.1:${port}${path}`, { headers })
      return (await answer.json()) as { ip: string | null; locale: string }
    } finally {
      server.close()
    }
  }

  it("carries a shopper's IP on store routes, as Medusa sees it (one proxy hop trusted)", async () => {
    expect((await contextOf("/store/carts/cart_1")).ip).toBe("127.0.0.1")
    expect((await contextOf("/store/carts/cart_1", { "x-forwarded-for": "203.0.113.7" })).ip).toBe("203.0.113.7")
  })

  it("sends an IPv4 shopper's address as IPv4, and IPv6 addresses as they are", () => {
    expect(shopperIp("::ffff:203.0.113.7")).toBe("203.0.113.7")
    expect(shopperIp("::FFFF:198.51.100.1")).toBe("198.51.100.1")
    expect(shopperIp("2001:db8::7")).toBe("2001:db8::7")
    expect(shopperIp("::1")).toBe("::1")
    expect(shopperIp(undefined)).toBeUndefined()
  })

  it("has no shopper IP on admin routes", async () => {
    expect((await contextOf("/admin/orders/order_1")).ip).toBeNull()
  })

  it("reads the shopper's language", async () => {
    expect((await contextOf("/store/carts/cart_1", { "x-medusa-locale": "tr-TR" })).locale).toBe("tr")
  })
})

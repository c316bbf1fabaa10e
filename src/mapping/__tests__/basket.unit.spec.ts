import { buildUserAddress } from "../address"
import { buildBasketList } from "../basket"

describe("buildBasketList", () => {
  it("sends each line at what the shopper pays, in kuruş, plus shipping, adding up to the order amount", () => {
    const basket = buildBasketList(
      [
        { product_title: "Çelik Tencere", variant_title: "Büyük", variant_sku: "TEN-B", product_type: "mutfak", total: 1200, thumbnail: "https://cdn/t.jpg" },
        { title: "Kaşık", variant_id: "variant_1", total: { value: "0.1", precision: 20 } },
      ],
      [{ name: "Kargo", total: 34.46 }],
      123456
    )
    expect(basket).toEqual([
      expect.objectContaining({ skuCode: "TEN-B", skudefinitionId: "mutfak", skuAmount: 120000, productName: "Çelik Tencere - Büyük", productImage: "https://cdn/t.jpg" }),
      expect.objectContaining({ skuCode: "variant_1", skuAmount: 10, productName: "Kaşık" }),
      expect.objectContaining({ skuCode: "SHIPPING", skuAmount: 3446, productName: "Kargo" }),
    ])
    expect(basket.reduce((sum, line) => sum + line.skuAmount, 0)).toBe(123456)
  })

  it("settles rounding on the largest line so the basket equals the order amount", () => {
    // Three thirds of 100 TRY round to 33.33 each: one kuruş short of 100.00.
    const third = { value: "33.333333", precision: 20 }
    const basket = buildBasketList([{ title: "A", total: third }, { title: "B", total: third }, { title: "C", total: third }], [], 10000)
    expect(basket.map((line) => line.skuAmount).sort()).toEqual([3333, 3333, 3334])
  })

  it("leaves out free shipping and builds product URLs from a template", () => {
    const basket = buildBasketList([{ title: "A", product_handle: "çay bardağı", total: 10 }], [{ name: "Ücretsiz", total: 0 }], 1000, {
      productUrlTemplate: "https://shop.example/products/{handle}",
    })
    expect(basket).toHaveLength(1)
    expect(basket[0].productUrl).toBe("https://shop.example/products/%C3%A7ay%20barda%C4%9F%C4%B1")
  })
})

describe("buildUserAddress", () => {
  it("maps a Turkish address (province = il, city = ilçe) and never carries the phone number", () => {
    const address = buildUserAddress({
      first_name: "Nilüfer",
      last_name: "Bursalı",
      address_1: "Abc Mahallesi",
      address_2: "B Blok D:1",
      city: "Nilüfer",
      province: "Bursa",
      postal_code: "16240",
      country_code: "tr",
      phone: "+90 516 111 22 33",
    } as never)
    expect(address).toEqual({
      userNameSurname: "Nilüfer Bursalı",
      countryName: "TÜRKİYE",
      cityName: "BURSA",
      townName: "NİLÜFER",
      detail: "Abc Mahallesi B Blok D:1",
      postalCode: "16240",
    })
    expect(JSON.stringify(address)).not.toContain("516")
  })

  it("has nothing to send without an address", () => {
    expect(buildUserAddress(null)).toBeUndefined()
  })
})

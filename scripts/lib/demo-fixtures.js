"use strict"
/**
 * What `npm run demo` puts in its store: fixed, so the printed walkthrough,
 * the seed script (which gets this as JSON) and the demo test agree.
 * Passwords are for a local demo only.
 */

const DEMO_FIXTURES = {
  admin: { email: "admin@haso-demo.test", password: "haso-demo-admin" },
  customer: {
    email: "elif@haso-demo.test",
    password: "haso-demo-1234",
    first_name: "Elif",
    last_name: "Şahin",
  },
  /** The sandbox customer the storefront customer is linked to; recreated at every start (the sandbox keeps state in memory). */
  hasoCustomer: {
    limit: 20000,
    name: "Elif",
    surname: "Şahin",
    email: "elif@haso-demo.test",
    tckn: "10000000146",
    mobileNumber: "5321234567",
  },
  region: { name: "Türkiye", country_code: "tr", currency_code: "try" },
  salesChannel: "Haso demo web store",
  publishableKeyTitle: "Haso demo storefront",
  stockLocation: { name: "İstanbul depo", address: { address_1: "Depo Sokak 1", city: "İstanbul", country_code: "TR" } },
  shipping: { name: "Kargo", price: 49.9 },
  products: [
    { title: "Çelik Tencere Seti", handle: "celik-tencere-seti", sku: "HASO-DEMO-TENCERE", price: 1234.56 },
    { title: "Bluetooth Kulaklık", handle: "bluetooth-kulaklik", sku: "HASO-DEMO-KULAKLIK", price: 2899.9 },
    { title: "Espresso Makinesi", handle: "espresso-makinesi", sku: "HASO-DEMO-ESPRESSO", price: 8750 },
  ],
  shippingAddress: {
    first_name: "Elif",
    last_name: "Şahin",
    address_1: "Abc Mahallesi Abc Caddesi No:1",
    city: "Nilüfer",
    province: "Bursa",
    postal_code: "16240",
    country_code: "tr",
    phone: "+90 532 123 45 67",
  },
  /** Sandbox installment_no 3 = 4 installments (see DEFAULT_INSTALLMENT_RATES). */
  installmentNo: 3,
  refundAmount: 100,
}

module.exports = { DEMO_FIXTURES }

export * from "./back-office"
export * from "./link-haso-customer"
export * from "./reconcile-haso-day"
export * from "./settle-canceled-order-with-haso"

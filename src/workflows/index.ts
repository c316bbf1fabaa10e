export * from "./link-haso-customer"
export * from "./settle-canceled-order-with-haso"

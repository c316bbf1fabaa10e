export * from "./back-office"
export * from "./link-haso-customer"
export * from "./reconcile-haso-day"
export { syncHasoPaymentWorkflow, syncHasoPayment, type SyncResult } from "./sync/sync-haso-payment"

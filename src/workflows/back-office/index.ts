export * from "./collections"
export * from "./customers"
export * from "./enforcement"

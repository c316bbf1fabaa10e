export * from "./codes"
export * from "./models"
export * from "./services"
export * from "./statuses"

import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/*
 * The plugin's own application for its integration tests (kept out of the
 * build). The tests start the Haso sandbox and point HASO_* at it; every Haso
 * option below falls back to those variables.
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "*",
      adminCors: "*",
      authCors: "*",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  modules: [
    {
      resolve: "./src/modules/haso",
      // Scheduled runs would reach the sandbox in the middle of other tests;
      // the reconciliation and sync tests call the jobs' functions with their own settings.
      options: { reconciliation: { enabled: false }, sync: { enabled: false } },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          { resolve: "./src/providers/haso", id: "haso", options: {} },
          // A second instance that leaves activation to staff (autoCapture off).
          { resolve: "./src/providers/haso", id: "haso_manual", options: { autoCapture: false } },
        ],
      },
    },
  ],
})

const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * One jest run for every kind of test; `npm test` (scripts/test.js) provides
 * PostgreSQL and runs it in band. TEST_TYPE narrows it to one kind.
 */
const kinds = {
  unit: ["**/src/**/__tests__/**/*.unit.spec.[jt]s"],
  haso: ["**/integration-tests/haso/**/*.spec.[jt]s"],
  http: ["**/integration-tests/http/**/*.spec.[jt]s"],
  e2e: ["**/integration-tests/e2e/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.tmp/", "<rootDir>/.demo/", "<rootDir>/.bench/"],
  testMatch: process.env.TEST_TYPE
    ? process.env.TEST_TYPE.split(",").flatMap((kind) => kinds[kind] ?? [])
    : Object.values(kinds).flat(),
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testTimeout: 120_000,
}

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { useHasoSandbox } from "./sandbox"
import { createTurkishStore, type StoreFixture } from "./store"

type RunnerContext = Parameters<Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]>[0]

export type HasoSuiteContext = RunnerContext & {
  sandbox: ReturnType<typeof useHasoSandbox>
  /** The Turkish store set up for the current test. */
  store: () => StoreFixture
}

/**
 * A real Medusa app (this plugin's src/) on PostgreSQL against a Haso sandbox
 * over HTTP; before each test the sandbox is emptied and a Turkish store with
 * Haso is set up through the admin API.
 */
export function hasoStoreSuite(testSuite: (context: HasoSuiteContext) => void, env: Record<string, string> = {}) {
  const sandbox = useHasoSandbox(env)
  medusaIntegrationTestRunner({
    testSuite: (context) => {
      let store: StoreFixture | undefined
      beforeEach(async () => {
        sandbox.get().reset()
        store = await createTurkishStore(context.api, context.getContainer())
      })
      testSuite({
        ...context,
        sandbox,
        store: () => {
          if (!store) {
            throw new Error("The store is set up before each test")
          }
          return store
        },
      })
    },
  })
}

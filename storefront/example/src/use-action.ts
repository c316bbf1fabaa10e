import { useState } from "react"

/** A form's action: busy while it runs; what went wrong kept for the form to show. Resolves whether it succeeded. */
export function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  async function run(action: () => Promise<void>): Promise<boolean> {
    setBusy(true)
    setError(undefined)
    try {
      await action()
      return true
    } catch (caught) {
      setError((caught as Error).message)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run }
}

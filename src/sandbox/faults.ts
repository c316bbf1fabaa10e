import type { HasoServiceName } from "../haso/contract/services"
import type { SandboxFault } from "./types"

type Target = HasoServiceName | "*"

/**
 * The faults in force: at most one per service plus one for every service
 * ("*"). A service's own fault wins over "*". `times` counts down per matching
 * request, and the fault removes itself at zero.
 */
export class FaultStore {
  private readonly faults = new Map<Target, { fault: SandboxFault; left: number }>()

  set(target: Target, fault: SandboxFault): void {
    this.faults.set(target, { fault, left: fault.times ?? Infinity })
  }

  clear(): void {
    this.faults.clear()
  }

  /** The fault that hits this request, if any, counting it as used. */
  take(service: HasoServiceName): SandboxFault | undefined {
    const target: Target | undefined = this.faults.has(service) ? service : this.faults.has("*") ? "*" : undefined
    const entry = target && this.faults.get(target)
    if (!entry) {
      return undefined
    }
    if (--entry.left <= 0) {
      this.faults.delete(target)
    }
    return entry.fault
  }

  list(): Array<{ service: Target; remaining: number | null } & SandboxFault> {
    return [...this.faults].map(([service, { fault, left }]) => ({
      service,
      ...fault,
      remaining: Number.isFinite(left) ? left : null,
    }))
  }
}

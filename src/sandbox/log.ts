import type { SandboxRequestRecord } from "./types"

/** Keeps the most recent requests; a long-running sandbox must not grow without bound. */
const MAX_RECORDS = 10_000

export class RequestLog {
  private records: SandboxRequestRecord[] = []

  add(record: SandboxRequestRecord): void {
    this.records.push(record)
    if (this.records.length > MAX_RECORDS + 1_000) {
      this.records.splice(0, this.records.length - MAX_RECORDS)
    }
  }

  list(): SandboxRequestRecord[] {
    return this.records.map((record) => ({ ...record }))
  }

  clear(): void {
    this.records = []
  }
}

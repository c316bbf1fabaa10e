// This repository has @types/react but not @types/react-dom: the one call the example makes.
declare module "react-dom/client" {
  import type { ReactNode } from "react"
  export function createRoot(container: Element): { render(children: ReactNode): void; unmount(): void }
}

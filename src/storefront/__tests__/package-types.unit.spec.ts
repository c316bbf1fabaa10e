/*
 * A storefront finds the kit's types whatever its TypeScript module
 * resolution: `exports` serves node16/bundler, and `typesVersions` serves the
 * older "node" (node10) resolution, which Medusa's Next.js storefront (the
 * dtc-starter) uses and which ignores `exports`. Resolved here with
 * TypeScript's own algorithm against this package.json, in a virtual store.
 */
import fs from "node:fs"
import path from "node:path"
import ts from "typescript"

const manifest = fs.readFileSync(path.resolve(__dirname, "../../../package.json"), "utf8")
const { exports: exported } = JSON.parse(manifest) as { exports: Record<string, { types?: string } | string> }
const store = path.resolve("/virtual-store")
const packageDir = path.join(store, "node_modules/medusa-plugin-haso")

/** The package as installed: its package.json and the declaration files of the build. */
const host: ts.ModuleResolutionHost = {
  fileExists: (file) =>
    file === path.join(packageDir, "package.json") ||
    (file.startsWith(path.join(packageDir, ".medusa/server/src/storefront")) && file.endsWith("index.d.ts")),
  readFile: (file) => (file === path.join(packageDir, "package.json") ? manifest : undefined),
  directoryExists: (dir) => dir === store || dir.startsWith(path.join(store, "node_modules")),
  realpath: (file) => file,
}

/** [import specifier, declaration file] of every export with types. */
const entries = Object.entries(exported).flatMap(([subpath, target]) =>
  typeof target === "object" && target.types ? [[`medusa-plugin-haso${subpath.slice(1)}`, target.types]] : []
)

describe("the storefront kit's types, as a storefront's TypeScript resolves them", () => {
  it("has typed entries to check", () => {
    expect(entries.map(([specifier]) => specifier)).toEqual(["medusa-plugin-haso/storefront", "medusa-plugin-haso/storefront/react"])
  })

  const resolutions = {
    node10: { moduleResolution: ts.ModuleResolutionKind.Node10, module: ts.ModuleKind.ESNext },
    bundler: { moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext },
    node16: { moduleResolution: ts.ModuleResolutionKind.Node16, module: ts.ModuleKind.Node16 },
  }
  for (const [name, options] of Object.entries(resolutions)) {
    it.each(entries)(`resolves %s under moduleResolution ${name}`, (specifier, types) => {
      const { resolvedModule } = ts.resolveModuleName(specifier, path.join(store, "src/page.tsx"), options, host)
      expect(resolvedModule?.resolvedFileName).toBe(path.join(packageDir, types))
    })
  }
})

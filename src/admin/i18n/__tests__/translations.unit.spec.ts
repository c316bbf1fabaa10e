import fs from "node:fs"
import path from "node:path"
import en from "../json/en.json"
import tr from "../json/tr.json"

/* Staff read the admin in Turkish or English: both say everything, with the same placeholders. */

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") found.set(name, value)
    else for (const [child, text] of leaves(value, name)) found.set(child, text)
  }
  return found
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort()

/** i18next plural keys (`x_one`, `x_other`) stand for `x`. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "")

describe("admin translations", () => {
  const english = leaves(en as Tree)
  const turkish = leaves(tr as Tree)

  it("have the same keys in English and Turkish", () => {
    const plain = (keys: Map<string, string>) => [...new Set([...keys.keys()].map(base))].sort()
    expect(plain(turkish)).toEqual(plain(english))
  })

  it("use the same placeholders in both languages, and no text is empty", () => {
    for (const [key, text] of english) {
      const other = turkish.get(key) ?? turkish.get(`${base(key)}_other`)
      expect({ key, placeholders: placeholders(other ?? "") }).toEqual({ key, placeholders: placeholders(text) })
      expect({ key, empty: !text.trim() || !other?.trim() }).toEqual({ key, empty: false })
    }
  })

  it("have every key the widgets ask for by name", () => {
    const admin = path.resolve(__dirname, "../..")
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return entry.name === "__tests__" ? [] : files(full)
        return /\.tsx?$/.test(entry.name) ? [full] : []
      })
    const asked = files(admin).flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/\bt\("(haso\.[\w.]+)"/g)].map((match) => match[1]))
    expect(asked.length).toBeGreaterThan(50)
    const known = new Set([...english.keys()].map(base))
    expect(asked.filter((key) => !known.has(key))).toEqual([])
  })
})

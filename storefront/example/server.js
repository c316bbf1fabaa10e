#!/usr/bin/env node
"use strict"
/**
 * The example storefront: builds the bundle (build.js), then serves the page,
 * the bundle, the stylesheet and /config.js on a plain Node http server. The
 * browser talks to Medusa's store API itself, so Medusa's STORE_CORS and
 * AUTH_CORS must list this server's origin (e.g. http://localhost:8000).
 *
 *   node storefront/example/server.js [--port 8000] [--plugin <dir>] [--no-build]
 *        [--medusa-url <url>] [--publishable-key <pk>] [--region-id <id>]
 *
 * Without the last three (or MEDUSA_URL, MEDUSA_PUBLISHABLE_KEY,
 * MEDUSA_REGION_ID) it serves `npm run demo`'s store, read from the demo's
 * work dir (.demo, or $HASO_DEMO_DIR). --plugin: see build.js.
 */
const fs = require("node:fs")
const http = require("node:http")
const path = require("node:path")
const { parseArgs } = require("node:util")
const { buildStorefront } = require("./build")

const here = __dirname
const root = path.resolve(here, "../..")

const TYPES = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".map": "application/json", ".html": "text/html; charset=utf-8" }
/** Files the page loads; every other GET path is a page of the app (index.html). */
const FILES = { "/app.js": "dist/app.js", "/app.js.map": "dist/app.js.map", "/style.css": "style.css" }

/** Medusa URL, publishable key and region: from the arguments, the environment, or the running demo. */
function storeConfig(args) {
  const demoDir = path.resolve(root, process.env.HASO_DEMO_DIR || ".demo")
  const seed = readJson(path.join(demoDir, "seed-output.json")) ?? {}
  const walkthrough = readText(path.join(demoDir, "walkthrough.sh"))
  const config = {
    medusaUrl: args["medusa-url"] || process.env.MEDUSA_URL || walkthrough.match(/^MEDUSA=(\S+)$/m)?.[1] || "http://localhost:9000",
    publishableKey: args["publishable-key"] || process.env.MEDUSA_PUBLISHABLE_KEY || seed.publishableKey,
    regionId: args["region-id"] || process.env.MEDUSA_REGION_ID || seed.regionId,
  }
  const missing = Object.entries(config).filter(([, value]) => !value).map(([key]) => key)
  if (missing.length) {
    throw new Error(`no ${missing.join(", ")}: start \`npm run demo\` first, or pass --medusa-url, --publishable-key and --region-id`)
  }
  return { ...config, medusaUrl: config.medusaUrl.replace(/\/+$/, "") }
}

/** @param {{ port: number, config: { medusaUrl: string, publishableKey: string, regionId: string } }} options */
function createServer({ port, config }) {
  const script = `window.STOREFRONT_CONFIG = ${JSON.stringify(config)};\n`
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://storefront")
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end()
      return
    }
    if (url.pathname === "/config.js") {
      send(res, 200, TYPES[".js"], script)
      return
    }
    const file = FILES[url.pathname]
    if (file) {
      fs.readFile(path.join(here, file), (error, content) => {
        if (error) send(res, 404, "text/plain", "not found")
        else send(res, 200, TYPES[path.extname(file)], content)
      })
      return
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end()
      return
    }
    if (path.extname(url.pathname)) {
      send(res, 404, "text/plain", "not found") // e.g. /favicon.ico
      return
    }
    fs.readFile(path.join(here, "index.html"), (error, content) => {
      if (error) send(res, 500, "text/plain", String(error))
      else send(res, 200, TYPES[".html"], content)
    })
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () => resolve(server))
  })
}

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" })
  res.end(body)
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return undefined
  }
}

function readText(file) {
  try {
    return fs.readFileSync(file, "utf8")
  } catch {
    return ""
  }
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      port: { type: "string", default: process.env.PORT || "8000" },
      plugin: { type: "string" },
      "no-build": { type: "boolean" },
      "medusa-url": { type: "string" },
      "publishable-key": { type: "string" },
      "region-id": { type: "string" },
    },
  })
  const port = Number(args.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${args.port}"`)
  const config = storeConfig(args)
  if (!args["no-build"]) {
    const built = await buildStorefront({ pluginDir: args.plugin })
    console.log(`[storefront] built with medusa-plugin-haso ${built.pluginVersion} from ${built.pluginDir} (${built.ms} ms)`)
  }
  const server = await createServer({ port, config })
  const origin = `http://localhost:${server.address().port}`
  console.log(`[storefront] ${origin} → ${config.medusaUrl} (Medusa's STORE_CORS and AUTH_CORS must list ${origin})`)
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0))
      server.closeAllConnections()
    })
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`[storefront] ${error.message}`)
    process.exit(1)
  })
}

module.exports = { createServer, storeConfig }

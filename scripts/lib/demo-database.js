"use strict"
/**
 * The demo store's database: created when missing, migrated when the store
 * (plugin tarball + app files) changed since the last migration. What was
 * done is recorded in the database itself (table haso_demo_state), so a
 * database that was dropped or swapped through DATABASE_URL is set up again.
 */
const { medusa } = require("./store-app")

/**
 * @param {{ appDir: string, databaseUrl: string, fingerprint: string, medusaEnv: NodeJS.ProcessEnv,
 *   progress: ReturnType<typeof import("./progress").createProgress>, logFile: string }} options
 */
async function prepareDatabase({ appDir, databaseUrl, fingerprint, medusaEnv, progress, logFile }) {
  // node-postgres comes with Medusa, so the store has it once installed.
  const { Client } = require(require.resolve("pg", { paths: [appDir] }))
  await createDatabaseIfMissing(Client, databaseUrl)

  const client = new Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query("create table if not exists haso_demo_state (key text primary key, value text not null)")
    const { rows } = await client.query("select value from haso_demo_state where key = 'migrated'")
    if (rows[0]?.value === fingerprint) {
      progress.say("✓ Database already migrated for this build")
      return
    }
    await progress.phase("Migrating the database (medusa db:migrate)", (output) => medusa(appDir, ["db:migrate"], { env: medusaEnv, onOutput: output }), {
      logFile,
    })
    await client.query(
      "insert into haso_demo_state (key, value) values ('migrated', $1) on conflict (key) do update set value = excluded.value",
      [fingerprint]
    )
  } finally {
    await client.end()
  }
}

async function createDatabaseIfMissing(Client, databaseUrl) {
  const url = new URL(databaseUrl)
  const name = decodeURIComponent(url.pathname.slice(1))
  if (!name) throw new Error(`DATABASE_URL names no database: ${redact(databaseUrl)}`)
  url.pathname = "/postgres"
  const admin = new Client({ connectionString: url.toString() })
  try {
    await admin.connect()
  } catch {
    return // no maintenance database to ask: the named one had better exist
  }
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await admin.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await admin.end()
  }
}

/** The URL without its password, for messages. */
function redact(databaseUrl) {
  try {
    const url = new URL(databaseUrl)
    if (url.password) url.password = "***"
    return url.toString()
  } catch {
    return "(not a URL)"
  }
}

module.exports = { prepareDatabase, redact }

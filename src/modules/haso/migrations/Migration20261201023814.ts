import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201023814 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "haso_reconciliation" drop constraint if exists "haso_reconciliation_date_unique";`);
    this.addSql(`alter table if exists "haso_rate_limit" drop constraint if exists "haso_rate_limit_key_unique";`);
    this.addSql(`alter table if exists "haso_onboarding" drop constraint if exists "haso_onboarding_reference_unique";`);
    this.addSql(`alter table if exists "haso_event" drop constraint if exists "haso_event_idempotency_key_unique";`);
    this.addSql(`alter table if exists "haso_customer" drop constraint if exists "haso_customer_customer_id_unique";`);
    this.addSql(`create table if not exists "haso_customer" ("id" text not null, "customer_id" text not null, "haso_customer_id" text not null, "verification_method" text not null default 'kkb', "verified_at" timestamptz not null, "limit_amount" numeric null, "available_limit" numeric null, "limit_checked_at" timestamptz null, "suspended" boolean not null default false, "raw_limit_amount" jsonb null, "raw_available_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_customer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_haso_customer_customer_id_unique" ON "haso_customer" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_customer_haso_customer_id" ON "haso_customer" ("haso_customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_customer_deleted_at" ON "haso_customer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "haso_event" ("id" text not null, "type" text not null, "status" text check ("status" in ('pending', 'succeeded', 'failed', 'unknown', 'reverted')) not null, "order_id" text null, "customer_id" text null, "transaction_code" text null, "merchant_oid" text null, "amount" numeric null, "haso_code" text null, "message" text null, "actor_id" text null, "idempotency_key" text null, "data" jsonb null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_haso_event_idempotency_key_unique" ON "haso_event" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_event_deleted_at" ON "haso_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_event_order_id" ON "haso_event" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_event_customer_id" ON "haso_event" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "haso_onboarding" ("id" text not null, "reference" text not null, "customer_id" text not null, "kkb_ref_no" text not null, "status" text check ("status" in ('pin_sent', 'pending', 'approved', 'rejected', 'expired')) not null default 'pin_sent', "phone_hint" text null, "pin_attempts" integer not null default 0, "expires_at" timestamptz not null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_onboarding_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_haso_onboarding_reference_unique" ON "haso_onboarding" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_onboarding_customer_id" ON "haso_onboarding" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_onboarding_deleted_at" ON "haso_onboarding" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "haso_rate_limit" ("id" text not null, "key" text not null, "window_start" timestamptz not null, "count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_rate_limit_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_haso_rate_limit_key_unique" ON "haso_rate_limit" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_rate_limit_deleted_at" ON "haso_rate_limit" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "haso_reconciliation" ("id" text not null, "date" text not null, "status" text check ("status" in ('matched', 'mismatched', 'failed')) not null, "matched_count" integer not null default 0, "missing_in_medusa_count" integer not null default 0, "missing_at_haso_count" integer not null default 0, "amount_mismatch_count" integer not null default 0, "summary" jsonb not null, "mismatches" jsonb not null, "duration_ms" integer not null default 0, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_reconciliation_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_haso_reconciliation_date_unique" ON "haso_reconciliation" ("date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_reconciliation_deleted_at" ON "haso_reconciliation" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "haso_customer" cascade;`);

    this.addSql(`drop table if exists "haso_event" cascade;`);

    this.addSql(`drop table if exists "haso_onboarding" cascade;`);

    this.addSql(`drop table if exists "haso_rate_limit" cascade;`);

    this.addSql(`drop table if exists "haso_reconciliation" cascade;`);
  }

}

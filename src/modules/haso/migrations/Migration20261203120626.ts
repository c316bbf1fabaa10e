import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203120626 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "haso_payment_operation" drop constraint if exists "haso_payment_operation_refund_id_unique";`);
    this.addSql(`create table if not exists "haso_payment_lock" ("id" text not null, "owner" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_payment_lock_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_payment_lock_deleted_at" ON "haso_payment_lock" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "haso_payment_operation" ("id" text not null, "merchant_oid" text not null, "transaction_code" text null, "haso_customer_id" text null, "payment_id" text null, "kind" text check ("kind" in ('create', 'capture', 'refund', 'cancel', 'drop')) not null, "status" text check ("status" in ('pending', 'succeeded', 'failed', 'unknown', 'abandoned')) not null, "refund_id" text null, "medusa_reference" text null, "amount_kurus" numeric null, "medusa_amount" text null, "recorded" boolean not null default false, "haso_code" text null, "haso_message" text null, "actor_id" text null, "actor_type" text null, "settled_at" timestamptz null, "raw_amount_kurus" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_payment_operation_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_haso_payment_operation_refund_id_unique" ON "haso_payment_operation" ("refund_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_payment_operation_deleted_at" ON "haso_payment_operation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_payment_operation_merchant_oid" ON "haso_payment_operation" ("merchant_oid") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_payment_operation_payment_id" ON "haso_payment_operation" ("payment_id") WHERE payment_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_payment_operation_status" ON "haso_payment_operation" ("status") WHERE status IN ('pending', 'unknown') AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "haso_reconciliation_line" ("id" text not null, "date" text not null, "side" text check ("side" in ('haso', 'medusa')) not null, "kind" text check ("kind" in ('transaction', 'refund')) not null, "key" text not null, "merchant_oid" text not null, "transaction_code" text null, "refund_id" text null, "amount_kurus" numeric not null, "payment_id" text null, "order_id" text null, "unconfirmed" boolean not null default false, "raw_amount_kurus" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "haso_reconciliation_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_reconciliation_line_deleted_at" ON "haso_reconciliation_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_haso_reconciliation_line_date_key" ON "haso_reconciliation_line" ("date", "key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "haso_payment_lock" cascade;`);

    this.addSql(`drop table if exists "haso_payment_operation" cascade;`);

    this.addSql(`drop table if exists "haso_reconciliation_line" cascade;`);
  }

}

import { addMonths } from "./dates"
import type { SandboxInstallmentRate } from "./types"

/*
 * Installment options and payment plans, all in integer kuruş. Rates are
 * taken in basis points so that 4.5 % of 1005 kuruş rounds the same on every
 * machine.
 */

/** InstallmentNo deliberately differs from the count for most options: a client must send the No. */
export const DEFAULT_INSTALLMENT_RATES: SandboxInstallmentRate[] = [
  { installmentNo: 1, installmentCount: 1, feeRate: 0 },
  { installmentNo: 2, installmentCount: 2, feeRate: 2 },
  { installmentNo: 3, installmentCount: 4, feeRate: 4.5 },
  { installmentNo: 4, installmentCount: 6, feeRate: 7 },
  { installmentNo: 5, installmentCount: 9, feeRate: 10 },
  { installmentNo: 6, installmentCount: 12, feeRate: 13.5 },
]

/** The rates of a dealer segment, or the unsegmented ones when the segment has none. */
export function ratesFor(rates: SandboxInstallmentRate[], segment?: string | null): SandboxInstallmentRate[] {
  const segmented = segment ? rates.filter((rate) => rate.dealerSegment === segment) : []
  return segmented.length > 0 ? segmented : rates.filter((rate) => !rate.dealerSegment)
}

export interface PricingInput {
  amountKurus: number
  notCalculateFees?: boolean
  /** Percent of the computed fee to keep; 0/absent = unchanged. */
  revisedFeeRate?: number
  risky?: boolean
  forceRiskFreeEvaluate?: boolean
  /** The merchant's own view of the available limit (kuruş); > 0 → down payment for the part above it. */
  availableLimitKurus?: number
}

export interface PricedOption {
  rate: SandboxInstallmentRate
  feeKurus: number
  totalKurus: number
  installmentKurus: number[]
  installmentFeeKurus: number[]
  downPaymentKurus: number
  downPaymentType: string | null
}

export function price(rate: SandboxInstallmentRate, input: PricingInput): PricedOption {
  const basisPoints = Math.round(rate.feeRate * 100)
  let feeKurus = input.notCalculateFees ? 0 : roundDiv(input.amountKurus * basisPoints, 10_000)
  if (input.revisedFeeRate && input.revisedFeeRate > 0) {
    feeKurus = roundDiv(feeKurus * input.revisedFeeRate, 100)
  }
  const totalKurus = input.amountKurus + feeKurus
  const installmentKurus = split(totalKurus, rate.installmentCount)
  // Risky customers pay the first installment up front; over-limit orders pay the excess.
  const risky = input.risky && !input.forceRiskFreeEvaluate ? installmentKurus[0] : 0
  const overLimit =
    input.availableLimitKurus && input.availableLimitKurus > 0 ? Math.max(0, input.amountKurus - input.availableLimitKurus) : 0
  const downPaymentKurus = Math.max(risky, overLimit)
  return {
    rate,
    feeKurus,
    totalKurus,
    installmentKurus,
    installmentFeeKurus: split(feeKurus, rate.installmentCount),
    downPaymentKurus,
    downPaymentType: downPaymentKurus === 0 ? null : overLimit > risky ? "OverLimit" : "RiskyCustomer",
  }
}

/** 5.1 / 5.21 `InstallmentOption`. */
export function optionData(option: PricedOption) {
  return {
    InstallmentNo: option.rate.installmentNo,
    InstallmentCount: option.rate.installmentCount,
    InstallmentAmount: lira(option.installmentKurus[0]),
    TotalAmount: lira(option.totalKurus),
    Fee: lira(option.feeKurus),
    DownPayment: lira(option.downPaymentKurus),
  }
}

/** Term days of a plan: monthly from one month after `day` (two when postponed). */
export function termDays(day: string, count: number, postponed: boolean): string[] {
  const first = postponed ? 2 : 1
  return Array.from({ length: count }, (_, i) => addMonths(day, first + i))
}

/** Splits kuruş into `count` equal parts; the remainder goes on the last one. */
export function split(kurus: number, count: number): number[] {
  const part = Math.floor(kurus / count)
  const parts = Array.from({ length: count }, () => part)
  parts[count - 1] += kurus - part * count
  return parts
}

/** Kuruş → the lira decimal Haso answers with. Division of an integer by 100 prints exactly (1500.5). */
export function lira(kurus: number): number {
  return kurus / 100
}

function roundDiv(numerator: number, denominator: number): number {
  return Math.floor((numerator + denominator / 2) / denominator)
}

import { hasoLocale, intlLocale, type HasoLocale } from "./locale"

/*
 * Every message the plugin's server sends a person (shopper or staff), in
 * Turkish and English. The key is also the machine-readable `code` of the
 * answer, so a storefront can act on it whatever the language.
 */

type Entry = { en: string; tr: string }

export const HASO_MESSAGES = {
  // ---- checkout (payment sessions, cart completion) ----
  haso_login_required: {
    en: "Log in to pay with Haso installments.",
    tr: "Haso ile taksitli ödemek için lütfen giriş yapın.",
  },
  haso_not_linked: {
    en: "Your account is not linked to Haso yet. Complete Haso onboarding to see your limit and pay in installments.",
    tr: "Hesabınız henüz Haso'ya bağlı değil. Limitinizi görmek ve taksitle ödemek için Haso başvurusunu tamamlayın.",
  },
  haso_customer_unknown: {
    en: "Haso does not know this customer any more. Please link your Haso account again.",
    tr: "Haso bu müşteri kaydını bulamadı. Lütfen Haso hesabınızı yeniden bağlayın.",
  },
  haso_suspended: {
    en: "Your Haso account is suspended, so it cannot be used for this order. Please contact Haso or choose another payment method.",
    tr: "Haso hesabınız askıya alınmış olduğu için bu siparişte kullanılamıyor. Haso ile iletişime geçin ya da başka bir ödeme yöntemi seçin.",
  },
  haso_limit_too_low: {
    en: "Your available Haso limit ({available}) is lower than the order total ({total}). Lower the order total or choose another payment method.",
    tr: "Kullanılabilir Haso limitiniz ({available}) sipariş tutarından ({total}) düşük. Sepet tutarını düşürün ya da başka bir ödeme yöntemi seçin.",
  },
  haso_limit_not_enough: {
    en: "Your available Haso limit is not enough for this order. Lower the order total or choose another payment method.",
    tr: "Kullanılabilir Haso limitiniz bu sipariş için yeterli değil. Sepet tutarını düşürün ya da başka bir ödeme yöntemi seçin.",
  },
  haso_option_not_offered_now: {
    en: "The installment option you chose is not offered for this amount. Please choose another installment option.",
    tr: "Seçtiğiniz taksit seçeneği bu tutar için sunulmuyor. Lütfen başka bir taksit seçeneği seçin.",
  },
  haso_no_options: {
    en: "Haso offers no installment option for {total}.",
    tr: "Haso, {total} için taksit seçeneği sunmuyor.",
  },
  haso_option_not_offered: {
    en: "Installment option {chosen} is not offered for {total}. Please choose one of: {offered}.",
    tr: "{chosen} numaralı taksit seçeneği {total} için sunulmuyor. Lütfen şunlardan birini seçin: {offered}.",
  },
  installment_option: {
    en: "{no} ({count} installments)",
    tr: "{no} ({count} taksit)",
  },
  haso_option_invalid: {
    en: "installment_no must be the whole number of an offered Haso installment option.",
    tr: "installment_no, sunulan bir Haso taksit seçeneğinin numarası (tam sayı) olmalı.",
  },
  haso_currency_not_supported: {
    en: "Haso only takes payments in Turkish lira (TRY); this cart is in {currency}.",
    tr: "Haso yalnızca Türk lirası (TRY) ile ödeme alır; bu sepetin para birimi {currency}.",
  },
  haso_session_invalid: {
    en: "This payment session was not started by the Haso provider; choose Haso again to start a new payment.",
    tr: "Bu ödeme oturumu Haso tarafından başlatılmadı; yeni bir ödeme için Haso'yu yeniden seçin.",
  },
  haso_declined: {
    en: "Haso declined the payment: {reason}",
    tr: "Haso ödemeyi onaylamadı: {reason}",
  },
  haso_store_not_signed_in: {
    en: "The store could not sign in to Haso, so no payment was taken. Please choose another payment method; the store has been told.",
    tr: "Mağaza Haso'ya bağlanamadığı için ödeme alınmadı. Lütfen başka bir ödeme yöntemi seçin; mağazaya bilgi verildi.",
  },
  haso_earlier_attempt_cancelled: {
    en: "An earlier attempt of this Haso payment was cancelled. Please choose Haso again to start a new payment.",
    tr: "Bu Haso ödemesinin önceki denemesi iptal edildi. Yeni bir ödeme başlatmak için Haso'yu yeniden seçin.",
  },
  haso_unavailable: {
    en: "Haso is not available right now, so nothing was charged. Please try again in a moment.",
    tr: "Haso şu anda yanıt vermiyor; hiçbir ücret alınmadı. Lütfen birazdan tekrar deneyin.",
  },
  haso_timeout: {
    en: "Haso did not answer in time, so nothing was charged. Please try again in a moment.",
    tr: "Haso zamanında yanıt vermedi; hiçbir ücret alınmadı. Lütfen birazdan tekrar deneyin.",
  },

  // ---- storefront routes ----
  haso_cart_not_found: { en: "Cart {cart_id} was not found.", tr: "{cart_id} numaralı sepet bulunamadı." },
  haso_order_not_found: { en: "Order {order_id} was not found.", tr: "{order_id} numaralı sipariş bulunamadı." },
  haso_no_transaction: {
    en: "Order {order_id} was not paid with Haso.",
    tr: "{order_id} numaralı sipariş Haso ile ödenmedi.",
  },
  haso_nothing_outstanding: {
    en: "Order {order_id} has nothing left to pay.",
    tr: "{order_id} numaralı siparişte ödenecek bir tutar kalmadı.",
  },
  onboarding_not_found: {
    en: "No Haso application with this reference was found for your account.",
    tr: "Hesabınız için bu referansla bir Haso başvurusu bulunamadı.",
  },
  onboarding_expired: {
    en: "This Haso application has expired. Please start again.",
    tr: "Bu Haso başvurusunun süresi doldu. Lütfen yeniden başlayın.",
  },
  onboarding_no_pin: {
    en: "This Haso application is {status}; there is no PIN to send again.",
    tr: "Bu Haso başvurusu {status} durumunda; yeniden gönderilecek bir doğrulama kodu yok.",
  },
  onboarding_rejected: {
    en: "Haso could not offer a limit: the credit bureau (KKB) application was not approved.",
    tr: "Haso limit tanımlayamadı: Kredi Kayıt Bürosu (KKB) başvurusu onaylanmadı.",
  },
  onboarding_incomplete_answer: {
    en: "Haso answered the application with neither a PIN reference nor a limit. Please try again later.",
    tr: "Haso başvuruya ne doğrulama kodu ne de limit ile yanıt verdi. Lütfen daha sonra tekrar deneyin.",
  },
  onboarding_test_mode_only: {
    en: "test_result is only accepted when the plugin's onboarding.testMode is on.",
    tr: "test_result yalnızca eklentinin onboarding.testMode ayarı açıkken kabul edilir.",
  },
  wrong_pin: {
    en: "The PIN is not right. {left} attempts left.",
    tr: "Doğrulama kodu hatalı. {left} deneme hakkınız kaldı.",
  },
  wrong_pin_one: {
    en: "The PIN is not right. {left} attempt left.",
    tr: "Doğrulama kodu hatalı. {left} deneme hakkınız kaldı.",
  },
  too_many_pin_attempts: {
    en: "Too many PIN attempts for this application. Please start again to get a new PIN.",
    tr: "Bu başvuru için çok fazla hatalı kod girildi. Yeni bir kod almak için lütfen yeniden başlayın.",
  },
  too_many_pin_resends: {
    en: "The PIN was sent again too many times. Please start the application again.",
    tr: "Doğrulama kodu çok kez yeniden gönderildi. Lütfen başvuruyu yeniden başlatın.",
  },
  too_many_onboarding_starts: {
    en: "Too many Haso applications. Please try again in {minutes} minutes.",
    tr: "Çok fazla Haso başvurusu yapıldı. Lütfen {minutes} dakika sonra tekrar deneyin.",
  },

  // ---- staff (admin routes and Medusa's own payment actions) ----
  haso_refused: {
    en: "Haso refused to {action}: {reason} ({code})",
    tr: "Haso şu işlemi reddetti: {action}. Gerekçe: {reason} ({code})",
  },
  haso_unavailable_staff: {
    en: "Could not {action}: Haso did not answer ({detail}). Nothing was recorded in Medusa. The plugin checks with Haso and records the outcome by itself if Haso did it; retrying is safe.",
    tr: "{action} yapılamadı: Haso yanıt vermedi ({detail}). Medusa'da hiçbir kayıt oluşturulmadı. Eklenti sonucu Haso'dan kendisi kontrol eder ve Haso işlemi yaptıysa kaydeder; yeniden denemek güvenlidir.",
  },
  haso_unreachable: {
    en: "Could not {action}: Haso did not answer ({detail}). Please try again in a moment.",
    tr: "{action} yapılamadı: Haso yanıt vermedi ({detail}). Lütfen birazdan tekrar deneyin.",
  },
  haso_outcome_pending: {
    en: "Haso's answer to an earlier attempt to {action} is still outstanding. Please wait a minute and try again: the plugin checks with Haso first, so nothing is done twice.",
    tr: "{action} için yapılan önceki denemenin Haso yanıtı henüz netleşmedi. Lütfen bir dakika bekleyip tekrar deneyin: eklenti önce Haso'ya sorar, böylece hiçbir işlem iki kez yapılmaz.",
  },
  haso_outcome_unknown: {
    en: "Haso's answer to an earlier attempt of this operation was lost, so it may already have been recorded at Haso. Check the order's Haso plan; to record it anyway, send it again with a new reference.",
    tr: "Bu işlemin önceki denemesine Haso'nun yanıtı alınamadı; işlem Haso'da kaydedilmiş olabilir. Siparişin Haso planını kontrol edin; yine de kaydetmek için yeni bir referansla tekrar gönderin.",
  },
  haso_answer_lost: {
    en: "Could not {action}: Haso did not answer, so it may or may not have recorded it. Check the order's Haso plan before sending it again; to record it anyway, send it again with a new reference.",
    tr: "{action} yapılamadı: Haso yanıt vermedi; işlem Haso'da kaydedilmiş olabilir ya da olmayabilir. Tekrar göndermeden önce siparişin Haso planını kontrol edin; yine de kaydetmek için yeni bir referansla gönderin.",
  },
  haso_in_progress: {
    en: "The same Haso operation is already in progress.",
    tr: "Aynı Haso işlemi şu anda sürüyor.",
  },
  haso_refund_unrecorded: {
    en: "Haso already made refund {refund_id} of {amount} for an earlier attempt whose answer was lost, and Medusa does not show it yet. Refund exactly {amount} to record it (or use “Sync with Haso” on the order).",
    tr: "Haso, yanıtı alınamayan önceki bir deneme için {amount} tutarındaki {refund_id} iadesini zaten yaptı; Medusa'da henüz görünmüyor. Kaydetmek için tam olarak {amount} iade edin (ya da siparişte “Haso ile eşitle”yi kullanın).",
  },
  haso_refund_too_small: {
    en: "A refund must be at least 0.01 TRY at Haso; {amount} rounds to nothing.",
    tr: "Haso'da iade en az 0,01 TL olmalı; {amount} yuvarlandığında sıfır oluyor.",
  },
  haso_refund_exceeds: {
    en: "Cannot refund {amount}: only {refundable} of this Haso payment is left to refund.",
    tr: "{amount} iade edilemez: bu Haso ödemesinden iade edilebilecek tutar {refundable}.",
  },
  haso_partial_capture: {
    en: "Haso activates a transaction in full, so a Haso payment is captured whole ({amount}). Capture without an amount, or capture it and refund the part you do not keep.",
    tr: "Haso bir işlemi yalnızca tamamıyla aktifleştirir; bu nedenle Haso ödemesi tam tutarla ({amount}) tahsil edilir. Tutar girmeden tahsil edin ya da tahsil edip tutmadığınız kısmı iade edin.",
  },
  haso_transaction_cancelled: {
    en: "Haso transaction {transaction_code} is cancelled and cannot be captured.",
    tr: "{transaction_code} numaralı Haso işlemi iptal edilmiş; tahsil edilemez.",
  },
  haso_transaction_closed: {
    en: "Haso transaction {transaction_code} is in status {status} and can no longer be cancelled.",
    tr: "{transaction_code} numaralı Haso işlemi {status} durumunda; artık iptal edilemez.",
  },
  haso_payment_not_authorized: {
    en: "This payment has no Haso transaction; it was never authorized by Haso.",
    tr: "Bu ödemenin bir Haso işlemi yok; Haso tarafından hiç onaylanmadı.",
  },
  haso_customer_not_found: { en: "Customer {customer_id} was not found.", tr: "{customer_id} numaralı müşteri bulunamadı." },
  haso_customer_not_linked: {
    en: "Customer {customer_id} has no Haso account linked.",
    tr: "{customer_id} numaralı müşteriye bağlı bir Haso hesabı yok.",
  },
  haso_customer_already_linked: {
    en: "Customer {customer_id} is already linked to Haso customer {haso_customer_id}.",
    tr: "{customer_id} numaralı müşteri zaten {haso_customer_id} numaralı Haso müşterisine bağlı.",
  },
  haso_gsm_not_usable: {
    en: "Haso cannot use this number for the customer. Ask for one of the numbers the credit bureau (KKB) knows for them (kkb_phones).",
    tr: "Haso bu numarayı müşteri için kullanamıyor. Kredi Kayıt Bürosu'nda (KKB) kayıtlı numaralardan birini isteyin (kkb_phones).",
  },
  haso_dealer_segment_required: {
    en: "dealer_segment is required: give it, or set the plugin's dealerSegment option.",
    tr: "dealer_segment zorunludur: girin ya da eklentinin dealerSegment seçeneğini ayarlayın.",
  },
  haso_reconciliation_failed: {
    en: "The reconciliation failed; see the server log.",
    tr: "Mutabakat başarısız oldu; sunucu kayıtlarına bakın.",
  },
} satisfies Record<string, Entry>

/** What staff were doing when Haso refused or did not answer, for "Haso refused to …". */
export const HASO_ACTIONS = {
  activate: { en: "activate the Haso transaction", tr: "Haso işlemini aktifleştirme" },
  refund: { en: "refund the Haso transaction", tr: "Haso işlemini iade etme" },
  cancel: { en: "cancel the Haso transaction", tr: "Haso işlemini iptal etme" },
  sync: { en: "bring the payment in step with Haso", tr: "ödemeyi Haso ile eşitleme" },
  report_enforcement: { en: "report the order to enforcement (icra)", tr: "siparişi icraya bildirme" },
  enforcement_payment: { en: "record the enforcement (icra) payment", tr: "icra tahsilatını kaydetme" },
  enforcement_expenses: { en: "record the enforcement (icra) expenses", tr: "icra masraflarını kaydetme" },
  mark_paid: { en: "mark the installments paid", tr: "taksitleri ödendi olarak işaretleme" },
  load_balance: { en: "load the customer's Haso balance", tr: "müşterinin Haso bakiyesini yükleme" },
  suspend: { en: "suspend the customer at Haso", tr: "müşteriyi Haso'da askıya alma" },
  reactivate: { en: "re-activate the customer at Haso", tr: "müşteriyi Haso'da yeniden etkinleştirme" },
  set_limit: { en: "set the customer's Haso limit", tr: "müşterinin Haso limitini belirleme" },
  predefined_limit: { en: "define a predefined Haso limit", tr: "ön tanımlı Haso limiti tanımlama" },
  kds_limit: { en: "send the store's KDS limit to Haso", tr: "mağazanın KDS limitini Haso'ya gönderme" },
  change_phone: { en: "change the customer's mobile number at Haso", tr: "müşterinin Haso'daki cep telefonunu değiştirme" },
  read_plan: { en: "read the Haso plan", tr: "Haso ödeme planını okuma" },
  read_account: { en: "read the customer's Haso account", tr: "müşterinin Haso hesabını okuma" },
  read_rates: { en: "read the installment rates", tr: "taksit oranlarını okuma" },
  reconcile: { en: "reconcile the day with Haso", tr: "günü Haso ile mutabık kılma" },
  read_limit: { en: "read your Haso limit", tr: "Haso limitinizi okuma" },
  list_plans: { en: "list your Haso plans", tr: "Haso ödeme planlarınızı listeleme" },
  list_installments: { en: "list your Haso installments", tr: "Haso taksitlerinizi listeleme" },
  installment_options: { en: "get installment options from Haso", tr: "Haso'dan taksit seçeneklerini alma" },
  onboarding: { en: "start Haso onboarding", tr: "Haso başvurusunu başlatma" },
  onboarding_pin: { en: "confirm the PIN with Haso", tr: "doğrulama kodunu Haso ile onaylama" },
  onboarding_report: { en: "check the credit report with Haso", tr: "kredi raporunu Haso'dan sorgulama" },
  onboarding_resend: { en: "send the PIN again", tr: "doğrulama kodunu yeniden gönderme" },
  pay_outstanding: { en: "pay the outstanding amount with Haso", tr: "kalan tutarı Haso ile ödeme" },
} satisfies Record<string, Entry>

export type HasoAction = keyof typeof HASO_ACTIONS

export function formatHasoAction(action: HasoAction, locale: HasoLocale = "en"): string {
  return HASO_ACTIONS[action][locale]
}

export type HasoMessageCode = keyof typeof HASO_MESSAGES
export type MessageParams = Record<string, string | number>

/** A message in the given language, with `{name}` placeholders filled in. */
export function formatHasoMessage(code: HasoMessageCode, params: MessageParams = {}, locale: HasoLocale = "en"): string {
  const template = HASO_MESSAGES[code][locale]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

export function isHasoMessageCode(code: unknown): code is HasoMessageCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(HASO_MESSAGES, code)
}

// One formatter per language: building an Intl.NumberFormat costs about 35 µs here, formatting with one under 1 µs.
const liraFormats = new Map<HasoLocale, Intl.NumberFormat>()

/** An amount in lira as people read it in that language: `1.234,56 ₺` / `TRY 1,234.56`. */
export function formatLira(amount: number, locale: HasoLocale = "en"): string {
  let format = liraFormats.get(locale)
  if (!format) liraFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "TRY" })))
  return format.format(amount)
}

export { hasoLocale, type HasoLocale }

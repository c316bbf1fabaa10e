import type { HasoLocale } from "./types"

/*
 * Every text a shopper sees, in Turkish and English. `{name}` marks a
 * parameter. Error texts are keyed `error.<code>` by the API's code, so a
 * storefront shows the same words whatever language the server answered in.
 */

const en = {
  "haso.brand": "Haso",
  "haso.tagline": "Buy now, pay later with Haso",
  "common.loading": "Loading…",
  "common.retry": "Try again",
  "common.optional": "(optional)",

  "onboarding.title": "Pay in installments with Haso",
  "onboarding.intro": "Link your Haso account once, then pay for your orders in installments within your Haso limit.",
  "onboarding.first_name": "First name",
  "onboarding.last_name": "Last name",
  "onboarding.tckn": "Turkish ID number (T.C. Kimlik No)",
  "onboarding.tckn_hint": "11 digits. It is sent to Haso only and is not stored by the store.",
  "onboarding.phone": "Mobile phone",
  "onboarding.phone_hint": "Haso sends a verification code by SMS to this number, e.g. 0532 123 45 67.",
  "onboarding.email": "E-mail",
  "onboarding.birth_date": "Date of birth",
  "onboarding.consent":
    "I agree that Haso verifies my identity and checks my credit bureau (KKB) record with my Turkish ID number and mobile phone number, to offer me a limit.",
  "onboarding.submit": "Continue",
  "onboarding.submitting": "Sending…",
  "onboarding.start_again": "Start again",

  "validation.required": "Please fill in this field.",
  "validation.tckn": "Enter a valid Turkish ID number: 11 digits, not starting with 0.",
  "validation.phone": "Enter a Turkish mobile number, e.g. 0532 123 45 67.",
  "validation.email": "Enter a valid e-mail address.",
  "validation.birth_date": "Enter your date of birth; it must be in the past.",
  "validation.consent": "Please give your consent to continue.",
  "validation.pin": "Enter the {length}-digit verification code from the SMS.",

  "pin.title": "Enter the verification code",
  "pin.sent_to": "We sent a verification code by SMS to {phone}.",
  "pin.valid_until": "The code is valid until {time}.",
  "pin.label": "Verification code from the SMS",
  "pin.submit": "Confirm",
  "pin.submitting": "Checking…",
  "pin.resend": "Send the code again",
  "pin.resent": "A new verification code was sent.",

  "pending.title": "Waiting for your credit report",
  "pending.text": "Haso is reviewing your credit bureau (KKB) report. This can take a few minutes; please keep this page open.",
  "approved.title": "Your Haso account is linked",
  "approved.available_limit": "Available limit: {amount}",
  "approved.limit": "Total limit: {amount}",
  "approved.suspended": "Your Haso account is suspended at the moment, so it cannot be used for payments.",
  "rejected.title": "Haso could not offer you a limit",
  "rejected.text": "The credit bureau (KKB) review was not approved. You can pay with another payment method.",

  "installments.count": "{count} installments",
  "installments.single": "Single payment",
  "installments.monthly": "{amount} a month",
  "installments.total": "Total {amount}",
  "installments.fee": "Fee {amount}",
  "installments.no_fee": "No fee",
  "installments.down_payment": "Down payment {amount}",

  "picker.legend": "Choose your Haso installment plan",
  "picker.available_limit": "Your available Haso limit: {amount}",
  "picker.empty": "Haso offers no installment options for this cart.",
  "picker.saving": "Saving your choice…",
  "picker.selected": "{count} installments selected.",
  "picker.selected_single": "Single payment selected.",
  "picker.not_linked": "Link your Haso account to pay for this order in installments.",
  "picker.link": "Link my Haso account",

  "plan.title": "Haso installment plan",
  "plan.transaction": "Transaction {code}",
  "plan.summary": "{count} installments, total {amount}",
  "plan.col.installment": "Installment",
  "plan.col.due_date": "Due date",
  "plan.col.amount": "Amount",
  "plan.col.paid": "Paid",
  "plan.col.status": "Status",
  "plans.title": "My Haso installments",
  "plans.empty": "You have no purchases with Haso yet.",
  "plans.purchase_of": "Purchase of {date}",
  "plans.more": "Show more",

  "status.installment.0": "Unpaid",
  "status.installment.1": "Paid",
  "status.installment.2": "Partly paid",
  "status.installment.3": "Overdue",
  "status.installment.4": "Cancelled",
  "status.transaction.0": "Awaiting order confirmation",
  "status.transaction.1": "Active",
  "status.transaction.2": "Cancelled",
  "status.transaction.3": "Partly refunded",
  "status.transaction.4": "Completed",
  "status.transaction.5": "In legal collection",
  "status.unknown": "Unknown",

  "promo.line": "Up to {count} installments with Haso, from {amount} a month",
  "promo.indicative": "Indicative. Your plan depends on your Haso limit and is shown at checkout.",

  "error.haso_login_required": "Please log in to pay with Haso.",
  "error.haso_not_linked": "Your account is not linked to Haso yet.",
  "error.haso_limit_too_low": "Your available Haso limit is not enough for this cart.",
  "error.haso_suspended": "Your Haso account is suspended at the moment. Please contact Haso.",
  "error.haso_option_not_offered": "This installment option is no longer offered. Please choose again.",
  "error.haso_unavailable": "Haso cannot be reached right now. Please try again in a moment.",
  "error.haso_currency_not_supported": "Haso only takes payments in Turkish lira (TRY).",
  "error.haso_customer_unknown": "Haso does not recognise your account. Please link your Haso account again.",
  "error.H205": "The verification code is not right.",
  "error.H205.attempts": "The verification code is not right. Attempts left: {attempts}.",
  "error.onboarding_expired": "This verification has expired. Please start again.",
  "error.too_many_requests": "Too many attempts. Please try again later.",
  "error.too_many_requests.wait": "Too many attempts. Please try again in {wait}.",
  "error.haso_no_transaction": "This order was not paid with Haso.",
  "error.haso_declined": "Haso did not approve this payment. You can choose another installment option or payment method.",
  "error.unauthorized": "Please log in to continue.",
  "error.network_error": "Could not connect. Please check your connection and try again.",
  "error.unknown": "Something went wrong. Please try again.",
}

export type MessageKey = keyof typeof en

const tr: Record<MessageKey, string> = {
  "haso.brand": "Haso",
  "haso.tagline": "Haso ile Hemen Al Sonra Öde",
  "common.loading": "Yükleniyor…",
  "common.retry": "Tekrar dene",
  "common.optional": "(isteğe bağlı)",

  "onboarding.title": "Haso ile taksitle ödeyin",
  "onboarding.intro": "Haso hesabınızı bir kez bağlayın, siparişlerinizi Haso limitiniz dahilinde taksitle ödeyin.",
  "onboarding.first_name": "Ad",
  "onboarding.last_name": "Soyad",
  "onboarding.tckn": "T.C. Kimlik No",
  "onboarding.tckn_hint": "11 haneli. Yalnızca Haso'ya iletilir, mağaza tarafından saklanmaz.",
  "onboarding.phone": "Cep telefonu",
  "onboarding.phone_hint": "Haso bu numaraya SMS ile doğrulama kodu gönderir. Örnek: 0532 123 45 67",
  "onboarding.email": "E-posta",
  "onboarding.birth_date": "Doğum tarihi",
  "onboarding.consent":
    "Bana limit tanımlanabilmesi için Haso'nun T.C. Kimlik No ve cep telefonu bilgilerimle kimliğimi doğrulamasına ve Kredi Kayıt Bürosu (KKB) kayıtlarımı sorgulamasına onay veriyorum.",
  "onboarding.submit": "Devam et",
  "onboarding.submitting": "Gönderiliyor…",
  "onboarding.start_again": "Yeniden başla",

  "validation.required": "Lütfen bu alanı doldurun.",
  "validation.tckn": "Geçerli bir T.C. Kimlik No girin: 0 ile başlamayan 11 hane.",
  "validation.phone": "Geçerli bir cep telefonu numarası girin. Örnek: 0532 123 45 67",
  "validation.email": "Geçerli bir e-posta adresi girin.",
  "validation.birth_date": "Doğum tarihinizi girin; geçmiş bir tarih olmalıdır.",
  "validation.consent": "Devam etmek için onay vermeniz gerekir.",
  "validation.pin": "SMS ile gelen {length} haneli doğrulama kodunu girin.",

  "pin.title": "Doğrulama kodunu girin",
  "pin.sent_to": "{phone} numaralı cep telefonunuza SMS ile doğrulama kodu gönderdik.",
  "pin.valid_until": "Kod {time} saatine kadar geçerlidir.",
  "pin.label": "SMS ile gelen doğrulama kodu",
  "pin.submit": "Onayla",
  "pin.submitting": "Kontrol ediliyor…",
  "pin.resend": "Kodu tekrar gönder",
  "pin.resent": "Yeni doğrulama kodu gönderildi.",

  "pending.title": "KKB raporunuz bekleniyor",
  "pending.text": "Haso, Kredi Kayıt Bürosu (KKB) raporunuzu değerlendiriyor. Bu birkaç dakika sürebilir; lütfen bu sayfayı kapatmayın.",
  "approved.title": "Haso hesabınız bağlandı",
  "approved.available_limit": "Kullanılabilir limit: {amount}",
  "approved.limit": "Toplam limit: {amount}",
  "approved.suspended": "Haso hesabınız şu anda askıda olduğu için ödemelerde kullanılamıyor.",
  "rejected.title": "Haso size limit tanımlayamadı",
  "rejected.text": "Kredi Kayıt Bürosu (KKB) değerlendirmesi olumlu sonuçlanmadı. Başka bir ödeme yöntemiyle ödeyebilirsiniz.",

  "installments.count": "{count} taksit",
  "installments.single": "Tek ödeme",
  "installments.monthly": "Aylık {amount}",
  "installments.total": "Toplam {amount}",
  "installments.fee": "Vade farkı {amount}",
  "installments.no_fee": "Vade farksız",
  "installments.down_payment": "Peşinat {amount}",

  "picker.legend": "Haso taksit seçeneğinizi belirleyin",
  "picker.available_limit": "Kullanılabilir Haso limitiniz: {amount}",
  "picker.empty": "Haso bu sepet için taksit seçeneği sunmuyor.",
  "picker.saving": "Seçiminiz kaydediliyor…",
  "picker.selected": "{count} taksit seçildi.",
  "picker.selected_single": "Tek ödeme seçildi.",
  "picker.not_linked": "Bu siparişi taksitle ödemek için Haso hesabınızı bağlayın.",
  "picker.link": "Haso hesabımı bağla",

  "plan.title": "Haso taksit planı",
  "plan.transaction": "İşlem {code}",
  "plan.summary": "{count} taksit, toplam {amount}",
  "plan.col.installment": "Taksit",
  "plan.col.due_date": "Son ödeme tarihi",
  "plan.col.amount": "Tutar",
  "plan.col.paid": "Ödenen",
  "plan.col.status": "Durum",
  "plans.title": "Haso taksitlerim",
  "plans.empty": "Henüz Haso ile yaptığınız bir alışveriş yok.",
  "plans.purchase_of": "{date} tarihli alışveriş",
  "plans.more": "Daha fazla göster",

  "status.installment.0": "Ödenmedi",
  "status.installment.1": "Ödendi",
  "status.installment.2": "Kısmen ödendi",
  "status.installment.3": "Gecikmede",
  "status.installment.4": "İptal edildi",
  "status.transaction.0": "Sipariş onayı bekleniyor",
  "status.transaction.1": "Aktif",
  "status.transaction.2": "İptal edildi",
  "status.transaction.3": "Kısmen iade edildi",
  "status.transaction.4": "Tamamlandı",
  "status.transaction.5": "Yasal takipte",
  "status.unknown": "Bilinmiyor",

  // The brief's "aylık ₺X'den başlayan" needs a suffix that follows how the
  // amount is read aloud ('den/'dan/'ten/'tan); this wording needs none.
  "promo.line": "Haso ile {count} aya varan taksit, aylık en düşük taksit {amount}",
  "promo.indicative": "Tahminidir. Taksit planınız Haso limitinize göre ödeme adımında belirlenir.",

  "error.haso_login_required": "Haso ile ödemek için lütfen giriş yapın.",
  "error.haso_not_linked": "Hesabınız henüz Haso'ya bağlı değil.",
  "error.haso_limit_too_low": "Kullanılabilir Haso limitiniz bu sepet için yeterli değil.",
  "error.haso_suspended": "Haso hesabınız şu anda askıda. Lütfen Haso ile iletişime geçin.",
  "error.haso_option_not_offered": "Bu taksit seçeneği artık sunulmuyor. Lütfen yeniden seçin.",
  "error.haso_unavailable": "Haso'ya şu anda ulaşılamıyor. Lütfen biraz sonra tekrar deneyin.",
  "error.haso_currency_not_supported": "Haso ile yalnızca Türk lirası (TL) ödemeler yapılabilir.",
  "error.haso_customer_unknown": "Haso hesabınız bulunamadı. Lütfen Haso hesabınızı yeniden bağlayın.",
  "error.H205": "Doğrulama kodu hatalı.",
  "error.H205.attempts": "Doğrulama kodu hatalı. Kalan deneme hakkınız: {attempts}.",
  "error.onboarding_expired": "Doğrulama süresi doldu. Lütfen yeniden başlayın.",
  "error.too_many_requests": "Çok fazla deneme yapıldı. Lütfen daha sonra tekrar deneyin.",
  "error.too_many_requests.wait": "Çok fazla deneme yapıldı. Lütfen {wait} sonra tekrar deneyin.",
  "error.haso_no_transaction": "Bu sipariş Haso ile ödenmedi.",
  "error.haso_declined": "Haso bu ödemeyi onaylamadı. Başka bir taksit seçeneği veya ödeme yöntemi seçebilirsiniz.",
  "error.unauthorized": "Devam etmek için lütfen giriş yapın.",
  "error.network_error": "Bağlantı kurulamadı. Lütfen internet bağlantınızı kontrol edip tekrar deneyin.",
  "error.unknown": "Bir sorun oluştu. Lütfen tekrar deneyin.",
}

export const messages: Record<HasoLocale, Record<MessageKey, string>> = { en, tr }

/** "tr", "tr-TR", "TR_tr" → Turkish; anything else (or nothing) → English. */
export function resolveLocale(locale: string | null | undefined): HasoLocale {
  return /^tr(?:[-_]|$)/i.test(locale?.trim() ?? "") ? "tr" : "en"
}

export type MessageParams = Record<string, string | number>

/** The text for `key` in the locale, with `{name}` parameters filled in. */
export function t(locale: string | null | undefined, key: MessageKey, params: MessageParams = {}): string {
  const text = messages[resolveLocale(locale)][key] ?? messages.en[key] ?? key
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

export function hasMessage(key: string): key is MessageKey {
  return key in en
}

/** "5 minutes" / "5 dakika", for a wait in seconds. */
export function formatWait(locale: string | null | undefined, seconds: number): string {
  const minutes = seconds >= 120
  const value = minutes ? Math.ceil(seconds / 60) : Math.max(1, Math.round(seconds))
  const tag = resolveLocale(locale) === "tr" ? "tr-TR" : "en-US"
  return new Intl.NumberFormat(tag, { style: "unit", unit: minutes ? "minute" : "second", unitDisplay: "long" }).format(value)
}

/**
 * The words to show for a failure: the kit's text for the API's code when it
 * has one, else the server's own message (already in the requested language
 * when the server translates), else a generic text.
 */
export function errorMessage(
  locale: string | null | undefined,
  error: { code?: string; message?: string; retryAfterSeconds?: number } | null | undefined
): string {
  const code = error?.code
  if (code === "H205") {
    // "The PIN is not right. 2 attempts left." — the count is the only number.
    const attempts = error?.message?.match(/\d+/)?.[0]
    return attempts ? t(locale, "error.H205.attempts", { attempts }) : t(locale, "error.H205")
  }
  if (code === "too_many_requests" && error?.retryAfterSeconds) {
    return t(locale, "error.too_many_requests.wait", { wait: formatWait(locale, error.retryAfterSeconds) })
  }
  if (code && code !== "unknown" && hasMessage(`error.${code}`)) return t(locale, `error.${code}` as MessageKey)
  return error?.message?.trim() || t(locale, "error.unknown")
}

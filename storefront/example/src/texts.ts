/*
 * The storefront's own words. Everything Haso says comes from the kit, in the
 * same language (its locale is this `lang`).
 */

export type Lang = "tr" | "en"

const en = {
  "store.name": "Haso Example Store",
  "nav.products": "Products",
  "nav.checkout": "Cart & checkout",
  "nav.account": "My account",
  "nav.login": "Log in",
  "lang.label": "Language",

  "common.loading": "Loading…",
  "common.error": "Something went wrong: {message}",

  "products.title": "Products",
  "products.empty": "No products yet.",
  "product.add": "Add to cart",
  "product.adding": "Adding…",
  "product.added": "Added to your cart.",
  "product.to_checkout": "Go to checkout",
  "product.not_found": "This product was not found.",
  "product.back": "All products",

  "auth.login_title": "Log in",
  "auth.register_title": "Create an account",
  "auth.email": "E-mail",
  "auth.password": "Password",
  "auth.first_name": "First name",
  "auth.last_name": "Last name",
  "auth.phone": "Mobile phone (optional)",
  "auth.login": "Log in",
  "auth.register": "Create account",
  "auth.working": "Please wait…",
  "auth.to_register": "New here? Create an account",
  "auth.to_login": "Already have an account? Log in",
  "auth.failed": "Could not log in: {message}",
  "auth.register_failed": "Could not create the account: {message}",

  "cart.title": "Your cart",
  "cart.empty": "Your cart is empty.",
  "cart.browse": "Browse products",
  "cart.remove": "Remove",
  "cart.subtotal": "Subtotal",
  "cart.shipping": "Shipping",
  "cart.total": "Total",

  "checkout.title": "Checkout",
  "checkout.login_needed": "Log in or create an account to pay in installments with Haso.",
  "checkout.address": "1. Delivery address",
  "checkout.address_1": "Address (mahalle, street, number)",
  "checkout.province": "Province (il)",
  "checkout.district": "District (ilçe)",
  "checkout.postal_code": "Postal code",
  "checkout.phone": "Mobile phone",
  "checkout.save_address": "Save address",
  "checkout.edit": "Change",
  "checkout.shipping": "2. Shipping",
  "checkout.no_shipping": "No shipping option for this address.",
  "checkout.payment": "3. Payment with Haso",
  "checkout.payment_later": "Fill in the address and choose shipping first.",
  "checkout.linked": "Choose your installment plan below.",
  "checkout.back_to_picker": "Back to the installment options",
  "checkout.place_order": "Place order",
  "checkout.placing": "Placing your order…",
  "checkout.choose_first": "Choose an installment plan to place your order.",
  "checkout.declined": "Your order was not placed.",

  "order.title": "Thank you for your order!",
  "order.number": "Order #{number}",
  "order.sent_to": "We will deliver to:",
  "order.total": "Order total: {amount}",
  "order.account": "See all your orders and installments in your account",

  "account.title": "My account",
  "account.hello": "Hello {name}",
  "account.logout": "Log out",
  "account.orders": "My orders",
  "account.no_orders": "No orders yet.",
  "account.order_line": "Order #{number} · {date} · {amount}",
}

export type TextKey = keyof typeof en

const tr: Record<TextKey, string> = {
  "store.name": "Haso Örnek Mağaza",
  "nav.products": "Ürünler",
  "nav.checkout": "Sepet ve ödeme",
  "nav.account": "Hesabım",
  "nav.login": "Giriş yap",
  "lang.label": "Dil",

  "common.loading": "Yükleniyor…",
  "common.error": "Bir sorun oluştu: {message}",

  "products.title": "Ürünler",
  "products.empty": "Henüz ürün yok.",
  "product.add": "Sepete ekle",
  "product.adding": "Ekleniyor…",
  "product.added": "Sepetinize eklendi.",
  "product.to_checkout": "Ödemeye geç",
  "product.not_found": "Ürün bulunamadı.",
  "product.back": "Tüm ürünler",

  "auth.login_title": "Giriş yap",
  "auth.register_title": "Hesap oluştur",
  "auth.email": "E-posta",
  "auth.password": "Şifre",
  "auth.first_name": "Ad",
  "auth.last_name": "Soyad",
  "auth.phone": "Cep telefonu (isteğe bağlı)",
  "auth.login": "Giriş yap",
  "auth.register": "Hesap oluştur",
  "auth.working": "Lütfen bekleyin…",
  "auth.to_register": "Yeni misiniz? Hesap oluşturun",
  "auth.to_login": "Hesabınız var mı? Giriş yapın",
  "auth.failed": "Giriş yapılamadı: {message}",
  "auth.register_failed": "Hesap oluşturulamadı: {message}",

  "cart.title": "Sepetiniz",
  "cart.empty": "Sepetiniz boş.",
  "cart.browse": "Ürünlere göz atın",
  "cart.remove": "Kaldır",
  "cart.subtotal": "Ara toplam",
  "cart.shipping": "Kargo",
  "cart.total": "Toplam",

  "checkout.title": "Ödeme",
  "checkout.login_needed": "Haso ile taksitle ödemek için giriş yapın ya da hesap oluşturun.",
  "checkout.address": "1. Teslimat adresi",
  "checkout.address_1": "Adres (mahalle, cadde/sokak, no)",
  "checkout.province": "İl",
  "checkout.district": "İlçe",
  "checkout.postal_code": "Posta kodu",
  "checkout.phone": "Cep telefonu",
  "checkout.save_address": "Adresi kaydet",
  "checkout.edit": "Değiştir",
  "checkout.shipping": "2. Kargo",
  "checkout.no_shipping": "Bu adres için kargo seçeneği yok.",
  "checkout.payment": "3. Haso ile ödeme",
  "checkout.payment_later": "Önce adresi girin ve kargoyu seçin.",
  "checkout.linked": "Aşağıdan taksit planınızı seçin.",
  "checkout.back_to_picker": "Taksit seçeneklerine dön",
  "checkout.place_order": "Siparişi tamamla",
  "checkout.placing": "Siparişiniz oluşturuluyor…",
  "checkout.choose_first": "Siparişi tamamlamak için bir taksit planı seçin.",
  "checkout.declined": "Siparişiniz oluşturulamadı.",

  "order.title": "Siparişiniz için teşekkürler!",
  "order.number": "Sipariş #{number}",
  "order.sent_to": "Teslimat adresi:",
  "order.total": "Sipariş toplamı: {amount}",
  "order.account": "Tüm siparişlerinizi ve taksitlerinizi hesabınızda görün",

  "account.title": "Hesabım",
  "account.hello": "Merhaba {name}",
  "account.logout": "Çıkış yap",
  "account.orders": "Siparişlerim",
  "account.no_orders": "Henüz siparişiniz yok.",
  "account.order_line": "Sipariş #{number} · {date} · {amount}",
}

const texts: Record<Lang, Record<TextKey, string>> = { en, tr }

export function text(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return texts[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

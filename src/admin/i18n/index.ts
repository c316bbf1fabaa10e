import en from "./json/en.json"
import tr from "./json/tr.json"

/** The widgets' and settings page's texts; the dashboard merges them and follows the admin user's language. */
export default {
  en: { translation: en },
  tr: { translation: tr },
}

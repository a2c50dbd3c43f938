"""Never twice, never lost (core.idempotency): what a page says when the same form is still
being sent (a double tap on a slow connection). Order: es, bn, zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    "This form is still being sent. Wait a moment, then reload the page.": [
        "Este formulario todavía se está enviando. Espere un momento y vuelva a cargar la página.",
        "ফর্মটি এখনও পাঠানো হচ্ছে। একটু অপেক্ষা করুন, তারপর পেজটি আবার খুলুন।",
        "这份表格还在发送中。请稍等，然后重新加载页面。",
        "Biểu mẫu này vẫn đang được gửi. Hãy đợi một chút rồi tải lại trang.",
        "Bu form hâlâ gönderiliyor. Biraz bekleyin, sonra sayfayı yeniden yükleyin.",
        "ទម្រង់នេះកំពុងផ្ញើនៅឡើយ។ សូមរង់ចាំបន្តិច រួចបើកទំព័រនេះម្តងទៀត។",
        "यह फ़ॉर्म अभी भेजा जा रहा है। थोड़ा रुकें, फिर पेज दोबारा खोलें।",
        "Formulir ini masih sedang dikirim. Tunggu sebentar, lalu muat ulang halaman.",
    ],
}

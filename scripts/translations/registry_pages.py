"""Facility search pages: pages of results and the country filter by name.
Order: es, bn, zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    "Page %(number)s, from result %(first)s:": [
        "Página %(number)s, desde el resultado %(first)s:",
        "পৃষ্ঠা %(number)s, ফলাফল %(first)s থেকে:",
        "第 %(number)s 页，从第 %(first)s 条结果起：",
        "Trang %(number)s, từ kết quả %(first)s:",
        "Sayfa %(number)s, %(first)s. sonuçtan itibaren:",
        "ទំព័រ %(number)s ចាប់ពីលទ្ធផលទី %(first)s៖",
        "पृष्ठ %(number)s, परिणाम %(first)s से:",
        "Halaman %(number)s, mulai dari hasil ke-%(first)s:",
    ],
    "First page": [
        "Primera página", "প্রথম পৃষ্ঠা", "第一页", "Trang đầu", "İlk sayfa", "ទំព័រដំបូង",
        "पहला पृष्ठ", "Halaman pertama",
    ],
    "Next page": [
        "Página siguiente", "পরের পৃষ্ঠা", "下一页", "Trang sau", "Sonraki sayfa", "ទំព័របន្ទាប់",
        "अगला पृष्ठ", "Halaman berikutnya",
    ],
    "Pages of results": [
        "Páginas de resultados", "ফলাফলের পৃষ্ঠাগুলো", "结果分页", "Các trang kết quả",
        "Sonuç sayfaları", "ទំព័រលទ្ធផល", "परिणामों के पृष्ठ", "Halaman hasil",
    ],
    "Country (name or code)": [
        "País (nombre o código)", "দেশ (নাম বা কোড)", "国家（名称或代码）", "Quốc gia (tên hoặc mã)",
        "Ülke (ad veya kod)", "ប្រទេស (ឈ្មោះ ឬកូដ)", "देश (नाम या कोड)", "Negara (nama atau kode)",
    ],
}

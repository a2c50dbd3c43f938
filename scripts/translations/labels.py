# ruff: noqa: E501  (a table of translations: a line per language reads best)
"""Labels for the codes that promise cards and report figures store (core/labels.py).
Order: es, bn, zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    "Consumers": ["Consumidores", "ভোক্তা", "消费者", "Người tiêu dùng", "Tüketiciler", "អ្នកប្រើប្រាស់", "उपभोक्ता", "Konsumen"],
    "Investors": ["Inversores", "বিনিয়োগকারী", "投资者", "Nhà đầu tư", "Yatırımcılar", "វិនិយោគិន", "निवेशक", "Investor"],
    "Regulators": ["Autoridades reguladoras", "নিয়ন্ত্রক সংস্থা", "监管机构", "Cơ quan quản lý", "Düzenleyici kurumlar", "និយតករ", "नियामक", "Regulator"],
    "The public": ["El público", "জনসাধারণ", "公众", "Công chúng", "Kamuoyu", "សាធារណជន", "आम जनता", "Publik"],
    "Own operations": ["Operaciones propias", "নিজস্ব কার্যক্রম", "自身运营", "Hoạt động của chính công ty", "Kendi faaliyetleri", "ប្រតិបត្តិការផ្ទាល់ខ្លួន", "अपने स्वयं के संचालन", "Operasi sendiri"],
    "Tier 1 suppliers": ["Proveedores de primer nivel", "প্রথম স্তরের সরবরাহকারী", "一级供应商", "Nhà cung cấp cấp 1", "Birinci kademe tedarikçiler", "អ្នកផ្គត់ផ្គង់ថ្នាក់ទី ១", "प्रथम स्तर के आपूर्तिकर्ता", "Pemasok tingkat 1"],
    "Tiers 2 to 4": ["Niveles 2 a 4", "দ্বিতীয় থেকে চতুর্থ স্তর", "二至四级", "Cấp 2 đến 4", "2. ila 4. kademe", "ថ្នាក់ទី ២ ដល់ ៤", "स्तर 2 से 4", "Tingkat 2 sampai 4"],
    "Licensees": ["Licenciatarios", "লাইসেন্সধারী", "被许可方", "Bên được cấp phép", "Lisans sahipleri", "អ្នកទទួលអាជ្ញាប័ណ្ណ", "लाइसेंसधारी", "Penerima lisensi"],
    "Fundamental rights not promised": ["Derechos fundamentales no prometidos", "যে মৌলিক অধিকারের প্রতিশ্রুতি দেওয়া হয়নি", "未承诺的基本权利", "Các quyền cơ bản không được cam kết", "Taahhüt edilmeyen temel haklar", "សិទ្ធិជាមូលដ្ឋានដែលមិនបានសន្យា", "मौलिक अधिकार जिनका वादा नहीं किया गया", "Hak dasar yang tidak dijanjikan"],
    "Promised below the international standard": ["Prometido por debajo de la norma internacional", "আন্তর্জাতিক মানের নিচে প্রতিশ্রুতি", "承诺低于国际标准", "Cam kết thấp hơn tiêu chuẩn quốc tế", "Uluslararası standardın altında taahhüt", "សន្យាទាបជាងស្តង់ដារអន្តរជាតិ", "अंतरराष्ट्रीय मानक से कम का वादा", "Dijanjikan di bawah standar internasional"],
    "Promised to no one": ["Prometido a nadie", "কারও কাছে প্রতিশ্রুতি দেওয়া হয়নি", "未向任何人承诺", "Không cam kết với ai", "Kimseye taahhüt edilmemiş", "មិនបានសន្យាចំពោះនរណាម្នាក់", "किसी से वादा नहीं किया गया", "Tidak dijanjikan kepada siapa pun"],
    "No consequence of a breach": ["Sin consecuencia ante un incumplimiento", "লঙ্ঘনের কোনো পরিণতি নেই", "违反后无任何后果", "Không có hậu quả khi vi phạm", "İhlalin bir sonucu yok", "គ្មានផលវិបាកនៃការបំពាន", "उल्लंघन का कोई परिणाम नहीं", "Tidak ada konsekuensi atas pelanggaran"],
    "Newest": ["Más reciente", "সর্বশেষ", "最新", "Mới nhất", "En yeni", "ថ្មីបំផុត", "सबसे नया", "Terbaru"],
    "Cycle": ["Ciclo", "চক্র", "周期", "Chu kỳ", "Dönem", "វដ្ត", "चक्र", "Siklus"],
}  # fmt: skip

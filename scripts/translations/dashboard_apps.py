# ruff: noqa: E501  (a table of translations: a line per language reads best)
"""The dashboard's tiles of audits (open corrective actions, audit imports), states
(referrals), risk (highest risks), reports and purchasing (buyers to rate). Order: es, bn,
zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    # audits
    "Open corrective actions": ["Acciones correctivas abiertas", "চলমান সংশোধনমূলক পদক্ষেপ", "未完成的纠正措施", "Hành động khắc phục đang mở", "Açık düzeltici faaliyetler", "វិធានការកែតម្រូវដែលនៅបើក", "खुली सुधारात्मक कार्रवाइयाँ", "Tindakan perbaikan yang masih terbuka"],
    "No corrective action is open.": ["No hay ninguna acción correctiva abierta.", "কোনো সংশোধনমূলক পদক্ষেপ চলমান নেই।", "没有未完成的纠正措施。", "Không có hành động khắc phục nào đang mở.", "Açık düzeltici faaliyet yok.", "គ្មានវិធានការកែតម្រូវណាដែលនៅបើកទេ។", "कोई सुधारात्मक कार्रवाई खुली नहीं है।", "Tidak ada tindakan perbaikan yang terbuka."],
    "%(facility)s, due %(date)s": ["%(facility)s, vence el %(date)s", "%(facility)s, সময়সীমা %(date)s", "%(facility)s，截止 %(date)s", "%(facility)s, hạn %(date)s", "%(facility)s, son tarih %(date)s", "%(facility)s ផុតកំណត់ %(date)s", "%(facility)s, नियत तारीख़ %(date)s", "%(facility)s, jatuh tempo %(date)s"],
    "Your audit imports": ["Sus importaciones de auditorías", "আপনার অডিট ইমপোর্ট", "您的审核导入", "Các lần nhập đánh giá của bạn", "Denetim içe aktarmalarınız", "ការនាំចូលសវនកម្មរបស់អ្នក", "आपके ऑडिट इम्पोर्ट", "Impor audit Anda"],
    "No audit file imported yet.": ["Todavía no se ha importado ningún archivo de auditorías.", "এখনও কোনো অডিট ফাইল ইমপোর্ট করা হয়নি।", "尚未导入任何审核文件。", "Chưa nhập tệp đánh giá nào.", "Henüz denetim dosyası içe aktarılmadı.", "មិនទាន់មានឯកសារសវនកម្មណាត្រូវបាននាំចូលនៅឡើយទេ។", "अभी तक कोई ऑडिट फ़ाइल इम्पोर्ट नहीं हुई।", "Belum ada berkas audit yang diimpor."],
    # states
    "Referrals to your inspectorate": ["Remisiones a su inspección del trabajo", "আপনার পরিদর্শন দপ্তরে পাঠানো রেফারেল", "转介给贵监察机构的案件", "Các chuyển giao tới cơ quan thanh tra của bạn", "Kurumunuza yapılan sevkler", "ការបញ្ជូនមកអធិការកិច្ចរបស់អ្នក", "आपके निरीक्षणालय को भेजे गए रेफ़रल", "Rujukan ke lembaga pengawas Anda"],
    "Referrals to labour inspectorates": ["Remisiones a las inspecciones del trabajo", "শ্রম পরিদর্শন দপ্তরে পাঠানো রেফারেল", "转介给劳动监察机构的案件", "Các chuyển giao tới cơ quan thanh tra lao động", "İş teftiş kurumlarına yapılan sevkler", "ការបញ្ជូនទៅអធិការកិច្ចការងារ", "श्रम निरीक्षणालयों को भेजे गए रेफ़रल", "Rujukan ke lembaga pengawas ketenagakerjaan"],
    "No referral waits.": ["Ninguna remisión está pendiente.", "কোনো রেফারেল অপেক্ষায় নেই।", "没有待处理的转介。", "Không có chuyển giao nào đang chờ.", "Bekleyen sevk yok.", "គ្មានការបញ្ជូនណារង់ចាំទេ។", "कोई रेफ़रल प्रतीक्षा में नहीं है।", "Tidak ada rujukan yang menunggu."],
    "%(state)s, due %(date)s": ["%(state)s, vence el %(date)s", "%(state)s, সময়সীমা %(date)s", "%(state)s，截止 %(date)s", "%(state)s, hạn %(date)s", "%(state)s, son tarih %(date)s", "%(state)s ផុតកំណត់ %(date)s", "%(state)s, नियत तारीख़ %(date)s", "%(state)s, jatuh tempo %(date)s"],
    # risk
    "Your highest risks": ["Sus riesgos más altos", "আপনার সর্বোচ্চ ঝুঁকি", "您的最高风险", "Các rủi ro cao nhất của bạn", "En yüksek riskleriniz", "ហានិភ័យខ្ពស់បំផុតរបស់អ្នក", "आपके सबसे ऊँचे जोखिम", "Risiko tertinggi Anda"],
    "No risk computed yet.": ["Todavía no se ha calculado ningún riesgo.", "এখনও কোনো ঝুঁকি হিসাব করা হয়নি।", "尚未计算任何风险。", "Chưa tính rủi ro nào.", "Henüz risk hesaplanmadı.", "មិនទាន់បានគណនាហានិភ័យណាមួយនៅឡើយទេ។", "अभी तक किसी जोखिम की गणना नहीं हुई।", "Belum ada risiko yang dihitung."],
    "Open the register": ["Abrir el registro", "নিবন্ধন খুলুন", "打开登记册", "Mở sổ đăng ký", "Kaydı aç", "បើកបញ្ជី", "रजिस्टर खोलें", "Buka daftar"],
    "%(right)s: %(place)s": ["%(right)s: %(place)s", "%(right)s: %(place)s", "%(right)s：%(place)s", "%(right)s: %(place)s", "%(right)s: %(place)s", "%(right)s៖ %(place)s", "%(right)s: %(place)s", "%(right)s: %(place)s"],
    "%(status)s, severity %(n)s": ["%(status)s, gravedad %(n)s", "%(status)s, গুরুতরতা %(n)s", "%(status)s，严重程度 %(n)s", "%(status)s, mức nghiêm trọng %(n)s", "%(status)s, ağırlık %(n)s", "%(status)s កម្រិតធ្ងន់ធ្ងរ %(n)s", "%(status)s, गंभीरता %(n)s", "%(status)s, keparahan %(n)s"],
    # reports
    "Your reports": ["Sus informes", "আপনার প্রতিবেদন", "您的报告", "Các báo cáo của bạn", "Raporlarınız", "របាយការណ៍របស់អ្នក", "आपकी रिपोर्टें", "Laporan Anda"],
    "%(framework)s, draft": ["%(framework)s, borrador", "%(framework)s, খসড়া", "%(framework)s，草稿", "%(framework)s, bản nháp", "%(framework)s, taslak", "%(framework)s សេចក្ដីព្រាង", "%(framework)s, मसौदा", "%(framework)s, draf"],
    "%(framework)s, published": ["%(framework)s, publicado", "%(framework)s, প্রকাশিত", "%(framework)s，已发布", "%(framework)s, đã công bố", "%(framework)s, yayımlandı", "%(framework)s បានផ្សព្វផ្សាយ", "%(framework)s, प्रकाशित", "%(framework)s, dipublikasikan"],
    # purchasing
    "%(cycle)s, open until %(date)s": ["%(cycle)s, abierto hasta el %(date)s", "%(cycle)s, %(date)s পর্যন্ত খোলা", "%(cycle)s，开放至 %(date)s", "%(cycle)s, mở đến %(date)s", "%(cycle)s, %(date)s tarihine kadar açık", "%(cycle)s បើករហូតដល់ %(date)s", "%(cycle)s, %(date)s तक खुला", "%(cycle)s, dibuka hingga %(date)s"],
    "You have rated every buyer in this cycle.": ["Ya ha valorado a todos sus compradores en este ciclo.", "এই চক্রে আপনি সব ক্রেতার মূল্যায়ন করেছেন।", "您已在本周期内评价了所有买方。", "Bạn đã đánh giá mọi người mua trong kỳ này.", "Bu dönemde tüm alıcılarınızı puanladınız.", "អ្នកបានវាយតម្លៃអ្នកទិញទាំងអស់ក្នុងវដ្តនេះហើយ។", "इस चक्र में आपने सभी खरीदारों को रेटिंग दे दी है।", "Anda sudah menilai semua pembeli dalam siklus ini."],
}

P: dict[str, list[list[str]]] = {
    "%(framework)s, draft: %(n)s question still needs words": [
        ["%(framework)s, borrador: falta responder %(n)s pregunta", "%(framework)s, borrador: faltan por responder %(n)s preguntas"],
        ["%(framework)s, খসড়া: %(n)sটি প্রশ্নের উত্তর লেখা বাকি", "%(framework)s, খসড়া: %(n)sটি প্রশ্নের উত্তর লেখা বাকি"],
        ["%(framework)s，草稿：还有 %(n)s 个问题待填写"],
        ["%(framework)s, bản nháp: còn %(n)s câu hỏi cần viết"],
        ["%(framework)s, taslak: %(n)s soru hâlâ yanıt bekliyor", "%(framework)s, taslak: %(n)s soru hâlâ yanıt bekliyor"],
        ["%(framework)s សេចក្ដីព្រាង៖ នៅសល់សំណួរ %(n)s ដែលត្រូវសរសេរ"],
        ["%(framework)s, मसौदा: %(n)s प्रश्न का उत्तर लिखना बाकी है", "%(framework)s, मसौदा: %(n)s प्रश्नों के उत्तर लिखना बाकी है"],
        ["%(framework)s, draf: %(n)s pertanyaan masih perlu diisi"],
    ],
}

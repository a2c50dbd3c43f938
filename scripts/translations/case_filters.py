# ruff: noqa: E501  (a table of translations: a line per language reads best)
"""The handler's case list: filters, search and pages (issue 21). Order: es, bn, zh_Hans, vi,
tr, km, hi, id."""

T: dict[str, list[str]] = {
    "Reference or workplace": ["Referencia o lugar de trabajo", "রেফারেন্স বা কর্মস্থল", "编号或工作场所", "Mã tham chiếu hoặc nơi làm việc", "Referans veya işyeri", "លេខយោង ឬកន្លែងធ្វើការ", "संदर्भ संख्या या कार्यस्थल", "Nomor referensi atau tempat kerja"],
    "Channel": ["Canal", "মাধ্যম", "渠道", "Kênh", "Kanal", "មធ្យោបាយ", "माध्यम", "Saluran"],
    "Received from": ["Recibido desde", "যেদিন থেকে পাওয়া", "接收日期自", "Nhận từ ngày", "Alınma tarihi (başlangıç)", "ទទួលចាប់ពី", "प्राप्ति की तारीख से", "Diterima sejak"],
    "Received until": ["Recibido hasta", "যেদিন পর্যন্ত পাওয়া", "接收日期至", "Nhận đến ngày", "Alınma tarihi (bitiş)", "ទទួលរហូតដល់", "प्राप्ति की तारीख तक", "Diterima hingga"],
    "Assigned to me": ["Asignados a mí", "আমার দায়িত্বে থাকা", "分配给我的", "Được giao cho tôi", "Bana atananlar", "ដែលបានប្រគល់ឱ្យខ្ញុំ", "मुझे सौंपे गए", "Ditugaskan kepada saya"],
    "Overdue only": ["Solo vencidos", "শুধু সময়সীমা পেরোনো", "仅显示逾期", "Chỉ các vụ quá hạn", "Yalnızca süresi geçenler", "តែករណីហួសកាលកំណត់", "केवल समय-सीमा पार वाले", "Hanya yang terlambat"],
    "Any state": ["Cualquier estado", "যেকোনো অবস্থা", "任何状态", "Mọi trạng thái", "Tüm durumlar", "គ្រប់ស្ថានភាព", "कोई भी स्थिति", "Semua status"],
    "Any right": ["Cualquier derecho", "যেকোনো অধিকার", "任何权利", "Mọi quyền", "Tüm haklar", "គ្រប់សិទ្ធិ", "कोई भी अधिकार", "Semua hak"],
    "Any channel": ["Cualquier canal", "যেকোনো মাধ্যম", "任何渠道", "Mọi kênh", "Tüm kanallar", "គ្រប់មធ្យោបាយ", "कोई भी माध्यम", "Semua saluran"],
    "The end of the period comes before its start.": ["El final del período es anterior a su inicio.", "সময়কালের শেষ তারিখ শুরুর তারিখের আগে পড়েছে।", "时间段的结束日期早于开始日期。", "Ngày kết thúc của khoảng thời gian đứng trước ngày bắt đầu.", "Dönemin bitişi başlangıcından önce.", "ថ្ងៃបញ្ចប់នៃរយៈពេលមុនថ្ងៃចាប់ផ្ដើម។", "अवधि का अंत उसकी शुरुआत से पहले है।", "Akhir periode jatuh sebelum awalnya."],
    "Filter cases": ["Filtrar casos", "অভিযোগ ছাঁকুন", "筛选案件", "Lọc vụ việc", "Başvuruları filtrele", "ត្រងករណី", "मामले छाँटें", "Saring kasus"],
    "Some filters could not be used:": ["Algunos filtros no se pudieron usar:", "কিছু ছাঁকনি ব্যবহার করা যায়নি:", "部分筛选条件无法使用：", "Không dùng được một số bộ lọc:", "Bazı filtreler kullanılamadı:", "តម្រងខ្លះមិនអាចប្រើបានទេ៖", "कुछ फ़िल्टर इस्तेमाल नहीं हो सके:", "Beberapa saringan tidak dapat digunakan:"],
    "Clear the filters": ["Quitar los filtros", "ছাঁকনি মুছে ফেলুন", "清除筛选条件", "Xóa bộ lọc", "Filtreleri temizle", "សម្អាតតម្រង", "फ़िल्टर हटाएँ", "Hapus saringan"],
    "filtered": ["filtrados", "ছাঁকা", "已筛选", "đã lọc", "filtrelenmiş", "បានត្រង", "छाँटे गए", "tersaring"],
    "No case matches these filters.": ["Ningún caso coincide con estos filtros.", "এই ছাঁকনির সঙ্গে মেলে এমন কোনো অভিযোগ নেই।", "没有符合这些筛选条件的案件。", "Không có vụ việc nào khớp với các bộ lọc này.", "Bu filtrelere uyan başvuru yok.", "គ្មានករណីណាត្រូវនឹងតម្រងទាំងនេះទេ។", "इन फ़िल्टरों से कोई मामला मेल नहीं खाता।", "Tidak ada kasus yang cocok dengan saringan ini."],
    "Pages": ["Páginas", "পাতা", "页码", "Trang", "Sayfalar", "ទំព័រ", "पेज", "Halaman"],
    "Previous page": ["Página anterior", "আগের পাতা", "上一页", "Trang trước", "Önceki sayfa", "ទំព័រមុន", "पिछला पेज", "Halaman sebelumnya"],
    "Page %(n)s of %(total)s": ["Página %(n)s de %(total)s", "%(total)s পাতার মধ্যে %(n)s", "第 %(n)s 页，共 %(total)s 页", "Trang %(n)s / %(total)s", "Sayfa %(n)s / %(total)s", "ទំព័រ %(n)s នៃ %(total)s", "%(total)s में से पेज %(n)s", "Halaman %(n)s dari %(total)s"],
}

P: dict[str, list[list[str]]] = {
    "%(counter)s case": [
        ["%(counter)s caso", "%(counter)s casos"],
        ["%(counter)sটি অভিযোগ", "%(counter)sটি অভিযোগ"],
        ["%(counter)s 个案件"],
        ["%(counter)s vụ việc"],
        ["%(counter)s başvuru", "%(counter)s başvuru"],
        ["ករណី %(counter)s"],
        ["%(counter)s मामला", "%(counter)s मामले"],
        ["%(counter)s kasus"],
    ],
}

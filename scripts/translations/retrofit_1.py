"""Strings of the pages built before the nine-language rule (issue 21), batch 1.
Order: es, bn, zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    "Audits file (CSV, XLSX or JSON)": [
        "Archivo de auditorías (CSV, XLSX o JSON)", "অডিটের ফাইল (CSV, XLSX বা JSON)",
        "审核文件（CSV、XLSX 或 JSON）", "Tệp các cuộc đánh giá (CSV, XLSX hoặc JSON)",
        "Denetim dosyası (CSV, XLSX veya JSON)", "ឯកសារសវនកម្ម (CSV, XLSX ឬ JSON)",
        "ऑडिट फ़ाइल (CSV, XLSX या JSON)", "Berkas audit (CSV, XLSX, atau JSON)",
    ],
    "Root cause": [
        "Causa raíz", "মূল কারণ", "根本原因", "Nguyên nhân gốc", "Kök neden", "មូលហេតុដើម",
        "मूल कारण", "Akar masalah",
    ],
    "Root cause, explained": [
        "Causa raíz, explicada", "মূল কারণের ব্যাখ্যা", "根本原因说明", "Giải thích nguyên nhân gốc",
        "Kök neden açıklaması", "ការពន្យល់អំពីមូលហេតុដើម", "मूल कारण का विवरण", "Penjelasan akar masalah",
    ],
    "Outcome": [
        "Resultado", "ফলাফল", "结果", "Kết quả", "Sonuç", "លទ្ធផល", "परिणाम", "Hasil",
    ],
    "Not done: send back": [
        "No hecho: devolver", "সম্পন্ন হয়নি: ফেরত পাঠান", "未完成：退回", "Chưa làm xong: gửi trả lại",
        "Yapılmamış: geri gönder", "មិនទាន់ធ្វើរួច៖ ផ្ញើត្រឡប់វិញ", "पूरा नहीं हुआ: वापस भेजें",
        "Belum selesai: kembalikan",
    ],
    "How": [
        "Cómo", "কীভাবে", "方式", "Cách thức", "Nasıl", "របៀប", "कैसे", "Cara",
    ],
    "Comment": [
        "Comentario", "মন্তব্য", "评论", "Nhận xét", "Yorum", "មតិ", "टिप्पणी", "Komentar",
    ],
    "Document (PDF, image, CSV, XLSX, text)": [
        "Documento (PDF, imagen, CSV, XLSX, texto)", "নথি (PDF, ছবি, CSV, XLSX, টেক্সট)",
        "文件（PDF、图片、CSV、XLSX、文本）", "Tài liệu (PDF, hình ảnh, CSV, XLSX, văn bản)",
        "Belge (PDF, görsel, CSV, XLSX, metin)", "ឯកសារ (PDF, រូបភាព, CSV, XLSX, អត្ថបទ)",
        "दस्तावेज़ (PDF, चित्र, CSV, XLSX, टेक्स्ट)", "Dokumen (PDF, gambar, CSV, XLSX, teks)",
    ],
    "Kind": [
        "Tipo", "ধরন", "类型", "Loại", "Tür", "ប្រភេទ", "प्रकार", "Jenis",
    ],
    "Rights (codes, comma-separated)": [
        "Derechos (códigos, separados por comas)", "অধিকার (কোড, কমা দিয়ে আলাদা করে)",
        "权利（代码，用逗号分隔）", "Quyền (mã, cách nhau bằng dấu phẩy)",
        "Haklar (kodlar, virgülle ayrılmış)", "សិទ្ធិ (កូដ បំបែកដោយសញ្ញាក្បៀស)",
        "अधिकार (कोड, अल्पविराम से अलग)", "Hak (kode, dipisahkan koma)",
    ],
    "Women workers taking part": [
        "Trabajadoras participantes", "অংশগ্রহণকারী নারী শ্রমিক", "参加的女工", "Số nữ công nhân tham gia",
        "Katılan kadın işçiler", "កម្មករស្ត្រីដែលចូលរួម", "भाग लेने वाली महिला मज़दूर",
        "Pekerja perempuan yang ikut",
    ],
    "Men workers taking part": [
        "Trabajadores varones participantes", "অংশগ্রহণকারী পুরুষ শ্রমিক", "参加的男工",
        "Số nam công nhân tham gia", "Katılan erkek işçiler", "កម្មករប្រុសដែលចូលរួម",
        "भाग लेने वाले पुरुष मज़दूर", "Pekerja laki-laki yang ikut",
    ],
    "Managers and supervisors taking part": [
        "Gerentes y supervisores participantes", "অংশগ্রহণকারী ব্যবস্থাপক ও সুপারভাইজার",
        "参加的管理人员和主管", "Số quản lý và tổ trưởng tham gia", "Katılan yöneticiler ve ustabaşılar",
        "អ្នកគ្រប់គ្រង និងប្រធានក្រុមដែលចូលរួម", "भाग लेने वाले प्रबंधक और सुपरवाइज़र",
        "Manajer dan penyelia yang ikut",
    ],
    "Corrective actions it serves (IDs, comma-separated)": [
        "Acciones correctivas a las que sirve (ID, separados por comas)",
        "যে সংশোধনমূলক পদক্ষেপগুলোর জন্য এটি (ID, কমা দিয়ে আলাদা করে)",
        "所服务的纠正措施（ID，用逗号分隔）", "Các hành động khắc phục mà hoạt động này phục vụ (ID, cách nhau bằng dấu phẩy)",
        "Hizmet ettiği düzeltici faaliyetler (ID'ler, virgülle ayrılmış)",
        "វិធានការកែតម្រូវដែលវាបម្រើ (ID បំបែកដោយសញ្ញាក្បៀស)",
        "जिन सुधारात्मक कार्रवाइयों के लिए है (ID, अल्पविराम से अलग)",
        "Tindakan perbaikan yang didukungnya (ID, dipisahkan koma)",
    ],
    "Announced": [
        "Anunciada", "পূর্বঘোষিত", "预先通知", "Có báo trước", "Duyurulu", "មានជូនដំណឹងជាមុន",
        "पूर्व सूचना सहित", "Diumumkan",
    ],
    "Semi-announced": [
        "Semianunciada", "আংশিক পূর্বঘোষিত", "半通知", "Báo trước một phần", "Yarı duyurulu",
        "ជូនដំណឹងជាមុនខ្លះៗ", "आंशिक पूर्व सूचना", "Semi-diumumkan",
    ],
    "Unannounced": [
        "No anunciada", "অঘোষিত", "不预先通知", "Không báo trước", "Duyurusuz", "គ្មានជូនដំណឹងជាមុន",
        "बिना पूर्व सूचना", "Tidak diumumkan",
    ],
    "Public summary only": [
        "Solo resumen público", "শুধু সর্বজনীন সারসংক্ষেপ", "仅公开摘要", "Chỉ công khai bản tóm tắt",
        "Yalnızca kamuya açık özet", "តែសេចក្តីសង្ខេបសាធារណៈប៉ុណ្ណោះ", "केवल सार्वजनिक सारांश",
        "Hanya ringkasan publik",
    ],
    "Fully public": [
        "Totalmente público", "সম্পূর্ণ সর্বজনীন", "完全公开", "Công khai toàn bộ", "Tamamen kamuya açık",
        "សាធារណៈទាំងស្រុង", "पूरी तरह सार्वजनिक", "Sepenuhnya publik",
    ],
    "Zero tolerance": [
        "Tolerancia cero", "শূন্য সহনশীলতা", "零容忍", "Không khoan nhượng", "Sıfır tolerans",
        "មិនអត់ឱនដាច់ខាត", "शून्य सहनशीलता", "Toleransi nol",
    ],
    "Critical": [
        "Crítico", "সংকটজনক", "严重", "Nghiêm trọng", "Kritik", "ធ្ងន់ធ្ងរខ្លាំង", "गंभीर", "Kritis",
    ],
    "Major": [
        "Mayor", "বড়", "主要", "Lớn", "Büyük", "ធំ", "प्रमुख", "Mayor",
    ],
    "Minor": [
        "Menor", "ছোট", "轻微", "Nhỏ", "Küçük", "តូច", "मामूली", "Minor",
    ],
    "Management system": [
        "Sistema de gestión", "ব্যবস্থাপনা পদ্ধতি", "管理体系", "Hệ thống quản lý", "Yönetim sistemi",
        "ប្រព័ន្ធគ្រប់គ្រង", "प्रबंधन प्रणाली", "Sistem manajemen",
    ],
    "Awareness or training": [
        "Sensibilización o formación", "সচেতনতা বা প্রশিক্ষণ", "意识或培训", "Nhận thức hoặc đào tạo",
        "Farkındalık veya eğitim", "ការយល់ដឹង ឬវគ្គបណ្តុះបណ្តាល", "जागरूकता या प्रशिक्षण",
        "Kesadaran atau pelatihan",
    ],
    "Building or equipment": [
        "Edificio o equipos", "ভবন বা যন্ত্রপাতি", "建筑或设备", "Nhà xưởng hoặc thiết bị", "Bina veya ekipman",
        "អគារ ឬឧបករណ៍", "भवन या उपकरण", "Bangunan atau peralatan",
    ],
    "Recruitment or labour market": [
        "Contratación o mercado laboral", "নিয়োগ বা শ্রমবাজার", "招聘或劳动力市场", "Tuyển dụng hoặc thị trường lao động",
        "İşe alım veya işgücü piyasası", "ការជ្រើសរើសបុគ្គលិក ឬទីផ្សារការងារ", "भर्ती या श्रम बाज़ार",
        "Perekrutan atau pasar kerja",
    ],
    "Not yet known": [
        "Aún no se sabe", "এখনো জানা নেই", "尚不清楚", "Chưa biết", "Henüz bilinmiyor", "មិនទាន់ដឹងនៅឡើយ",
        "अभी पता नहीं", "Belum diketahui",
    ],
    "Follow-up audit": [
        "Auditoría de seguimiento", "ফলো-আপ অডিট", "跟进审核", "Đánh giá lại", "Takip denetimi",
        "សវនកម្មតាមដាន", "अनुवर्ती ऑडिट", "Audit lanjutan",
    ],
    "Document review": [
        "Revisión de documentos", "নথি পর্যালোচনা", "文件审查", "Xem xét tài liệu", "Belge incelemesi",
        "ការពិនិត្យឯកសារ", "दस्तावेज़ों की समीक्षा", "Pemeriksaan dokumen",
    ],
    "Worker interviews": [
        "Entrevistas con trabajadores", "শ্রমিকদের সাক্ষাৎকার", "工人访谈", "Phỏng vấn công nhân",
        "İşçilerle görüşmeler", "ការសម្ភាសន៍កម្មករ", "मज़दूरों से बातचीत", "Wawancara pekerja",
    ],
    "Programme": [
        "Programa", "কর্মসূচি", "项目", "Chương trình", "Program", "កម្មវិធី", "कार्यक्रम", "Program",
    ],
    "Worker–management committee": [
        "Comité de trabajadores y dirección", "শ্রমিক–ব্যবস্থাপনা কমিটি", "劳资委员会",
        "Ủy ban công nhân – quản lý", "İşçi–yönetim komitesi", "គណៈកម្មាធិការកម្មករ–អ្នកគ្រប់គ្រង",
        "मज़दूर–प्रबंधन समिति", "Komite pekerja–manajemen",
    ],
    "Queued": [
        "En cola", "সারিতে অপেক্ষমাণ", "排队中", "Đang chờ", "Sırada", "កំពុងរង់ចាំក្នុងជួរ", "कतार में",
        "Dalam antrean",
    ],
    "Processing": [
        "En proceso", "প্রক্রিয়াধীন", "处理中", "Đang xử lý", "İşleniyor", "កំពុងដំណើរការ", "प्रक्रिया में",
        "Sedang diproses",
    ],
    "Failed": [
        "Falló", "ব্যর্থ হয়েছে", "失败", "Thất bại", "Başarısız", "បរាជ័យ", "विफल", "Gagal",
    ],
    "%(scheme)s audit of %(date)s: %(what)s": [
        "Auditoría %(scheme)s del %(date)s: %(what)s", "%(date)s তারিখের %(scheme)s অডিট: %(what)s",
        "%(date)s 的 %(scheme)s 审核：%(what)s", "Cuộc đánh giá %(scheme)s ngày %(date)s: %(what)s",
        "%(date)s tarihli %(scheme)s denetimi: %(what)s", "សវនកម្ម %(scheme)s ថ្ងៃទី %(date)s៖ %(what)s",
        "%(date)s का %(scheme)s ऑडिट: %(what)s", "Audit %(scheme)s tanggal %(date)s: %(what)s",
    ],
    "no worker was interviewed.": [
        "no se entrevistó a ningún trabajador.", "কোনো শ্রমিকের সাক্ষাৎকার নেওয়া হয়নি।",
        "没有访谈任何工人。", "không có công nhân nào được phỏng vấn.", "hiçbir işçiyle görüşülmedi.",
        "គ្មានកម្មករណាម្នាក់ត្រូវបានសម្ភាសន៍ទេ។", "किसी भी मज़दूर से बात नहीं की गई।",
        "tidak ada pekerja yang diwawancarai.",
    ],
    "workers were interviewed only on site.": [
        "los trabajadores solo fueron entrevistados en la planta.",
        "শ্রমিকদের সাক্ষাৎকার শুধু কারখানার ভেতরে নেওয়া হয়েছে।", "只在厂内访谈了工人。",
        "công nhân chỉ được phỏng vấn tại cơ sở.", "işçilerle yalnızca tesiste görüşüldü.",
        "កម្មករត្រូវបានសម្ភាសន៍តែនៅក្នុងរោងចក្រប៉ុណ្ណោះ។", "मज़दूरों से केवल फ़ैक्टरी में ही बात की गई।",
        "pekerja hanya diwawancarai di lokasi.",
    ],
    "Every audit of this facility (%(n)d) was announced in advance.": [
        "Todas las auditorías de esta instalación (%(n)d) se anunciaron con antelación.",
        "এই কারখানার প্রতিটি অডিট (%(n)d) আগে থেকে জানিয়ে করা হয়েছে।",
        "该工厂的所有审核（%(n)d 次）均为预先通知。",
        "Mọi cuộc đánh giá tại cơ sở này (%(n)d) đều được báo trước.",
        "Bu tesisin tüm denetimleri (%(n)d) önceden bildirildi.",
        "សវនកម្មទាំងអស់នៃរោងចក្រនេះ (%(n)d) ត្រូវបានជូនដំណឹងជាមុន។",
        "इस फ़ैक्टरी का हर ऑडिट (%(n)d) पहले से सूचना देकर किया गया।",
        "Semua audit fasilitas ini (%(n)d) diumumkan sebelumnya.",
    ],
    "No finding on %(right)s although %(source)s on it were open during the audit.": [
        "Ningún hallazgo sobre %(right)s, aunque había %(source)s abiertos al respecto durante la auditoría.",
        "%(right)s বিষয়ে কোনো পর্যবেক্ষণ নেই, যদিও অডিটের সময় এ বিষয়ে %(source)s খোলা ছিল।",
        "没有关于 %(right)s 的审核发现，尽管审核期间有相关的 %(source)s 尚未结案。",
        "Không có phát hiện nào về %(right)s dù trong lúc đánh giá vẫn còn %(source)s về vấn đề này đang mở.",
        "Denetim sırasında %(right)s konusunda açık %(source)s olmasına rağmen bu konuda bulgu yok.",
        "គ្មានការរកឃើញអំពី %(right)s ទេ ទោះបីមាន %(source)s អំពីវានៅបើកចំហក្នុងអំឡុងសវនកម្មក៏ដោយ។",
        "%(right)s पर कोई निष्कर्ष नहीं, जबकि ऑडिट के दौरान इस पर %(source)s खुले थे।",
        "Tidak ada temuan tentang %(right)s padahal ada %(source)s tentangnya yang masih terbuka selama audit.",
    ],
    "Finding %(n)d of the audit of %(date)s (%(right)s) is gone, but no action on it was verified.": [
        "El hallazgo %(n)d de la auditoría del %(date)s (%(right)s) ya no aparece, pero no se verificó ninguna acción al respecto.",
        "%(date)s তারিখের অডিটের পর্যবেক্ষণ %(n)d (%(right)s) আর নেই, কিন্তু এ বিষয়ে কোনো পদক্ষেপ যাচাই করা হয়নি।",
        "%(date)s 审核的第 %(n)d 项发现（%(right)s）已消失，但没有任何相关措施经过核实。",
        "Phát hiện %(n)d của cuộc đánh giá ngày %(date)s (%(right)s) không còn nữa, nhưng không có hành động nào về nó được xác minh.",
        "%(date)s tarihli denetimin %(n)d numaralı bulgusu (%(right)s) artık yok, ancak bununla ilgili hiçbir faaliyet doğrulanmadı.",
        "ការរកឃើញទី %(n)d នៃសវនកម្មថ្ងៃទី %(date)s (%(right)s) បានបាត់ទៅហើយ ប៉ុន្តែគ្មានវិធានការណាមួយលើវាត្រូវបានផ្ទៀងផ្ទាត់ទេ។",
        "%(date)s के ऑडिट का निष्कर्ष %(n)d (%(right)s) अब नहीं है, लेकिन उस पर किसी कार्रवाई का सत्यापन नहीं हुआ।",
        "Temuan %(n)d dari audit tanggal %(date)s (%(right)s) sudah hilang, tetapi tidak ada tindakan atasnya yang diverifikasi.",
    ],
    "%(firm)s finds %(rate).1f issues per audit in %(country)s (%(scheme)s); other firms find %(peer).1f.": [
        "%(firm)s encuentra %(rate).1f problemas por auditoría en %(country)s (%(scheme)s); otras firmas encuentran %(peer).1f.",
        "%(firm)s %(country)s-এ (%(scheme)s) প্রতি অডিটে %(rate).1fটি সমস্যা পায়; অন্য প্রতিষ্ঠানগুলো পায় %(peer).1fটি।",
        "%(firm)s 在 %(country)s（%(scheme)s）每次审核发现 %(rate).1f 个问题；其他机构发现 %(peer).1f 个。",
        "%(firm)s phát hiện %(rate).1f vấn đề mỗi cuộc đánh giá tại %(country)s (%(scheme)s); các đơn vị khác phát hiện %(peer).1f.",
        "%(firm)s, %(country)s'de (%(scheme)s) denetim başına %(rate).1f sorun buluyor; diğer firmalar %(peer).1f buluyor.",
        "%(firm)s រកឃើញបញ្ហា %(rate).1f ក្នុងមួយសវនកម្មនៅ %(country)s (%(scheme)s); ក្រុមហ៊ុនផ្សេងទៀតរកឃើញ %(peer).1f។",
        "%(firm)s को %(country)s (%(scheme)s) में प्रति ऑडिट %(rate).1f समस्याएँ मिलती हैं; दूसरी फ़र्मों को %(peer).1f।",
        "%(firm)s menemukan %(rate).1f masalah per audit di %(country)s (%(scheme)s); firma lain menemukan %(peer).1f.",
    ],
    "Corrective actions: %(open)s open, %(overdue)s overdue, %(verified)s verified.": [
        "Acciones correctivas: %(open)s abiertas, %(overdue)s vencidas, %(verified)s verificadas.",
        "সংশোধনমূলক পদক্ষেপ: %(open)sটি চলমান, %(overdue)sটি মেয়াদোত্তীর্ণ, %(verified)sটি যাচাইকৃত।",
        "纠正措施：%(open)s 项未完成，%(overdue)s 项已逾期，%(verified)s 项已核实。",
        "Hành động khắc phục: %(open)s đang mở, %(overdue)s quá hạn, %(verified)s đã xác minh.",
        "Düzeltici faaliyetler: %(open)s açık, %(overdue)s süresi geçmiş, %(verified)s doğrulanmış.",
        "វិធានការកែតម្រូវ៖ %(open)s នៅបើក %(overdue)s ហួសកាលកំណត់ %(verified)s បានផ្ទៀងផ្ទាត់។",
        "सुधारात्मक कार्रवाइयाँ: %(open)s खुली, %(overdue)s अतिदेय, %(verified)s सत्यापित।",
        "Tindakan perbaikan: %(open)s terbuka, %(overdue)s terlambat, %(verified)s terverifikasi.",
    ],
    "summary": [
        "resumen", "সারসংক্ষেপ", "摘要", "tóm tắt", "özet", "សេចក្តីសង្ខេប", "सारांश", "ringkasan",
    ],
    "No audit of this facility that you may see.": [
        "No hay ninguna auditoría de esta instalación que usted pueda ver.",
        "এই কারখানার এমন কোনো অডিট নেই যা আপনি দেখতে পারেন।", "没有您可查看的该工厂审核。",
        "Không có cuộc đánh giá nào của cơ sở này mà bạn được xem.",
        "Bu tesisin görebileceğiniz bir denetimi yok.", "គ្មានសវនកម្មនៃរោងចក្រនេះដែលអ្នកអាចមើលបានទេ។",
        "इस फ़ैक्टरी का ऐसा कोई ऑडिट नहीं जिसे आप देख सकें।",
        "Tidak ada audit fasilitas ini yang boleh Anda lihat.",
    ],
    "Quality signals": [
        "Señales de calidad", "মানের সংকেত", "质量信号", "Dấu hiệu về chất lượng", "Kalite işaretleri",
        "សញ្ញាគុណភាព", "गुणवत्ता संकेत", "Sinyal mutu",
    ],
    "Reasons to read these audits with care, each computed from the stored facts.": [
        "Razones para leer estas auditorías con cuidado, cada una calculada a partir de los datos guardados.",
        "এই অডিটগুলো সাবধানে পড়ার কারণ, প্রতিটি সংরক্ষিত তথ্য থেকে হিসাব করা।",
        "需要谨慎看待这些审核的理由，每一条都根据已存储的事实计算得出。",
        "Những lý do cần đọc kỹ các cuộc đánh giá này, mỗi lý do được tính từ các dữ kiện đã lưu.",
        "Bu denetimleri dikkatle okumak için nedenler; her biri kayıtlı bilgilerden hesaplanmıştır.",
        "មូលហេតុដែលត្រូវអានសវនកម្មទាំងនេះដោយប្រុងប្រយ័ត្ន ដែលនីមួយៗគណនាចេញពីព័ត៌មានដែលបានរក្សាទុក។",
        "इन ऑडिट को सावधानी से पढ़ने के कारण, हर एक संग्रहीत तथ्यों से निकाला गया।",
        "Alasan untuk membaca audit ini dengan hati-hati, masing-masing dihitung dari fakta yang tersimpan.",
    ],
    "Capacity building": [
        "Desarrollo de capacidades", "সক্ষমতা বৃদ্ধি", "能力建设", "Nâng cao năng lực", "Kapasite geliştirme",
        "ការកសាងសមត្ថភាព", "क्षमता निर्माण", "Peningkatan kapasitas",
    ],
    "Trainings, programmes, worker–management committees and management systems, and the corrective actions they serve.": [
        "Formaciones, programas, comités de trabajadores y dirección y sistemas de gestión, y las acciones correctivas a las que sirven.",
        "প্রশিক্ষণ, কর্মসূচি, শ্রমিক–ব্যবস্থাপনা কমিটি ও ব্যবস্থাপনা পদ্ধতি, এবং সেগুলো যে সংশোধনমূলক পদক্ষেপের জন্য।",
        "培训、项目、劳资委员会和管理体系，以及它们所服务的纠正措施。",
        "Các khóa đào tạo, chương trình, ủy ban công nhân – quản lý và hệ thống quản lý, cùng các hành động khắc phục mà chúng phục vụ.",
        "Eğitimler, programlar, işçi–yönetim komiteleri ve yönetim sistemleri ile bunların hizmet ettiği düzeltici faaliyetler.",
        "វគ្គបណ្តុះបណ្តាល កម្មវិធី គណៈកម្មាធិការកម្មករ–អ្នកគ្រប់គ្រង និងប្រព័ន្ធគ្រប់គ្រង ព្រមទាំងវិធានការកែតម្រូវដែលពួកវាបម្រើ។",
        "प्रशिक्षण, कार्यक्रम, मज़दूर–प्रबंधन समितियाँ और प्रबंधन प्रणालियाँ, और वे सुधारात्मक कार्रवाइयाँ जिनके लिए ये हैं।",
        "Pelatihan, program, komite pekerja–manajemen, dan sistem manajemen, serta tindakan perbaikan yang didukungnya.",
    ],
    "%(n)s participants": [
        "%(n)s participantes", "%(n)s জন অংশগ্রহণকারী", "%(n)s 名参加者", "%(n)s người tham gia",
        "%(n)s katılımcı", "អ្នកចូលរួម %(n)s នាក់", "%(n)s प्रतिभागी", "%(n)s peserta",
    ],
    "women": [
        "mujeres", "নারী", "女性", "nữ", "kadın", "ស្ត្រី", "महिलाएँ", "perempuan",
    ],
    "men": [
        "hombres", "পুরুষ", "男性", "nam", "erkek", "បុរស", "पुरुष", "laki-laki",
    ],
    "Record capacity building": [
        "Registrar un desarrollo de capacidades", "সক্ষমতা বৃদ্ধির কাজ নথিভুক্ত করুন", "记录能力建设",
        "Ghi nhận hoạt động nâng cao năng lực", "Kapasite geliştirme kaydedin", "កត់ត្រាការកសាងសមត្ថភាព",
        "क्षमता निर्माण दर्ज करें", "Catat peningkatan kapasitas",
    ],
    "person-days": [
        "días-persona", "জন-দিবস", "人日", "ngày công", "kişi-gün", "ថ្ងៃ-មនុស្ស", "व्यक्ति-दिवस", "hari-orang",
    ],
    "Type": [
        "Tipo", "ধরন", "类型", "Loại", "Tür", "ប្រភេទ", "प्रकार", "Jenis",
    ],
    "Auditor": [
        "Auditor", "অডিটর", "审核方", "Đơn vị đánh giá", "Denetçi", "សវនករ", "ऑडिटर", "Auditor",
    ],
    "%(on)s on site (%(w1)s women), %(off)s off site (%(w2)s women)": [
        "%(on)s en la planta (%(w1)s mujeres), %(off)s fuera de la planta (%(w2)s mujeres)",
        "কারখানার ভেতরে %(on)s জন (%(w1)s জন নারী), বাইরে %(off)s জন (%(w2)s জন নারী)",
        "厂内 %(on)s 人（女性 %(w1)s 人），厂外 %(off)s 人（女性 %(w2)s 人）",
        "%(on)s tại cơ sở (%(w1)s nữ), %(off)s bên ngoài cơ sở (%(w2)s nữ)",
        "tesiste %(on)s (%(w1)s kadın), tesis dışında %(off)s (%(w2)s kadın)",
        "%(on)s នៅក្នុងរោងចក្រ (ស្ត្រី %(w1)s) %(off)s នៅក្រៅរោងចក្រ (ស្ត្រី %(w2)s)",
        "फ़ैक्टरी में %(on)s (%(w1)s महिलाएँ), फ़ैक्टरी के बाहर %(off)s (%(w2)s महिलाएँ)",
        "%(on)s di lokasi (%(w1)s perempuan), %(off)s di luar lokasi (%(w2)s perempuan)",
    ],
    "Commissioned / paid by": [
        "Encargada / pagada por", "কে করিয়েছে / কে খরচ দিয়েছে", "委托方 / 付费方", "Bên yêu cầu / chi trả",
        "Yaptıran / ödeyen", "អ្នកជួលឱ្យធ្វើ / អ្នកបង់ថ្លៃ", "किसने करवाया / भुगतान किया", "Dipesan / dibayar oleh",
    ],
    "This is the public summary: what was found and how far it was corrected. Descriptions and evidence are shared with the facility's buyers.": [
        "Este es el resumen público: qué se encontró y hasta qué punto se corrigió. Las descripciones y las pruebas se comparten con los compradores de la instalación.",
        "এটি সর্বজনীন সারসংক্ষেপ: কী পাওয়া গেছে এবং কতটা সংশোধন হয়েছে। বিবরণ ও প্রমাণ কারখানার ক্রেতাদের সঙ্গে শেয়ার করা হয়।",
        "这是公开摘要：发现了什么问题，以及纠正到了什么程度。详细描述和依据只与该工厂的买方共享。",
        "Đây là bản tóm tắt công khai: đã phát hiện những gì và đã khắc phục đến đâu. Phần mô tả và bằng chứng được chia sẻ với những người mua của cơ sở.",
        "Bu, kamuya açık özettir: ne bulunduğu ve ne ölçüde düzeltildiği. Açıklamalar ve kanıtlar tesisin alıcılarıyla paylaşılır.",
        "នេះជាសេចក្តីសង្ខេបសាធារណៈ៖ អ្វីដែលបានរកឃើញ និងបានកែតម្រូវដល់កម្រិតណា។ ការពិពណ៌នា និងភស្តុតាងត្រូវបានចែករំលែកជាមួយអ្នកទិញរបស់រោងចក្រ។",
        "यह सार्वजनिक सारांश है: क्या पाया गया और कितना सुधारा गया। विवरण और प्रमाण फ़ैक्टरी के खरीदारों के साथ साझा किए जाते हैं।",
        "Ini ringkasan publik: apa yang ditemukan dan sejauh mana sudah diperbaiki. Uraian dan bukti dibagikan kepada pembeli fasilitas.",
    ],
    "Findings and corrective actions": [
        "Hallazgos y acciones correctivas", "পর্যবেক্ষণ ও সংশোধনমূলক পদক্ষেপ", "审核发现与纠正措施",
        "Phát hiện và hành động khắc phục", "Bulgular ve düzeltici faaliyetler", "ការរកឃើញ និងវិធានការកែតម្រូវ",
        "निष्कर्ष और सुधारात्मक कार्रवाइयाँ", "Temuan dan tindakan perbaikan",
    ],
    "Reported counts": [
        "Cifras declaradas", "জানানো সংখ্যা", "报告的数量", "Số lượng được báo cáo", "Bildirilen sayılar",
        "ចំនួនដែលបានរាយការណ៍", "बताई गई संख्याएँ", "Jumlah yang dilaporkan",
    ],
    "repeat finding": [
        "hallazgo repetido", "পুনরাবৃত্ত পর্যবেক্ষণ", "重复发现", "phát hiện lặp lại", "tekrarlayan bulgu",
        "ការរកឃើញម្តងទៀត", "दोहराया गया निष्कर्ष", "temuan berulang",
    ],
    "Code clause breached": [
        "Cláusula del código incumplida", "লঙ্ঘিত আচরণবিধির ধারা", "被违反的准则条款",
        "Điều khoản của bộ quy tắc bị vi phạm", "İhlal edilen kural maddesi", "ប្រការក្រមដែលត្រូវបានរំលោភ",
        "आचार संहिता की उल्लंघित धारा", "Klausul kode yang dilanggar",
    ],
    "overdue by %(d)s days": [
        "vencida hace %(d)s días", "%(d)s দিন মেয়াদোত্তীর্ণ", "已逾期 %(d)s 天", "quá hạn %(d)s ngày",
        "%(d)s gün gecikmiş", "ហួសកាលកំណត់ %(d)s ថ្ងៃ", "%(d)s दिन अतिदेय", "terlambat %(d)s hari",
    ],
    "due": [
        "vence", "শেষ তারিখ", "截止", "hạn", "son tarih", "ផុតកំណត់", "नियत तारीख़", "jatuh tempo",
    ],
    "root cause": [
        "causa raíz", "মূল কারণ", "根本原因", "nguyên nhân gốc", "kök neden", "មូលហេតុដើម", "मूल कारण",
        "akar masalah",
    ],
    "Buyer's contribution": [
        "Aporte del comprador", "ক্রেতার অবদান", "买方的贡献", "Đóng góp của người mua", "Alıcının katkısı",
        "ការចូលរួមចំណែករបស់អ្នកទិញ", "खरीदार का योगदान", "Kontribusi pembeli",
    ],
    "Verified by %(who)s (%(how)s)": [
        "Verificado por %(who)s (%(how)s)", "%(who)s যাচাই করেছে (%(how)s)", "由 %(who)s 核实（%(how)s）",
        "Được %(who)s xác minh (%(how)s)", "%(who)s tarafından doğrulandı (%(how)s)",
        "បានផ្ទៀងផ្ទាត់ដោយ %(who)s (%(how)s)", "%(who)s द्वारा सत्यापित (%(how)s)",
        "Diverifikasi oleh %(who)s (%(how)s)",
    ],
    "Update": [
        "Actualizar", "হালনাগাদ করুন", "更新", "Cập nhật", "Güncelle", "ធ្វើបច្ចុប្បន្នភាព", "अपडेट करें",
        "Perbarui",
    ],
    "Record verification": [
        "Registrar la verificación", "যাচাই নথিভুক্ত করুন", "记录核实结果", "Ghi nhận việc xác minh",
        "Doğrulamayı kaydet", "កត់ត្រាការផ្ទៀងផ្ទាត់", "सत्यापन दर्ज करें", "Catat verifikasi",
    ],
    "No corrective action yet.": [
        "Aún no hay acciones correctivas.", "এখনো কোনো সংশোধনমূলক পদক্ষেপ নেই।", "尚无纠正措施。",
        "Chưa có hành động khắc phục nào.", "Henüz düzeltici faaliyet yok.", "មិនទាន់មានវិធានការកែតម្រូវនៅឡើយទេ។",
        "अभी कोई सुधारात्मक कार्रवाई नहीं।", "Belum ada tindakan perbaikan.",
    ],
    "Propose a corrective action": [
        "Proponer una acción correctiva", "একটি সংশোধনমূলক পদক্ষেপ প্রস্তাব করুন", "提议一项纠正措施",
        "Đề xuất một hành động khắc phục", "Bir düzeltici faaliyet önerin", "ស្នើវិធានការកែតម្រូវ",
        "सुधारात्मक कार्रवाई का प्रस्ताव दें", "Usulkan tindakan perbaikan",
    ],
    "Propose": [
        "Proponer", "প্রস্তাব করুন", "提议", "Đề xuất", "Öner", "ស្នើ", "प्रस्ताव दें", "Usulkan",
    ],
    "No finding was recorded.": [
        "No se registró ningún hallazgo.", "কোনো পর্যবেক্ষণ নথিভুক্ত হয়নি।", "没有记录任何审核发现。",
        "Không có phát hiện nào được ghi nhận.", "Hiçbir bulgu kaydedilmedi.", "គ្មានការរកឃើញណាមួយត្រូវបានកត់ត្រាទេ។",
        "कोई निष्कर्ष दर्ज नहीं हुआ।", "Tidak ada temuan yang dicatat.",
    ],
    "None attached.": [
        "Nada adjunto.", "কিছুই সংযুক্ত নেই।", "没有附件。", "Không có tệp đính kèm.", "Ek yok.",
        "គ្មានឯកសារភ្ជាប់ទេ។", "कुछ भी संलग्न नहीं।", "Tidak ada lampiran.",
    ],
    "Attach": [
        "Adjuntar", "সংযুক্ত করুন", "附加", "Đính kèm", "Ekle", "ភ្ជាប់", "संलग्न करें", "Lampirkan",
    ],
    "Who sees this audit": [
        "Quién ve esta auditoría", "এই অডিট কারা দেখতে পায়", "谁能看到这份审核", "Ai được xem cuộc đánh giá này",
        "Bu denetimi kimler görür", "អ្នកណាខ្លះឃើញសវនកម្មនេះ", "यह ऑडिट कौन देखता है", "Siapa yang melihat audit ini",
    ],
    "Shared with": [
        "Compartida con", "যাদের সঙ্গে শেয়ার করা হয়েছে", "已共享给", "Đã chia sẻ với", "Paylaşılanlar",
        "បានចែករំលែកជាមួយ", "किसके साथ साझा किया गया", "Dibagikan kepada",
    ],
    "Not shared with any buyer yet.": [
        "Aún no se ha compartido con ningún comprador.", "এখনো কোনো ক্রেতার সঙ্গে শেয়ার করা হয়নি।",
        "尚未与任何买方共享。", "Chưa chia sẻ với người mua nào.", "Henüz hiçbir alıcıyla paylaşılmadı.",
        "មិនទាន់បានចែករំលែកជាមួយអ្នកទិញណាមួយនៅឡើយទេ។", "अभी किसी खरीदार के साथ साझा नहीं किया गया।",
        "Belum dibagikan kepada pembeli mana pun.",
    ],
    "Share with named buyers": [
        "Compartir con compradores concretos", "নির্দিষ্ট ক্রেতাদের সঙ্গে শেয়ার করুন", "与指定买方共享",
        "Chia sẻ với những người mua được nêu tên", "Adı belirtilen alıcılarla paylaş",
        "ចែករំលែកជាមួយអ្នកទិញដែលបានបញ្ជាក់ឈ្មោះ", "नामित खरीदारों के साथ साझा करें",
        "Bagikan kepada pembeli tertentu",
    ],
    "Share with every brand that sources from this facility": [
        "Compartir con todas las marcas que compran a esta instalación",
        "এই কারখানা থেকে পণ্য নেয় এমন সব ব্র্যান্ডের সঙ্গে শেয়ার করুন",
        "与从该工厂采购的所有品牌共享",
        "Chia sẻ với mọi nhãn hàng mua hàng từ cơ sở này",
        "Bu tesisten alım yapan tüm markalarla paylaş",
        "ចែករំលែកជាមួយម៉ាកទាំងអស់ដែលទិញពីរោងចក្រនេះ",
        "इस फ़ैक्टरी से माल लेने वाले हर ब्रांड के साथ साझा करें",
        "Bagikan kepada semua merek yang membeli dari fasilitas ini",
    ],
    "Share": [
        "Compartir", "শেয়ার করুন", "共享", "Chia sẻ", "Paylaş", "ចែករំលែក", "साझा करें", "Bagikan",
    ],
    "Audits, what they found, and whether the corrective actions were done and verified. One audit can serve every buyer of a facility.": [
        "Auditorías, lo que encontraron y si las acciones correctivas se hicieron y se verificaron. Una sola auditoría puede servir a todos los compradores de una instalación.",
        "অডিট, সেগুলোতে কী পাওয়া গেছে, এবং সংশোধনমূলক পদক্ষেপ নেওয়া ও যাচাই করা হয়েছে কি না। একটি অডিট একটি কারখানার সব ক্রেতার কাজে লাগতে পারে।",
        "审核、审核发现的问题，以及纠正措施是否已完成并经过核实。一次审核可以服务于一家工厂的所有买方。",
        "Các cuộc đánh giá, những gì đã phát hiện, và các hành động khắc phục đã được thực hiện và xác minh hay chưa. Một cuộc đánh giá có thể dùng cho mọi người mua của một cơ sở.",
        "Denetimler, buldukları ve düzeltici faaliyetlerin yapılıp doğrulanıp doğrulanmadığı. Tek bir denetim bir tesisin tüm alıcılarına hizmet edebilir.",
        "សវនកម្ម អ្វីដែលពួកវារកឃើញ និងថាតើវិធានការកែតម្រូវត្រូវបានធ្វើ និងផ្ទៀងផ្ទាត់ឬនៅ។ សវនកម្មមួយអាចបម្រើអ្នកទិញទាំងអស់របស់រោងចក្រមួយ។",
        "ऑडिट, उनमें क्या पाया गया, और क्या सुधारात्मक कार्रवाइयाँ पूरी और सत्यापित हुईं। एक ऑडिट किसी फ़ैक्टरी के सभी खरीदारों के काम आ सकता है।",
        "Audit, apa yang ditemukan, dan apakah tindakan perbaikan sudah dilakukan dan diverifikasi. Satu audit dapat dipakai oleh semua pembeli sebuah fasilitas.",
    ],
    "Audit load and quality signals": [
        "Carga de auditorías y señales de calidad", "অডিটের চাপ ও মানের সংকেত", "审核负担与质量信号",
        "Số lượng đánh giá và dấu hiệu về chất lượng", "Denetim yükü ve kalite işaretleri",
        "បន្ទុកសវនកម្ម និងសញ្ញាគុណភាព", "ऑडिट का बोझ और गुणवत्ता संकेत", "Beban audit dan sinyal mutu",
    ],
    "Export (CSV)": [
        "Exportar (CSV)", "এক্সপোর্ট (CSV)", "导出（CSV）", "Xuất (CSV)", "Dışa aktar (CSV)", "នាំចេញ (CSV)",
        "निर्यात (CSV)", "Ekspor (CSV)",
    ],
    "Export (JSON)": [
        "Exportar (JSON)", "এক্সপোর্ট (JSON)", "导出（JSON）", "Xuất (JSON)", "Dışa aktar (JSON)", "នាំចេញ (JSON)",
        "निर्यात (JSON)", "Ekspor (JSON)",
    ],
    "Scheme": [
        "Esquema", "স্কিম", "审核体系", "Chương trình đánh giá", "Denetim programı", "គម្រោងសវនកម្ម", "स्कीम", "Skema",
    ],
    "Ended": [
        "Finalizado", "শেষ হয়েছে", "已结束", "Đã kết thúc", "Sona erdi", "បានបញ្ចប់", "समाप्त", "Berakhir",
    ],
    "Seen as": [
        "Visto como", "যেভাবে দেখা যায়", "可见范围", "Được xem dưới dạng", "Görünüm", "មើលឃើញជា",
        "किस रूप में दिखता है", "Dilihat sebagai",
    ],
    "full": [
        "completo", "সম্পূর্ণ", "完整", "đầy đủ", "tam", "ពេញលេញ", "पूरा", "lengkap",
    ],
    "No audit you may see yet.": [
        "Aún no hay ninguna auditoría que usted pueda ver.", "এখনো এমন কোনো অডিট নেই যা আপনি দেখতে পারেন।",
        "尚无您可查看的审核。", "Chưa có cuộc đánh giá nào bạn được xem.", "Henüz görebileceğiniz bir denetim yok.",
        "មិនទាន់មានសវនកម្មដែលអ្នកអាចមើលបាននៅឡើយទេ។", "अभी ऐसा कोई ऑडिट नहीं जिसे आप देख सकें।",
        "Belum ada audit yang boleh Anda lihat.",
    ],
    "Import audits": [
        "Importar auditorías", "অডিট ইমপোর্ট করুন", "导入审核", "Nhập các cuộc đánh giá", "Denetimleri içe aktar",
        "នាំចូលសវនកម្ម", "ऑडिट आयात करें", "Impor audit",
    ],
    "One row per finding (CSV or XLSX), or JSON with findings and actions. Every row is checked first; nothing is stored unless every row is good.": [
        "Una fila por hallazgo (CSV o XLSX), o JSON con hallazgos y acciones. Primero se revisa cada fila; no se guarda nada a menos que todas las filas sean correctas.",
        "প্রতিটি পর্যবেক্ষণের জন্য এক সারি (CSV বা XLSX), অথবা পর্যবেক্ষণ ও পদক্ষেপসহ JSON। আগে প্রতিটি সারি যাচাই করা হয়; সব সারি ঠিক না হলে কিছুই সংরক্ষণ করা হয় না।",
        "每项发现一行（CSV 或 XLSX），或包含发现和措施的 JSON。系统会先检查每一行；只有全部行都无误时才会保存。",
        "Mỗi phát hiện một dòng (CSV hoặc XLSX), hoặc JSON gồm các phát hiện và hành động. Mọi dòng đều được kiểm tra trước; không có gì được lưu trừ khi mọi dòng đều hợp lệ.",
        "Her bulgu için bir satır (CSV veya XLSX) ya da bulgular ve faaliyetlerle JSON. Önce her satır kontrol edilir; tüm satırlar doğru olmadıkça hiçbir şey kaydedilmez.",
        "មួយជួរសម្រាប់ការរកឃើញនីមួយៗ (CSV ឬ XLSX) ឬ JSON ដែលមានការរកឃើញ និងវិធានការ។ ជួរនីមួយៗត្រូវបានពិនិត្យជាមុន; គ្មានអ្វីត្រូវបានរក្សាទុកទេ លុះត្រាតែជួរទាំងអស់ត្រឹមត្រូវ។",
        "हर निष्कर्ष के लिए एक पंक्ति (CSV या XLSX), या निष्कर्षों और कार्रवाइयों के साथ JSON। पहले हर पंक्ति जाँची जाती है; जब तक हर पंक्ति सही न हो, कुछ भी सहेजा नहीं जाता।",
        "Satu baris per temuan (CSV atau XLSX), atau JSON berisi temuan dan tindakan. Setiap baris diperiksa dulu; tidak ada yang disimpan kecuali semua baris benar.",
    ],
    "the format": [
        "el formato", "ফরম্যাট", "格式说明", "định dạng", "biçim", "ទម្រង់", "प्रारूप", "format",
    ],
    "Audit load and quality": [
        "Carga y calidad de las auditorías", "অডিটের চাপ ও মান", "审核负担与质量", "Số lượng và chất lượng đánh giá",
        "Denetim yükü ve kalitesi", "បន្ទុក និងគុណភាពសវនកម្ម", "ऑडिट का बोझ और गुणवत्ता", "Beban dan mutu audit",
    ],
    "How many audits each facility bears a year (flagged at %(threshold)s or more), the same problem found again for another buyer, auditing firms whose results stand out, and overdue actions.": [
        "Cuántas auditorías soporta cada instalación al año (se marca a partir de %(threshold)s), el mismo problema encontrado de nuevo para otro comprador, las firmas auditoras cuyos resultados llaman la atención y las acciones vencidas.",
        "প্রতিটি কারখানায় বছরে কতগুলো অডিট হয় (%(threshold)sটি বা তার বেশি হলে চিহ্নিত), অন্য ক্রেতার জন্য একই সমস্যা আবার পাওয়া, যেসব অডিট প্রতিষ্ঠানের ফলাফল আলাদা চোখে পড়ে, এবং মেয়াদোত্তীর্ণ পদক্ষেপ।",
        "每家工厂每年接受多少次审核（达到 %(threshold)s 次或以上即标记）、为另一买方审核时再次发现的相同问题、结果异常突出的审核机构，以及逾期的措施。",
        "Mỗi cơ sở phải chịu bao nhiêu cuộc đánh giá mỗi năm (được đánh dấu khi từ %(threshold)s trở lên), cùng một vấn đề bị phát hiện lại cho người mua khác, các đơn vị đánh giá có kết quả khác thường, và các hành động quá hạn.",
        "Her tesisin yılda kaç denetimden geçtiği (%(threshold)s ve üzeri işaretlenir), başka bir alıcı için yeniden bulunan aynı sorun, sonuçları dikkat çeken denetim firmaları ve süresi geçmiş faaliyetler.",
        "ចំនួនសវនកម្មដែលរោងចក្រនីមួយៗទទួលក្នុងមួយឆ្នាំ (សម្គាល់នៅពេលដល់ %(threshold)s ឬច្រើនជាងនេះ) បញ្ហាដដែលដែលរកឃើញម្តងទៀតសម្រាប់អ្នកទិញផ្សេង ក្រុមហ៊ុនសវនកម្មដែលលទ្ធផលខុសប្លែក និងវិធានការដែលហួសកាលកំណត់។",
        "हर फ़ैक्टरी पर साल में कितने ऑडिट होते हैं (%(threshold)s या अधिक होने पर चिह्नित), किसी दूसरे खरीदार के लिए फिर से पाई गई वही समस्या, वे ऑडिट फ़र्में जिनके नतीजे अलग दिखते हैं, और अतिदेय कार्रवाइयाँ।",
        "Berapa banyak audit yang dijalani setiap fasilitas per tahun (ditandai bila %(threshold)s atau lebih), masalah yang sama ditemukan lagi untuk pembeli lain, firma audit yang hasilnya mencolok, dan tindakan yang terlambat.",
    ],
    "Audits per facility per year": [
        "Auditorías por instalación y año", "প্রতি কারখানায় বছরে অডিট", "每家工厂每年的审核次数",
        "Số cuộc đánh giá mỗi cơ sở mỗi năm", "Tesis başına yıllık denetimler", "សវនកម្មក្នុងមួយរោងចក្រក្នុងមួយឆ្នាំ",
        "प्रति फ़ैक्टरी प्रति वर्ष ऑडिट", "Audit per fasilitas per tahun",
    ],
    "Audits": [
        "Auditorías", "অডিট", "审核", "Đánh giá", "Denetimler", "សវនកម្ម", "ऑडिट", "Audit",
    ],
    "Person-days": [
        "Días-persona", "জন-দিবস", "人日", "Ngày công", "Kişi-gün", "ថ្ងៃ-មនុស្ស", "व्यक्ति-दिवस", "Hari-orang",
    ],
    "Schemes": [
        "Esquemas", "স্কিম", "审核体系", "Chương trình đánh giá", "Denetim programları", "គម្រោងសវនកម្ម",
        "स्कीमें", "Skema",
    ],
    "Commissioned by": [
        "Encargada por", "কে করিয়েছে", "委托方", "Bên yêu cầu", "Yaptıran", "អ្នកជួលឱ្យធ្វើ", "किसने करवाया",
        "Dipesan oleh",
    ],
    "audit fatigue": [
        "fatiga de auditorías", "অডিটের ক্লান্তি", "审核疲劳", "quá tải đánh giá", "denetim yorgunluğu",
        "ការនឿយហត់ពីសវនកម្ម", "ऑडिट थकान", "kelelahan audit",
    ],
    "No audits.": [
        "No hay auditorías.", "কোনো অডিট নেই।", "没有审核。", "Không có cuộc đánh giá nào.", "Denetim yok.",
        "គ្មានសវនកម្មទេ។", "कोई ऑडिट नहीं।", "Tidak ada audit.",
    ],
    "Duplicated findings": [
        "Hallazgos duplicados", "পুনরাবৃত্ত পর্যবেক্ষণ", "重复的审核发现", "Phát hiện trùng lặp",
        "Yinelenen bulgular", "ការរកឃើញស្ទួន", "दोहराए गए निष्कर्ष", "Temuan ganda",
    ],
    "None.": [
        "Ninguno.", "কিছু নেই।", "无。", "Không có.", "Yok.", "គ្មាន។", "कोई नहीं।", "Tidak ada.",
    ],
    "Auditing firms that stand out": [
        "Firmas auditoras que llaman la atención", "যেসব অডিট প্রতিষ্ঠান আলাদা চোখে পড়ে", "结果异常突出的审核机构",
        "Các đơn vị đánh giá có kết quả khác thường", "Dikkat çeken denetim firmaları", "ក្រុមហ៊ុនសវនកម្មដែលខុសប្លែក",
        "अलग दिखने वाली ऑडिट फ़र्में", "Firma audit yang mencolok",
    ],
    "None: each firm's finding rate is within a factor of two of its peers', or too few audits to compare.": [
        "Ninguna: la tasa de hallazgos de cada firma no llega al doble ni a la mitad de la de sus pares, o hay muy pocas auditorías para comparar.",
        "কোনোটিই নয়: প্রতিটি প্রতিষ্ঠানের পর্যবেক্ষণের হার অন্যদের তুলনায় দ্বিগুণ বা অর্ধেকের মধ্যে আছে, অথবা তুলনা করার মতো যথেষ্ট অডিট নেই।",
        "无：每家机构的发现率都在同行的一半到两倍之间，或审核太少，无法比较。",
        "Không có: tỷ lệ phát hiện của mỗi đơn vị đều không chênh quá hai lần so với các đơn vị khác, hoặc có quá ít cuộc đánh giá để so sánh.",
        "Yok: her firmanın bulgu oranı benzerlerininkinin iki katı ile yarısı arasında ya da karşılaştırmak için çok az denetim var.",
        "គ្មាន៖ អត្រារកឃើញរបស់ក្រុមហ៊ុននីមួយៗមិនខុសពីក្រុមហ៊ុនដទៃលើសពីពីរដងទេ ឬមានសវនកម្មតិចពេកដើម្បីប្រៀបធៀប។",
        "कोई नहीं: हर फ़र्म की निष्कर्ष दर बाकी फ़र्मों की दर के आधे से दोगुने के बीच है, या तुलना के लिए बहुत कम ऑडिट हैं।",
        "Tidak ada: tingkat temuan setiap firma masih dalam batas dua kali lipat dari firma lain, atau terlalu sedikit audit untuk dibandingkan.",
    ],
    "Overdue corrective actions": [
        "Acciones correctivas vencidas", "মেয়াদোত্তীর্ণ সংশোধনমূলক পদক্ষেপ", "逾期的纠正措施",
        "Hành động khắc phục quá hạn", "Süresi geçmiş düzeltici faaliyetler", "វិធានការកែតម្រូវដែលហួសកាលកំណត់",
        "अतिदेय सुधारात्मक कार्रवाइयाँ", "Tindakan perbaikan yang terlambat",
    ],
    "The file is larger than the form accepts.": [
        "El archivo es más grande de lo que admite el formulario.", "ফাইলটি ফর্মের গ্রহণযোগ্য আকারের চেয়ে বড়।",
        "文件超过了表单允许的大小。", "Tệp lớn hơn mức biểu mẫu cho phép.", "Dosya, formun kabul ettiğinden büyük.",
        "ឯកសារធំជាងទំហំដែលទម្រង់អាចទទួលយកបាន។", "फ़ाइल फ़ॉर्म की सीमा से बड़ी है।",
        "Berkas lebih besar dari batas formulir.",
    ],
    "Choose a file to import.": [
        "Elija un archivo para importar.", "ইমপোর্ট করার জন্য একটি ফাইল বেছে নিন।", "请选择要导入的文件。",
        "Hãy chọn một tệp để nhập.", "İçe aktarmak için bir dosya seçin.", "សូមជ្រើសរើសឯកសារដើម្បីនាំចូល។",
        "आयात के लिए एक फ़ाइल चुनें।", "Pilih berkas yang akan diimpor.",
    ],
    "Action proposed.": [
        "Acción propuesta.", "পদক্ষেপ প্রস্তাব করা হয়েছে।", "已提议措施。", "Đã đề xuất hành động.",
        "Faaliyet önerildi.", "បានស្នើវិធានការហើយ។", "कार्रवाई का प्रस्ताव दिया गया।", "Tindakan diusulkan.",
    ],
    "Choose the progress to record.": [
        "Elija el avance que desea registrar.", "কোন অগ্রগতি নথিভুক্ত করবেন তা বেছে নিন।", "请选择要记录的进度。",
        "Hãy chọn tiến độ cần ghi nhận.", "Kaydedilecek ilerlemeyi seçin.", "សូមជ្រើសរើសវឌ្ឍនភាពដែលត្រូវកត់ត្រា។",
        "दर्ज करने के लिए प्रगति चुनें।", "Pilih kemajuan yang akan dicatat.",
    ],
    "Progress recorded.": [
        "Avance registrado.", "অগ্রগতি নথিভুক্ত হয়েছে।", "进度已记录。", "Đã ghi nhận tiến độ.", "İlerleme kaydedildi.",
        "បានកត់ត្រាវឌ្ឍនភាពហើយ។", "प्रगति दर्ज की गई।", "Kemajuan dicatat.",
    ],
    "Say how you verified it and what you saw.": [
        "Diga cómo lo verificó y lo que vio.", "আপনি কীভাবে যাচাই করেছেন এবং কী দেখেছেন, তা বলুন।",
        "请说明您如何核实以及看到了什么。", "Hãy cho biết bạn đã xác minh thế nào và đã thấy gì.",
        "Nasıl doğruladığınızı ve ne gördüğünüzü yazın.", "សូមប្រាប់ពីរបៀបដែលអ្នកបានផ្ទៀងផ្ទាត់ និងអ្វីដែលអ្នកបានឃើញ។",
        "बताइए कि आपने कैसे सत्यापित किया और क्या देखा।", "Sebutkan cara Anda memverifikasinya dan apa yang Anda lihat.",
    ],
    "Verification recorded.": [
        "Verificación registrada.", "যাচাই নথিভুক্ত হয়েছে।", "核实结果已记录。", "Đã ghi nhận việc xác minh.",
        "Doğrulama kaydedildi.", "បានកត់ត្រាការផ្ទៀងផ្ទាត់ហើយ។", "सत्यापन दर्ज किया गया।", "Verifikasi dicatat.",
    ],
    "Comment added.": [
        "Comentario añadido.", "মন্তব্য যোগ করা হয়েছে।", "评论已添加。", "Đã thêm nhận xét.", "Yorum eklendi.",
        "បានបន្ថែមមតិហើយ។", "टिप्पणी जोड़ी गई।", "Komentar ditambahkan.",
    ],
    "Shared.": [
        "Compartida.", "শেয়ার করা হয়েছে।", "已共享。", "Đã chia sẻ.", "Paylaşıldı.", "បានចែករំលែកហើយ។",
        "साझा किया गया।", "Dibagikan.",
    ],
    "Choose a file (at most 10 MB).": [
        "Elija un archivo (10 MB como máximo).", "একটি ফাইল বেছে নিন (সর্বোচ্চ 10 MB)।", "请选择文件（最大 10 MB）。",
        "Hãy chọn một tệp (tối đa 10 MB).", "Bir dosya seçin (en fazla 10 MB).", "សូមជ្រើសរើសឯកសារ (យ៉ាងច្រើន 10 MB)។",
        "एक फ़ाइल चुनें (अधिकतम 10 MB)।", "Pilih berkas (paling besar 10 MB).",
    ],
    "Document attached.": [
        "Documento adjuntado.", "নথি সংযুক্ত করা হয়েছে।", "文件已附加。", "Đã đính kèm tài liệu.", "Belge eklendi.",
        "បានភ្ជាប់ឯកសារហើយ។", "दस्तावेज़ संलग्न किया गया।", "Dokumen dilampirkan.",
    ],
    "A company's own code": [
        "Código propio de una empresa", "কোনো কোম্পানির নিজস্ব আচরণবিধি", "企业自己的准则", "Bộ quy tắc riêng của một công ty",
        "Bir şirketin kendi davranış kuralları", "ក្រមផ្ទាល់ខ្លួនរបស់ក្រុមហ៊ុន", "किसी कंपनी की अपनी आचार संहिता",
        "Kode etik milik perusahaan sendiri",
    ],
    "A multi-stakeholder initiative's code": [
        "Código de una iniciativa multiactor", "বহু-অংশীজন উদ্যোগের আচরণবিধি", "多方利益相关者倡议的准则",
        "Bộ quy tắc của một sáng kiến đa bên", "Çok paydaşlı bir girişimin davranış kuralları",
        "ក្រមរបស់គំនិតផ្តួចផ្តើមពហុភាគីពាក់ព័ន្ធ", "बहु-हितधारक पहल की आचार संहिता",
        "Kode etik inisiatif multipihak",
    ],
    "Law or regulation": [
        "Ley o reglamento", "আইন বা বিধিমালা", "法律或法规", "Luật hoặc quy định", "Kanun veya yönetmelik",
        "ច្បាប់ ឬបទប្បញ្ញត្តិ", "कानून या विनियम", "Undang-undang atau peraturan",
    ],
    "Below the international standard": [
        "Por debajo de la norma internacional", "আন্তর্জাতিক মানের নিচে", "低于国际标准", "Thấp hơn tiêu chuẩn quốc tế",
        "Uluslararası standardın altında", "ទាបជាងស្តង់ដារអន្តរជាតិ", "अंतरराष्ट्रीय मानक से कम",
        "Di bawah standar internasional",
    ],
    "Equal to the international standard": [
        "Igual a la norma internacional", "আন্তর্জাতিক মানের সমান", "与国际标准相同", "Ngang bằng tiêu chuẩn quốc tế",
        "Uluslararası standarda eşit", "ស្មើនឹងស្តង់ដារអន្តរជាតិ", "अंतरराष्ट्रीय मानक के बराबर",
        "Setara dengan standar internasional",
    ],
    "Beyond the international standard": [
        "Por encima de la norma internacional", "আন্তর্জাতিক মানের চেয়ে বেশি", "高于国际标准", "Cao hơn tiêu chuẩn quốc tế",
        "Uluslararası standardın ötesinde", "លើសពីស្តង់ដារអន្តរជាតិ", "अंतरराष्ट्रीय मानक से आगे",
        "Melampaui standar internasional",
    ],
    "Not stated clearly": [
        "No se indica con claridad", "স্পষ্ট করে বলা নেই", "未明确说明", "Không nêu rõ", "Açıkça belirtilmemiş",
        "មិនបានបញ្ជាក់ច្បាស់", "स्पष्ट रूप से नहीं बताया गया", "Tidak dinyatakan dengan jelas",
    ],
    "Pay compensation": [
        "Pagar una indemnización", "ক্ষতিপূরণ দেওয়া", "支付赔偿", "Trả tiền bồi thường", "Tazminat ödemek",
        "បង់សំណង", "मुआवज़ा देना", "Membayar ganti rugi",
    ],
    "Suspend orders": [
        "Suspender pedidos", "অর্ডার স্থগিত করা", "暂停订单", "Tạm ngừng đơn hàng", "Siparişleri askıya almak",
        "ផ្អាកការបញ្ជាទិញ", "ऑर्डर रोकना", "Menangguhkan pesanan",
    ],
    "Nothing stated": [
        "No se indica nada", "কিছু বলা নেই", "未作说明", "Không nêu gì", "Hiçbir şey belirtilmemiş",
        "មិនបានបញ្ជាក់អ្វីទេ", "कुछ नहीं बताया गया", "Tidak dinyatakan apa pun",
    ],
    "Law": [
        "Ley", "আইন", "法律", "Luật", "Kanun", "ច្បាប់", "कानून", "Undang-undang",
    ],
    "Contract with suppliers": [
        "Contrato con los proveedores", "সরবরাহকারীদের সঙ্গে চুক্তি", "与供应商的合同", "Hợp đồng với nhà cung cấp",
        "Tedarikçilerle sözleşme", "កិច្ចសន្យាជាមួយអ្នកផ្គត់ផ្គង់", "आपूर्तिकर्ताओं के साथ अनुबंध",
        "Kontrak dengan pemasok",
    ],
    "Enforceable agreement with unions": [
        "Acuerdo exigible con los sindicatos", "ইউনিয়নের সঙ্গে বাধ্যতামূলক চুক্তি", "与工会签订的可强制执行的协议",
        "Thỏa thuận có tính ràng buộc với công đoàn", "Sendikalarla bağlayıcı anlaşma",
        "កិច្ចព្រមព្រៀងដែលអាចអនុវត្តបានជាមួយសហជីព", "यूनियनों के साथ लागू करने योग्य समझौता",
        "Perjanjian yang mengikat dengan serikat pekerja",
    ],
    "Public pledge": [
        "Compromiso público", "প্রকাশ্য অঙ্গীকার", "公开承诺", "Cam kết công khai", "Kamuya açık taahhüt",
        "ការសន្យាជាសាធារណៈ", "सार्वजनिक प्रतिज्ञा", "Janji publik",
    ],
    "Internal policy": [
        "Política interna", "অভ্যন্তরীণ নীতি", "内部政策", "Chính sách nội bộ", "İç politika", "គោលនយោបាយផ្ទៃក្នុង",
        "आंतरिक नीति", "Kebijakan internal",
    ],
    "Audit scheme": [
        "Esquema de auditoría", "অডিট স্কিম", "审核体系", "Chương trình đánh giá", "Denetim programı",
        "គម្រោងសវនកម្ម", "ऑडिट स्कीम", "Skema audit",
    ],
    "Worker-driven monitoring": [
        "Monitoreo impulsado por los trabajadores", "শ্রমিক-চালিত পর্যবেক্ষণ", "工人主导的监督",
        "Giám sát do người lao động dẫn dắt", "İşçi odaklı izleme", "ការតាមដានដែលដឹកនាំដោយកម្មករ",
        "मज़दूरों द्वारा संचालित निगरानी", "Pemantauan yang digerakkan pekerja",
    ],
    "None stated": [
        "No se indica ninguna", "কিছুই বলা নেই", "未说明", "Không nêu", "Belirtilmemiş", "មិនបានបញ្ជាក់",
        "कोई नहीं बताया गया", "Tidak disebutkan",
    ],
    "Codes of conduct that apply here": [
        "Códigos de conducta que se aplican aquí", "এখানে প্রযোজ্য আচরণবিধি", "适用于此处的行为准则",
        "Các bộ quy tắc ứng xử áp dụng ở đây", "Burada geçerli davranış kuralları", "ក្រមសីលធម៌ដែលអនុវត្តនៅទីនេះ",
        "यहाँ लागू आचार संहिताएँ", "Kode etik yang berlaku di sini",
    ],
    "No public code is linked to this facility yet.": [
        "Aún no hay ningún código público vinculado a esta instalación.",
        "এই কারখানার সঙ্গে এখনো কোনো প্রকাশ্য আচরণবিধি যুক্ত নেই।", "目前还没有公开的准则与该工厂关联。",
        "Chưa có bộ quy tắc công khai nào được liên kết với cơ sở này.",
        "Bu tesise henüz kamuya açık davranış kuralları bağlanmadı.",
        "មិនទាន់មានក្រមសាធារណៈណាមួយភ្ជាប់ជាមួយរោងចក្រនេះនៅឡើយទេ។",
        "इस फ़ैक्टरी से अभी कोई सार्वजनिक आचार संहिता नहीं जुड़ी है।",
        "Belum ada kode etik publik yang ditautkan ke fasilitas ini.",
    ],
    "Promise card": [
        "Ficha de compromisos", "প্রতিশ্রুতির কার্ড", "承诺卡", "Thẻ cam kết", "Taahhüt kartı", "កាតការសន្យា",
        "वादों का कार्ड", "Kartu janji",
    ],
    "what it promises": [
        "lo que promete", "এটি কী প্রতিশ্রুতি দেয়", "其承诺", "những gì cam kết", "neyi taahhüt ediyor",
        "អ្វីដែលវាសន្យា", "यह क्या वादा करता है", "apa yang dijanjikan",
    ],
    "Level": [
        "Nivel", "মাত্রা", "水平", "Mức độ", "Düzey", "កម្រិត", "स्तर", "Tingkat",
    ],
    "To whom": [
        "A quién", "কার প্রতি", "对谁", "Với ai", "Kime", "ចំពោះនរណា", "किसके प्रति", "Kepada siapa",
    ],
    "On a breach": [
        "En caso de incumplimiento", "লঙ্ঘন হলে", "违反时", "Khi vi phạm", "İhlal hâlinde", "ពេលមានការរំលោភ",
        "उल्लंघन होने पर", "Bila dilanggar",
    ],
    "How binding": [
        "Qué tan vinculante", "কতটা বাধ্যতামূলক", "约束力", "Mức độ ràng buộc", "Ne kadar bağlayıcı",
        "កម្រិតកាតព្វកិច្ច", "कितना बाध्यकारी", "Seberapa mengikat",
    ],
    "Verified by": [
        "Verificado por", "যাচাইয়ের মাধ্যম", "核实方式", "Được xác minh bởi", "Doğrulayan", "ផ្ទៀងផ្ទាត់ដោយ",
        "सत्यापन किसके द्वारा", "Diverifikasi oleh",
    ],
    "Reported broken / remedied": [
        "Incumplimientos denunciados / reparados", "লঙ্ঘনের অভিযোগ / প্রতিকার", "被报告违反 / 已补救",
        "Bị báo cáo vi phạm / đã khắc phục", "Bildirilen ihlaller / telafi edilenler", "បានរាយការណ៍ថារំលោភ / បានដោះស្រាយ",
        "उल्लंघन की शिकायतें / निवारण", "Dilaporkan dilanggar / dipulihkan",
    ],
    "No clause is structured yet.": [
        "Aún no hay ninguna cláusula estructurada.", "এখনো কোনো ধারা সাজানো হয়নি।", "尚无任何条款完成结构化。",
        "Chưa có điều khoản nào được phân tích cấu trúc.", "Henüz hiçbir madde yapılandırılmadı.",
        "មិនទាន់មានប្រការណាមួយត្រូវបានរៀបចំជារចនាសម្ព័ន្ធនៅឡើយទេ។", "अभी कोई धारा संरचित नहीं की गई है।",
        "Belum ada klausul yang disusun.",
    ],
    "Reported broken: admissible grievance cases on that right at facilities this company's public supplier lists name; remedied: those whose remedy was verified.": [
        "Incumplimientos denunciados: casos de quejas admitidos sobre ese derecho en instalaciones que figuran en las listas públicas de proveedores de esta empresa; reparados: aquellos cuya reparación se verificó.",
        "লঙ্ঘনের অভিযোগ: এই কোম্পানির প্রকাশ্য সরবরাহকারী তালিকায় থাকা কারখানাগুলোতে সেই অধিকার নিয়ে গ্রহণযোগ্য অভিযোগ; প্রতিকার: যেগুলোর প্রতিকার যাচাই করা হয়েছে।",
        "被报告违反：在该公司公开供应商名单所列工厂中，涉及该权利且已受理的申诉案件；已补救：其中补救已核实的案件。",
        "Bị báo cáo vi phạm: các vụ việc khiếu nại được chấp nhận xử lý về quyền đó tại các cơ sở có tên trong danh sách nhà cung cấp công khai của công ty này; đã khắc phục: những vụ việc mà việc khắc phục đã được xác minh.",
        "Bildirilen ihlaller: bu şirketin kamuya açık tedarikçi listelerinde adı geçen tesislerde o hakla ilgili kabul edilebilir şikâyet başvuruları; telafi edilenler: telafisi doğrulanmış olanlar.",
        "បានរាយការណ៍ថារំលោភ៖ ករណីបណ្ដឹងដែលអាចទទួលយកបានអំពីសិទ្ធិនោះ នៅរោងចក្រដែលមានឈ្មោះក្នុងបញ្ជីអ្នកផ្គត់ផ្គង់សាធារណៈរបស់ក្រុមហ៊ុននេះ; បានដោះស្រាយ៖ ករណីដែលការដោះស្រាយត្រូវបានផ្ទៀងផ្ទាត់។",
        "उल्लंघन की शिकायतें: इस कंपनी की सार्वजनिक आपूर्तिकर्ता सूचियों में दर्ज फ़ैक्टरियों में उस अधिकार पर स्वीकार्य शिकायत के मामले; निवारण: वे मामले जिनके निवारण का सत्यापन हुआ।",
        "Dilaporkan dilanggar: kasus pengaduan yang dapat diterima tentang hak itu di fasilitas yang disebut dalam daftar pemasok publik perusahaan ini; dipulihkan: kasus yang pemulihannya sudah diverifikasi.",
    ],
    "Codes side by side": [
        "Códigos lado a lado", "আচরণবিধি পাশাপাশি", "准则对照", "So sánh các bộ quy tắc", "Davranış kuralları yan yana",
        "ក្រមដាក់ប្រៀបធៀបគ្នា", "आचार संहिताएँ साथ-साथ", "Kode etik berdampingan",
    ],
    "Choose up to five codes": [
        "Elija hasta cinco códigos", "সর্বোচ্চ পাঁচটি আচরণবিধি বেছে নিন", "最多选择五个准则", "Chọn tối đa năm bộ quy tắc",
        "En fazla beş davranış kuralı seçin", "ជ្រើសរើសក្រមរហូតដល់ប្រាំ", "अधिकतम पाँच आचार संहिताएँ चुनें",
        "Pilih hingga lima kode etik",
    ],
    "Compare": [
        "Comparar", "তুলনা করুন", "比较", "So sánh", "Karşılaştır", "ប្រៀបធៀប", "तुलना करें", "Bandingkan",
    ],
    "not promised": [
        "no prometido", "প্রতিশ্রুতি নেই", "未承诺", "không cam kết", "taahhüt edilmemiş", "មិនបានសន្យា",
        "वादा नहीं किया गया", "tidak dijanjikan",
    ],
    "Gaps": [
        "Vacíos", "ঘাটতি", "缺口", "Khoảng trống", "Eksikler", "ចន្លោះខ្វះខាត", "कमियाँ", "Celah",
    ],
    "Below the standard": [
        "Por debajo de la norma", "মানের নিচে", "低于标准", "Thấp hơn tiêu chuẩn", "Standardın altında",
        "ទាបជាងស្តង់ដារ", "मानक से कम", "Di bawah standar",
    ],
    "clauses": [
        "cláusulas", "ধারা", "条款", "điều khoản", "maddeler", "ប្រការ", "धाराएँ", "klausul",
    ],
    "Promised to no one in particular": [
        "No se promete a nadie en concreto", "নির্দিষ্ট কাউকে প্রতিশ্রুতি দেওয়া হয়নি", "未向任何特定对象承诺",
        "Không hứa với ai cụ thể", "Belirli kimseye söz verilmemiş", "មិនបានសន្យាចំពោះនរណាម្នាក់ជាក់លាក់ទេ",
        "किसी ख़ास व्यक्ति या समूह से वादा नहीं", "Tidak dijanjikan kepada siapa pun secara khusus",
    ],
    "No consequence stated": [
        "No se indica ninguna consecuencia", "কোনো পরিণতির কথা বলা নেই", "未说明后果", "Không nêu hậu quả",
        "Sonuç belirtilmemiş", "មិនបានបញ្ជាក់ពីផលវិបាក", "कोई परिणाम नहीं बताया गया", "Tidak ada konsekuensi yang dinyatakan",
    ],
    "No verification": [
        "Sin verificación", "কোনো যাচাই নেই", "无核实", "Không có xác minh", "Doğrulama yok", "គ្មានការផ្ទៀងផ្ទាត់",
        "कोई सत्यापन नहीं", "Tanpa verifikasi",
    ],
    "Not yet structured": [
        "Aún sin estructurar", "এখনো সাজানো হয়নি", "尚未结构化", "Chưa phân tích cấu trúc", "Henüz yapılandırılmadı",
        "មិនទាន់រៀបចំជារចនាសម្ព័ន្ធ", "अभी संरचित नहीं", "Belum disusun",
    ],
    "Clauses": [
        "Cláusulas", "ধারা", "条款", "Điều khoản", "Maddeler", "ប្រការ", "धाराएँ", "Klausul",
    ],
    "confirmed": [
        "confirmada", "নিশ্চিত", "已确认", "đã xác nhận", "onaylandı", "បានបញ្ជាក់", "पुष्ट", "dikonfirmasi",
    ],
    "Level against the standard": [
        "Nivel respecto a la norma", "মানের তুলনায় মাত্রা", "相对于标准的水平", "Mức độ so với tiêu chuẩn",
        "Standarda göre düzey", "កម្រិតធៀបនឹងស្តង់ដារ", "मानक की तुलना में स्तर", "Tingkat dibandingkan standar",
    ],
    "Promised to": [
        "Prometido a", "যাকে প্রতিশ্রুতি দেওয়া হয়েছে", "承诺对象", "Cam kết với", "Söz verilen",
        "សន្យាចំពោះ", "किससे वादा किया गया", "Dijanjikan kepada",
    ],
    "Scope": [
        "Alcance", "পরিধি", "范围", "Phạm vi", "Kapsam", "វិសាលភាព", "दायरा", "Cakupan",
    ],
    "Confirm clause": [
        "Confirmar la cláusula", "ধারা নিশ্চিত করুন", "确认条款", "Xác nhận điều khoản", "Maddeyi onayla",
        "បញ្ជាក់ប្រការ", "धारा की पुष्टि करें", "Konfirmasi klausul",
    ],
    "The code as published (kept as evidence)": [
        "El código tal como se publicó (guardado como prueba)", "প্রকাশিত আচরণবিধি (প্রমাণ হিসেবে রাখা)",
        "公开发布的准则原文（作为依据保存）", "Bộ quy tắc như đã công bố (được lưu làm bằng chứng)",
        "Yayımlandığı hâliyle davranış kuralları (kanıt olarak saklanır)", "ក្រមតាមការបោះពុម្ពផ្សាយ (រក្សាទុកជាភស្តុតាង)",
        "प्रकाशित रूप में आचार संहिता (प्रमाण के रूप में रखी गई)", "Kode etik sebagaimana diterbitkan (disimpan sebagai bukti)",
    ],
    "What each company or initiative promises, clause by clause: on which right, at what level, to whom, with what consequence, how binding and how verified.": [
        "Lo que promete cada empresa o iniciativa, cláusula por cláusula: sobre qué derecho, a qué nivel, a quién, con qué consecuencia, qué tan vinculante es y cómo se verifica.",
        "প্রতিটি কোম্পানি বা উদ্যোগ ধারা ধরে ধরে কী প্রতিশ্রুতি দেয়: কোন অধিকারে, কোন মাত্রায়, কার প্রতি, কী পরিণতিসহ, কতটা বাধ্যতামূলক এবং কীভাবে যাচাই করা হয়।",
        "每家企业或倡议逐条承诺了什么：涉及哪项权利、什么水平、对谁承诺、有何后果、约束力如何以及如何核实。",
        "Mỗi công ty hoặc sáng kiến cam kết những gì, theo từng điều khoản: về quyền nào, ở mức nào, với ai, hậu quả ra sao, ràng buộc đến đâu và được xác minh thế nào.",
        "Her şirketin veya girişimin madde madde neyi taahhüt ettiği: hangi hakta, hangi düzeyde, kime, hangi sonuçla, ne kadar bağlayıcı ve nasıl doğrulanan.",
        "អ្វីដែលក្រុមហ៊ុន ឬគំនិតផ្តួចផ្តើមនីមួយៗសន្យា តាមប្រការនីមួយៗ៖ លើសិទ្ធិណា នៅកម្រិតណា ចំពោះនរណា មានផលវិបាកអ្វី មានកាតព្វកិច្ចកម្រិតណា និងផ្ទៀងផ្ទាត់យ៉ាងដូចម្តេច។",
        "हर कंपनी या पहल धारा-दर-धारा क्या वादा करती है: किस अधिकार पर, किस स्तर पर, किसके प्रति, किस परिणाम के साथ, कितना बाध्यकारी और कैसे सत्यापित।",
        "Apa yang dijanjikan setiap perusahaan atau inisiatif, klausul demi klausul: tentang hak apa, pada tingkat apa, kepada siapa, dengan konsekuensi apa, seberapa mengikat, dan bagaimana diverifikasi.",
    ],
    "promise card": [
        "ficha de compromisos", "প্রতিশ্রুতির কার্ড", "承诺卡", "thẻ cam kết", "taahhüt kartı", "កាតការសន្យា",
        "वादों का कार्ड", "kartu janji",
    ],
    "Compare codes side by side": [
        "Comparar códigos lado a lado", "আচরণবিধিগুলো পাশাপাশি তুলনা করুন", "对照比较准则",
        "So sánh các bộ quy tắc cạnh nhau", "Davranış kurallarını yan yana karşılaştırın", "ប្រៀបធៀបក្រមនៅក្បែរគ្នា",
        "आचार संहिताओं की साथ-साथ तुलना करें", "Bandingkan kode etik berdampingan",
    ],
    "Version": [
        "Versión", "সংস্করণ", "版本", "Phiên bản", "Sürüm", "កំណែ", "संस्करण", "Versi",
    ],
    "Adopted on": [
        "Adoptado el", "গ্রহণের তারিখ", "通过日期", "Ngày thông qua", "Kabul tarihi", "អនុម័តនៅថ្ងៃ",
        "अपनाने की तारीख़", "Diadopsi pada",
    ],
    "Where it is published": [
        "Dónde se publica", "কোথায় প্রকাশিত", "发布位置", "Nơi công bố", "Nerede yayımlandığı",
        "កន្លែងដែលបានបោះពុម្ពផ្សាយ", "कहाँ प्रकाशित है", "Tempat diterbitkan",
    ],
    "Paste the code": [
        "Pegue el código", "আচরণবিধিটি পেস্ট করুন", "粘贴准则文本", "Dán nội dung bộ quy tắc",
        "Davranış kurallarını yapıştırın", "បិទភ្ជាប់ក្រម", "आचार संहिता पेस्ट करें", "Tempel kode etiknya",
    ],
    "…or upload it (PDF, HTML, text)": [
        "…o súbalo (PDF, HTML, texto)", "…অথবা আপলোড করুন (PDF, HTML, টেক্সট)", "…或上传（PDF、HTML、文本）",
        "…hoặc tải lên (PDF, HTML, văn bản)", "…veya yükleyin (PDF, HTML, metin)", "…ឬផ្ទុកវាឡើង (PDF, HTML, អត្ថបទ)",
        "…या अपलोड करें (PDF, HTML, टेक्स्ट)", "…atau unggah (PDF, HTML, teks)",
    ],
    "The pasted text is larger than the form accepts (%(mb)s MB): paste the code itself, or upload it as a file.": [
        "El texto pegado es más grande de lo que admite el formulario (%(mb)s MB): pegue solo el código o súbalo como archivo.",
        "পেস্ট করা লেখা ফর্মের গ্রহণযোগ্য আকারের চেয়ে বড় (%(mb)s MB): শুধু আচরণবিধিটি পেস্ট করুন, অথবা ফাইল হিসেবে আপলোড করুন।",
        "粘贴的文本超过了表单允许的大小（%(mb)s MB）：请只粘贴准则本身，或将其作为文件上传。",
        "Văn bản đã dán lớn hơn mức biểu mẫu cho phép (%(mb)s MB): hãy chỉ dán nội dung bộ quy tắc, hoặc tải lên dưới dạng tệp.",
        "Yapıştırılan metin, formun kabul ettiğinden büyük (%(mb)s MB): yalnızca davranış kurallarını yapıştırın ya da dosya olarak yükleyin.",
        "អត្ថបទដែលបានបិទភ្ជាប់ធំជាងទំហំដែលទម្រង់អាចទទួលយកបាន (%(mb)s MB)៖ សូមបិទភ្ជាប់តែក្រមប៉ុណ្ណោះ ឬផ្ទុកវាឡើងជាឯកសារ។",
        "पेस्ट किया गया टेक्स्ट फ़ॉर्म की सीमा से बड़ा है (%(mb)s MB): केवल आचार संहिता पेस्ट करें, या उसे फ़ाइल के रूप में अपलोड करें।",
        "Teks yang ditempel lebih besar dari batas formulir (%(mb)s MB): tempel kode etiknya saja, atau unggah sebagai berkas.",
    ],
    "Imported: confirm or correct each clause below.": [
        "Importado: confirme o corrija cada cláusula a continuación.", "ইমপোর্ট হয়েছে: নিচের প্রতিটি ধারা নিশ্চিত বা সংশোধন করুন।",
        "已导入：请确认或更正下面的每一条款。", "Đã nhập: hãy xác nhận hoặc sửa từng điều khoản bên dưới.",
        "İçe aktarıldı: aşağıdaki her maddeyi onaylayın veya düzeltin.", "បាននាំចូលហើយ៖ សូមបញ្ជាក់ ឬកែតម្រូវប្រការនីមួយៗខាងក្រោម។",
        "आयात हो गया: नीचे दी गई हर धारा की पुष्टि करें या उसे सुधारें।", "Sudah diimpor: konfirmasi atau perbaiki setiap klausul di bawah.",
    ],
    "Clause %(n)s confirmed.": [
        "Cláusula %(n)s confirmada.", "ধারা %(n)s নিশ্চিত করা হয়েছে।", "第 %(n)s 条已确认。", "Đã xác nhận điều khoản %(n)s.",
        "%(n)s. madde onaylandı.", "បានបញ្ជាក់ប្រការ %(n)s ហើយ។", "धारा %(n)s की पुष्टि हुई।", "Klausul %(n)s dikonfirmasi.",
    ],
    "Brand or buyer": [
        "Marca o comprador", "ব্র্যান্ড বা ক্রেতা", "品牌或买方", "Nhãn hàng hoặc người mua", "Marka veya alıcı",
        "ម៉ាក ឬអ្នកទិញ", "ब्रांड या खरीदार", "Merek atau pembeli",
    ],
    "Supplier or facility": [
        "Proveedor o instalación", "সরবরাহকারী বা কারখানা", "供应商或工厂", "Nhà cung cấp hoặc cơ sở", "Tedarikçi veya tesis",
        "អ្នកផ្គត់ផ្គង់ ឬរោងចក្រ", "आपूर्तिकर्ता या फ़ैक्टरी", "Pemasok atau fasilitas",
    ],
    "Operator (multi-stakeholder initiative or NGO)": [
        "Operador (iniciativa multiactor u ONG)", "অপারেটর (বহু-অংশীজন উদ্যোগ বা এনজিও)", "运营方（多方利益相关者倡议或非政府组织）",
        "Đơn vị vận hành (sáng kiến đa bên hoặc tổ chức phi chính phủ)", "Operatör (çok paydaşlı girişim veya STK)",
        "ប្រតិបត្តិករ (គំនិតផ្តួចផ្តើមពហុភាគីពាក់ព័ន្ធ ឬអង្គការមិនមែនរដ្ឋាភិបាល)", "ऑपरेटर (बहु-हितधारक पहल या एनजीओ)",
        "Operator (inisiatif multipihak atau LSM)",
    ],
    "Union or worker organisation": [
        "Sindicato u organización de trabajadores", "ইউনিয়ন বা শ্রমিক সংগঠন", "工会或工人组织", "Công đoàn hoặc tổ chức của người lao động",
        "Sendika veya işçi örgütü", "សហជីព ឬអង្គការកម្មករ", "यूनियन या मज़दूर संगठन", "Serikat pekerja atau organisasi pekerja",
    ],
    "Administrator": [
        "Administrador", "প্রশাসক", "管理员", "Quản trị viên", "Yönetici", "អ្នកគ្រប់គ្រងប្រព័ន្ធ", "प्रशासक", "Administrator",
    ],
    "Editor": [
        "Editor", "সম্পাদক", "编辑者", "Người biên tập", "Düzenleyici", "អ្នកកែសម្រួល", "संपादक", "Editor",
    ],
}  # fmt: skip

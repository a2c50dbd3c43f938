"""Strings of the pages built before the nine-language rule (issue 21), batch 2.
Order: es, bn, zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    "Viewer": [
        "Lector", "দর্শক", "查看者", "Người xem", "Görüntüleyici", "អ្នកមើល", "दर्शक", "Pelihat",
    ],
    "Private to the owner organisation": [
        "Privado para la organización propietaria", "শুধু মালিক সংস্থার জন্য", "仅限所属组织",
        "Chỉ tổ chức sở hữu được xem", "Yalnızca sahip kuruluşa özel", "ឯកជនសម្រាប់អង្គការម្ចាស់",
        "केवल स्वामी संगठन के लिए", "Hanya untuk organisasi pemilik",
    ],
    "Shared with named organisations": [
        "Compartido con organizaciones designadas", "নির্দিষ্ট সংস্থাগুলোর সঙ্গে ভাগ করা", "与指定组织共享",
        "Chia sẻ với các tổ chức được chỉ định", "Adı belirtilen kuruluşlarla paylaşılır",
        "ចែករំលែកជាមួយអង្គការដែលបានកំណត់", "नामित संगठनों के साथ साझा", "Dibagikan dengan organisasi tertentu",
    ],
    "Public": [
        "Público", "প্রকাশ্য", "公开", "Công khai", "Herkese açık", "សាធារណៈ", "सार्वजनिक", "Publik",
    ],
    "ILO fundamental principle": [
        "Principio fundamental de la OIT", "আইএলওর মৌলিক নীতি", "国际劳工组织基本原则",
        "Nguyên tắc cơ bản của ILO", "ILO temel ilkesi", "គោលការណ៍មូលដ្ឋានរបស់ ILO", "ILO का मूलभूत सिद्धांत",
        "Prinsip dasar ILO",
    ],
    "ILO forced-labour indicator": [
        "Indicador de trabajo forzoso de la OIT", "আইএলওর জবরদস্তিমূলক শ্রমের সূচক", "国际劳工组织强迫劳动指标",
        "Chỉ số lao động cưỡng bức của ILO", "ILO zorla çalıştırma göstergesi", "សូចនាករពលកម្មដោយបង្ខំរបស់ ILO",
        "ILO का जबरन श्रम संकेतक", "Indikator kerja paksa ILO",
    ],
    "Labour right": [
        "Derecho laboral", "শ্রম অধিকার", "劳动权利", "Quyền lao động", "Çalışma hakkı", "សិទ្ធិការងារ",
        "श्रम अधिकार", "Hak ketenagakerjaan",
    ],
    "Sector-specific right": [
        "Derecho propio del sector", "খাতভিত্তিক অধিকার", "特定行业的权利", "Quyền riêng của ngành",
        "Sektöre özgü hak", "សិទ្ធិជាក់លាក់តាមវិស័យ", "क्षेत्र-विशेष अधिकार", "Hak khusus sektor",
    ],
    "No rights of this kind.": [
        "No hay derechos de este tipo.", "এই ধরনের কোনো অধিকার নেই।", "没有此类权利。",
        "Không có quyền nào thuộc loại này.", "Bu türden hak yok.", "គ្មានសិទ្ធិប្រភេទនេះទេ។",
        "इस प्रकार का कोई अधिकार नहीं।", "Tidak ada hak jenis ini.",
    ],
    "chainrights connects the people who make our clothes and goods with the brands that buy them. Workers and unions raise grievances safely in their own language; brands disclose where their products are made; audits, corrective actions and inspections are shared instead of hidden; and every company's code of conduct becomes a promise that can be checked.": [
        "chainrights conecta a las personas que fabrican nuestra ropa y nuestros productos con las marcas que los compran. Los trabajadores y los sindicatos presentan quejas de forma segura en su propio idioma; las marcas revelan dónde se fabrican sus productos; las auditorías, las acciones correctivas y las inspecciones se comparten en lugar de ocultarse; y el código de conducta de cada empresa se convierte en una promesa que se puede comprobar.",
        "chainrights আমাদের পোশাক ও পণ্য যাঁরা তৈরি করেন, তাঁদের সঙ্গে সেগুলো কেনে এমন ব্র্যান্ডগুলোকে যুক্ত করে। শ্রমিক ও ইউনিয়ন নিজের ভাষায় নিরাপদে অভিযোগ জানান; ব্র্যান্ডগুলো জানায় তাদের পণ্য কোথায় তৈরি হয়; অডিট, সংশোধনমূলক পদক্ষেপ ও পরিদর্শন লুকিয়ে না রেখে ভাগ করা হয়; আর প্রতিটি কোম্পানির আচরণবিধি হয়ে ওঠে এমন একটি প্রতিশ্রুতি, যা যাচাই করা যায়।",
        "chainrights 把制作我们衣服和商品的人与购买这些产品的品牌连接起来。工人和工会用自己的语言安全地提出申诉；品牌公开其产品在哪里生产；审核、纠正措施和检查结果被共享而不是被隐藏；每家公司的行为准则都成为可以核查的承诺。",
        "chainrights kết nối những người làm ra quần áo và hàng hóa của chúng ta với các nhãn hàng mua chúng. Người lao động và công đoàn gửi khiếu nại một cách an toàn bằng chính ngôn ngữ của mình; các nhãn hàng công khai nơi sản phẩm của họ được sản xuất; các cuộc đánh giá, hành động khắc phục và thanh tra được chia sẻ thay vì bị che giấu; và bộ quy tắc ứng xử của mỗi công ty trở thành một lời hứa có thể kiểm chứng.",
        "chainrights, giysilerimizi ve mallarımızı üreten insanları onları satın alan markalarla buluşturur. İşçiler ve sendikalar şikâyetlerini kendi dillerinde güvenle dile getirir; markalar ürünlerinin nerede üretildiğini açıklar; denetimler, düzeltici faaliyetler ve teftişler gizlenmek yerine paylaşılır; ve her şirketin davranış kuralları denetlenebilir bir söze dönüşür.",
        "chainrights ភ្ជាប់អ្នកដែលផលិតសម្លៀកបំពាក់ និងទំនិញរបស់យើង ជាមួយម៉ាកដែលទិញវា។ កម្មករ និងសហជីពដាក់បណ្ដឹងដោយសុវត្ថិភាពជាភាសារបស់ខ្លួន ម៉ាកបង្ហាញកន្លែងដែលផលិតផលរបស់ខ្លួនត្រូវបានផលិត សវនកម្ម វិធានការកែតម្រូវ និងអធិការកិច្ចត្រូវបានចែករំលែក ជំនួសឱ្យការលាក់ទុក ហើយក្រមប្រតិបត្តិរបស់ក្រុមហ៊ុននីមួយៗក្លាយជាការសន្យាដែលអាចផ្ទៀងផ្ទាត់បាន។",
        "chainrights हमारे कपड़े और सामान बनाने वाले लोगों को उन्हें खरीदने वाले ब्रांडों से जोड़ता है। मज़दूर और यूनियन अपनी भाषा में सुरक्षित रूप से शिकायत दर्ज करते हैं; ब्रांड बताते हैं कि उनके उत्पाद कहाँ बनते हैं; ऑडिट, सुधारात्मक कार्रवाइयाँ और निरीक्षण छिपाए नहीं जाते, साझा किए जाते हैं; और हर कंपनी की आचार संहिता एक ऐसा वादा बन जाती है जिसकी जाँच की जा सकती है।",
        "chainrights menghubungkan orang-orang yang membuat pakaian dan barang kita dengan merek yang membelinya. Pekerja dan serikat menyampaikan pengaduan dengan aman dalam bahasa mereka sendiri; merek mengungkapkan di mana produk mereka dibuat; audit, tindakan perbaikan, dan inspeksi dibagikan, bukan disembunyikan; dan kode etik setiap perusahaan menjadi janji yang dapat diperiksa.",
    ],
    "Turn on two-factor authentication": [
        "Activar la verificación en dos pasos", "দুই-ধাপের যাচাই চালু করুন", "开启双重验证", "Bật xác thực hai bước",
        "İki adımlı doğrulamayı açın", "បើកការផ្ទៀងផ្ទាត់ពីរជំហាន", "दो-चरणीय सत्यापन चालू करें",
        "Aktifkan autentikasi dua langkah",
    ],
    "Scan this code with an authenticator app, or type the secret below.": [
        "Escanee este código con una aplicación de autenticación o escriba la clave secreta que aparece abajo.",
        "একটি অথেন্টিকেটর অ্যাপ দিয়ে এই কোডটি স্ক্যান করুন, অথবা নিচের গোপন কোডটি লিখুন।",
        "用验证器应用扫描此二维码，或输入下面的密钥。",
        "Quét mã này bằng ứng dụng xác thực, hoặc nhập mã bí mật bên dưới.",
        "Bu kodu bir doğrulama uygulamasıyla tarayın veya aşağıdaki gizli anahtarı yazın.",
        "ស្កេនកូដនេះដោយកម្មវិធីផ្ទៀងផ្ទាត់ ឬវាយលេខសម្ងាត់ខាងក្រោម។",
        "इस कोड को किसी ऑथेंटिकेटर ऐप से स्कैन करें, या नीचे दी गई गुप्त कुंजी टाइप करें।",
        "Pindai kode ini dengan aplikasi autentikator, atau ketik kode rahasia di bawah.",
    ],
    "Enter the six-digit code the app shows.": [
        "Introduzca el código de seis dígitos que muestra la aplicación.", "অ্যাপে দেখানো ছয় অঙ্কের কোডটি লিখুন।",
        "输入应用显示的六位数代码。", "Nhập mã sáu chữ số mà ứng dụng hiển thị.",
        "Uygulamanın gösterdiği altı haneli kodu girin.", "បញ្ចូលលេខកូដប្រាំមួយខ្ទង់ដែលកម្មវិធីបង្ហាញ។",
        "ऐप में दिखने वाला छह अंकों का कोड डालें।", "Masukkan kode enam digit yang ditampilkan aplikasi.",
    ],
    "Code": [
        "Código", "কোড", "代码", "Mã", "Kod", "លេខកូដ", "कोड", "Kode",
    ],
    "Web form": [
        "Formulario web", "ওয়েব ফর্ম", "网页表单", "Biểu mẫu web", "Web formu", "ទម្រង់លើគេហទំព័រ", "वेब फ़ॉर्म",
        "Formulir web",
    ],
    "SMS": [
        "SMS", "এসএমএস", "短信", "SMS", "SMS", "សារ SMS", "SMS", "SMS",
    ],
    "WhatsApp": [
        "WhatsApp", "WhatsApp", "WhatsApp", "WhatsApp", "WhatsApp", "WhatsApp", "WhatsApp", "WhatsApp",
    ],
    "Hotline": [
        "Línea directa", "হটলাইন", "热线电话", "Đường dây nóng", "Yardım hattı", "ខ្សែទូរស័ព្ទបន្ទាន់", "हेल्पलाइन",
        "Saluran siaga",
    ],
    "Phone call to staff": [
        "Llamada telefónica al personal", "কর্মীদের কাছে ফোন", "打电话给工作人员", "Gọi điện cho nhân viên",
        "Personele telefon", "ការហៅទូរស័ព្ទទៅបុគ្គលិក", "कर्मचारियों को फ़ोन कॉल", "Telepon ke petugas",
    ],
    "In person": [
        "En persona", "সরাসরি উপস্থিত হয়ে", "当面", "Trực tiếp", "Yüz yüze", "ដោយផ្ទាល់", "व्यक्तिगत रूप से",
        "Secara langsung",
    ],
    "Through a union": [
        "A través de un sindicato", "ইউনিয়নের মাধ্যমে", "通过工会", "Thông qua công đoàn", "Bir sendika aracılığıyla",
        "តាមរយៈសហជីព", "यूनियन के माध्यम से", "Melalui serikat",
    ],
    "Email": [
        "Correo electrónico", "ইমেইল", "电子邮件", "Email", "E-posta", "អ៊ីមែល", "ईमेल", "Email",
    ],
    "Mediation": [
        "Mediación", "মধ্যস্থতা", "调解", "Hòa giải", "Arabuluculuk", "ការសម្របសម្រួល", "मध्यस्थता", "Mediasi",
    ],
    "OECD National Contact Point": [
        "Punto Nacional de Contacto de la OCDE", "ওইসিডি জাতীয় যোগাযোগ কেন্দ্র", "经合组织国家联络点",
        "Đầu mối liên hệ quốc gia của OECD", "OECD Ulusal İrtibat Noktası", "ចំណុចទំនាក់ទំនងជាតិរបស់ OECD",
        "OECD राष्ट्रीय संपर्क केंद्र", "Titik Kontak Nasional OECD",
    ],
    "Courts": [
        "Tribunales", "আদালত", "法院", "Tòa án", "Mahkemeler", "តុលាការ", "अदालतें", "Pengadilan",
    ],
    "To the complainant": [
        "A la persona denunciante", "অভিযোগকারীর কাছে", "发给申诉人", "Gửi người khiếu nại", "Şikâyetçiye",
        "ទៅអ្នកប្តឹង", "शिकायतकर्ता को", "Kepada pengadu",
    ],
    "From the complainant": [
        "De la persona denunciante", "অভিযোগকারীর কাছ থেকে", "来自申诉人", "Từ người khiếu nại", "Şikâyetçiden",
        "ពីអ្នកប្តឹង", "शिकायतकर्ता से", "Dari pengadu",
    ],
    "Internal note": [
        "Nota interna", "অভ্যন্তরীণ নোট", "内部备注", "Ghi chú nội bộ", "İç not", "កំណត់ចំណាំផ្ទៃក្នុង", "आंतरिक नोट",
        "Catatan internal",
    ],
    "Brand response": [
        "Respuesta de la marca", "ব্র্যান্ডের জবাব", "品牌的回应", "Phản hồi của nhãn hàng", "Marka yanıtı",
        "ចម្លើយរបស់ម៉ាក", "ब्रांड का जवाब", "Tanggapan merek",
    ],
    "Choosing a language": [
        "Eligiendo el idioma", "ভাষা বেছে নিচ্ছেন", "正在选择语言", "Đang chọn ngôn ngữ", "Dil seçiliyor",
        "កំពុងជ្រើសរើសភាសា", "भाषा चुन रहे हैं", "Memilih bahasa",
    ],
    "Telling what happened": [
        "Contando lo que pasó", "কী ঘটেছে তা বলছেন", "正在讲述发生的事情", "Đang kể lại sự việc",
        "Olanlar anlatılıyor", "កំពុងប្រាប់អំពីអ្វីដែលបានកើតឡើង", "क्या हुआ, यह बता रहे हैं",
        "Menceritakan apa yang terjadi",
    ],
    "Naming the workplace": [
        "Indicando el lugar de trabajo", "কর্মস্থলের নাম বলছেন", "正在说明工作场所", "Đang nêu tên nơi làm việc",
        "İşyerinin adı veriliyor", "កំពុងប្រាប់ឈ្មោះកន្លែងធ្វើការ", "कार्यस्थल का नाम बता रहे हैं",
        "Menyebutkan tempat kerja",
    ],
    "Choosing the workplace": [
        "Eligiendo el lugar de trabajo", "কর্মস্থল বেছে নিচ্ছেন", "正在选择工作场所", "Đang chọn nơi làm việc",
        "İşyeri seçiliyor", "កំពុងជ្រើសរើសកន្លែងធ្វើការ", "कार्यस्थल चुन रहे हैं", "Memilih tempat kerja",
    ],
    "How many workers": [
        "Cuántos trabajadores", "কতজন শ্রমিক", "涉及多少工人", "Bao nhiêu người lao động", "Kaç işçi",
        "ចំនួនកម្មករ", "कितने मज़दूर", "Berapa pekerja",
    ],
    "Fear of reprisal": [
        "Miedo a represalias", "প্রতিশোধের ভয়", "担心遭报复", "Sợ bị trả thù", "Misilleme korkusu",
        "ការខ្លាចការសងសឹក", "प्रतिशोध का डर", "Takut pembalasan",
    ],
    "Following the case": [
        "Seguimiento del caso", "অভিযোগের খোঁজ রাখা", "跟进案件", "Theo dõi vụ việc", "Başvurunun takibi",
        "តាមដានករណី", "मामले पर नज़र रखना", "Mengikuti kasus",
    ],
    "Sending": [
        "Enviando", "পাঠানো হচ্ছে", "发送中", "Đang gửi", "Gönderiliyor", "កំពុងផ្ញើ", "भेजा जा रहा है",
        "Sedang dikirim",
    ],
    "Cases": [
        "Casos", "অভিযোগসমূহ", "案件", "Vụ việc", "Başvurular", "ករណី", "मामले", "Kasus",
    ],
    "reprisal reported": [
        "represalia denunciada", "প্রতিশোধের খবর পাওয়া গেছে", "报告了报复行为", "có báo cáo trả thù",
        "misilleme bildirildi", "មានរបាយការណ៍អំពីការសងសឹក", "प्रतिशोध की सूचना", "pembalasan dilaporkan",
    ],
    "fears reprisal": [
        "teme represalias", "প্রতিশোধের ভয় পান", "担心遭报复", "sợ bị trả thù", "misillemeden korkuyor",
        "ខ្លាចការសងសឹក", "प्रतिशोध से डरते हैं", "takut pembalasan",
    ],
    "Suggested from the narrative": [
        "Sugerido a partir del relato", "বিবরণ থেকে প্রস্তাবিত", "根据陈述建议", "Gợi ý từ lời kể",
        "Anlatımdan önerilen", "បានស្នើពីការរៀបរាប់", "विवरण से सुझाया गया", "Disarankan dari cerita",
    ],
    "Workers affected": [
        "Trabajadores afectados", "ক্ষতিগ্রস্ত শ্রমিক", "受影响的工人", "Người lao động bị ảnh hưởng",
        "Etkilenen işçiler", "កម្មករដែលរងផលប៉ះពាល់", "प्रभावित मज़दूर", "Pekerja yang terdampak",
    ],
    "detected": [
        "detectado", "শনাক্ত করা", "检测到", "phát hiện được", "algılanan", "បានរកឃើញ", "पहचानी गई", "terdeteksi",
    ],
    "Brands sourcing here": [
        "Marcas que compran aquí", "যেসব ব্র্যান্ড এখান থেকে কেনে", "在此采购的品牌", "Các nhãn hàng đặt hàng ở đây",
        "Buradan tedarik eden markalar", "ម៉ាកដែលទិញពីទីនេះ", "यहाँ से खरीदने वाले ब्रांड", "Merek yang membeli dari sini",
    ],
    "What the complainant wrote": [
        "Lo que escribió la persona denunciante", "অভিযোগকারী যা লিখেছেন", "申诉人写的内容", "Những gì người khiếu nại đã viết",
        "Şikâyetçinin yazdıkları", "អ្វីដែលអ្នកប្តឹងបានសរសេរ", "शिकायतकर्ता ने क्या लिखा", "Yang ditulis pengadu",
    ],
    "Received, not yet acknowledged.": [
        "Recibido, aún sin acuse de recibo.", "পাওয়া গেছে, এখনো প্রাপ্তি স্বীকার করা হয়নি।", "已收到，尚未确认受理。",
        "Đã nhận, chưa xác nhận.", "Alındı, henüz teyit edilmedi.", "បានទទួល ប៉ុន្តែមិនទាន់ទទួលស្គាល់ទេ។",
        "मिल गया है, अभी पावती नहीं दी गई।", "Diterima, belum dikonfirmasi.",
    ],
    "Brands' responses": [
        "Respuestas de las marcas", "ব্র্যান্ডগুলোর জবাব", "品牌的回应", "Phản hồi của các nhãn hàng",
        "Markaların yanıtları", "ចម្លើយរបស់ម៉ាក", "ब्रांडों के जवाब", "Tanggapan merek",
    ],
    "jointly with": [
        "junto con", "যৌথ অংশীদার", "联合", "cùng với", "şunlarla birlikte", "រួមជាមួយ", "साथ में",
        "bersama dengan",
    ],
    "Commitment": [
        "Compromiso", "প্রতিশ্রুতি", "承诺", "Cam kết", "Taahhüt", "ការប្តេជ្ញា", "प्रतिबद्धता", "Komitmen",
    ],
    "%(brand)s's response": [
        "Respuesta de %(brand)s", "%(brand)s-এর জবাব", "%(brand)s 的回应", "Phản hồi của %(brand)s",
        "%(brand)s yanıtı", "ចម្លើយរបស់ %(brand)s", "%(brand)s का जवाब", "Tanggapan %(brand)s",
    ],
    "Commitment (what, by when)": [
        "Compromiso (qué y para cuándo)", "প্রতিশ্রুতি (কী, কবের মধ্যে)", "承诺（做什么，何时完成）",
        "Cam kết (làm gì, đến khi nào)", "Taahhüt (ne, ne zamana kadar)", "ការប្តេជ្ញា (អ្វី និងត្រឹមពេលណា)",
        "प्रतिबद्धता (क्या, कब तक)", "Komitmen (apa, kapan)",
    ],
    "Act jointly with": [
        "Actuar junto con", "যৌথভাবে কাজ করুন যাদের সঙ্গে", "与以下品牌联合行动", "Cùng hành động với",
        "Birlikte hareket edilecek markalar", "ធ្វើសកម្មភាពរួមជាមួយ", "इनके साथ मिलकर कार्रवाई करें",
        "Bertindak bersama dengan",
    ],
    "Record our response": [
        "Registrar nuestra respuesta", "আমাদের জবাব নথিভুক্ত করুন", "记录我们的回应", "Ghi nhận phản hồi của chúng tôi",
        "Yanıtımızı kaydet", "កត់ត្រាចម្លើយរបស់យើង", "हमारा जवाब दर्ज करें", "Catat tanggapan kami",
    ],
    "Message": [
        "Mensaje", "বার্তা", "消息", "Tin nhắn", "Mesaj", "សារ", "संदेश", "Pesan",
    ],
    "Internal note (the complainant does not see it)": [
        "Nota interna (la persona denunciante no la ve)", "অভ্যন্তরীণ নোট (অভিযোগকারী এটি দেখতে পান না)",
        "内部备注（申诉人看不到）", "Ghi chú nội bộ (người khiếu nại không thấy)", "İç not (şikâyetçi görmez)",
        "កំណត់ចំណាំផ្ទៃក្នុង (អ្នកប្តឹងមើលមិនឃើញទេ)", "आंतरिक नोट (शिकायतकर्ता इसे नहीं देखता)",
        "Catatan internal (pengadu tidak melihatnya)",
    ],
    "Save message": [
        "Guardar mensaje", "বার্তা সংরক্ষণ করুন", "保存消息", "Lưu tin nhắn", "Mesajı kaydet", "រក្សាទុកសារ",
        "संदेश सहेजें", "Simpan pesan",
    ],
    "Which facility is it?": [
        "¿De qué instalación se trata?", "এটি কোন কারখানা?", "是哪家工厂？", "Đó là cơ sở nào?", "Hangi tesis?",
        "តើជារោងចក្រណា?", "यह कौन-सी फ़ैक्टरी है?", "Fasilitas yang mana?",
    ],
    "The complainant wrote": [
        "La persona denunciante escribió", "অভিযোগকারী লিখেছেন", "申诉人写道", "Người khiếu nại đã viết",
        "Şikâyetçinin yazdığı", "អ្នកប្តឹងបានសរសេរ", "शिकायतकर्ता ने लिखा", "Pengadu menulis",
    ],
    "Ranked by the matching engine:": [
        "Ordenadas por el motor de coincidencias:", "মিলানোর ব্যবস্থা অনুযায়ী ক্রম:", "按匹配引擎排序：",
        "Xếp hạng theo công cụ đối chiếu:", "Eşleştirme motorunun sıralaması:", "តាមលំដាប់របស់ម៉ាស៊ីនផ្គូផ្គង៖",
        "मिलान प्रणाली के अनुसार क्रम:", "Diurutkan oleh mesin pencocokan:",
    ],
    "No registry facility looks like it.": [
        "Ninguna instalación del registro se le parece.", "রেজিস্ট্রির কোনো কারখানার সঙ্গে এটি মেলে না।",
        "登记中没有相似的工厂。", "Không có cơ sở nào trong sổ đăng ký giống như vậy.",
        "Kayıttaki hiçbir tesis buna benzemiyor.", "គ្មានរោងចក្រក្នុងបញ្ជីចុះឈ្មោះណាដែលស្រដៀងនឹងវាទេ។",
        "रजिस्ट्री की कोई फ़ैक्टरी इससे मेल नहीं खाती।", "Tidak ada fasilitas di registri yang mirip.",
    ],
    "The supplier": [
        "El proveedor", "সরবরাহকারী", "供应商", "Nhà cung cấp", "Tedarikçi", "អ្នកផ្គត់ផ្គង់", "आपूर्तिकर्ता", "Pemasok",
    ],
    "Let %(org)s (the facility's verified owner) see this case? It never sees who complained.": [
        "¿Permitir que %(org)s (la propietaria verificada de la instalación) vea este caso? Nunca verá quién presentó la queja.",
        "%(org)s-কে (কারখানার যাচাইকৃত মালিক) এই অভিযোগটি দেখতে দেবেন? কে অভিযোগ করেছেন, তা তারা কখনো দেখবে না।",
        "允许 %(org)s（该工厂经核实的所有者）查看此案件吗？它永远看不到是谁提出的申诉。",
        "Cho %(org)s (chủ sở hữu đã xác minh của cơ sở) xem vụ việc này? Họ không bao giờ thấy ai đã khiếu nại.",
        "%(org)s (tesisin doğrulanmış sahibi) bu başvuruyu görsün mü? Kimin şikâyet ettiğini asla görmez.",
        "អនុញ្ញាតឱ្យ %(org)s (ម្ចាស់រោងចក្រដែលបានផ្ទៀងផ្ទាត់) មើលករណីនេះឬ? គេមិនដែលឃើញថាអ្នកណាជាអ្នកប្តឹងទេ។",
        "क्या %(org)s (फ़ैक्टरी के सत्यापित मालिक) को यह मामला देखने दें? वे कभी नहीं देखेंगे कि शिकायत किसने की।",
        "Izinkan %(org)s (pemilik fasilitas yang terverifikasi) melihat kasus ini? Mereka tidak pernah melihat siapa yang mengadu.",
    ],
    "Share with the supplier": [
        "Compartir con el proveedor", "সরবরাহকারীর সঙ্গে ভাগ করুন", "与供应商共享", "Chia sẻ với nhà cung cấp",
        "Tedarikçiyle paylaş", "ចែករំលែកជាមួយអ្នកផ្គត់ផ្គង់", "आपूर्तिकर्ता के साथ साझा करें", "Bagikan dengan pemasok",
    ],
    "Confirm the rights concerned": [
        "Confirmar los derechos afectados", "সংশ্লিষ্ট অধিকারগুলো নিশ্চিত করুন", "确认涉及的权利",
        "Xác nhận các quyền liên quan", "İlgili hakları onaylayın", "បញ្ជាក់សិទ្ធិដែលពាក់ព័ន្ធ",
        "संबंधित अधिकारों की पुष्टि करें", "Konfirmasi hak yang terkait",
    ],
    "Move to": [
        "Pasar a", "যে ধাপে নেবেন", "转到", "Chuyển sang", "Şu aşamaya taşı", "ផ្លាស់ទៅ", "इस चरण में ले जाएँ",
        "Pindahkan ke",
    ],
    "Escalate to (when escalating)": [
        "Escalar a (si se escala)", "উচ্চতর পর্যায়ে যেখানে পাঠাবেন (পাঠালে)", "上报至（如上报）",
        "Chuyển lên (khi chuyển lên cấp cao hơn)", "Üst merci (üst mercie taşınıyorsa)",
        "បញ្ជូនបន្តទៅ (ពេលបញ្ជូនបន្ត)", "कहाँ आगे भेजें (आगे भेजते समय)", "Eskalasi ke (bila dieskalasi)",
    ],
    "Move the case": [
        "Avanzar el caso", "অভিযোগটি পরের ধাপে নিন", "推进案件", "Chuyển vụ việc", "Başvuruyu ilerlet",
        "ផ្លាស់ប្ដូរដំណាក់កាលករណី", "मामला आगे बढ़ाएँ", "Pindahkan kasus",
    ],
    "Public report (anonymised)": [
        "Informe público (anonimizado)", "প্রকাশ্য প্রতিবেদন (পরিচয় গোপন রেখে)", "公开报告（已匿名）",
        "Báo cáo công khai (đã ẩn danh)", "Kamuya açık rapor (anonimleştirilmiş)", "របាយការណ៍សាធារណៈ (អនាមិក)",
        "सार्वजनिक रिपोर्ट (पहचान हटाकर)", "Laporan publik (dianonimkan)",
    ],
    "What was verified": [
        "Lo que se verificó", "কী যাচাই করা হয়েছে", "核实的内容", "Những gì đã được xác minh", "Doğrulananlar",
        "អ្វីដែលបានផ្ទៀងផ្ទាត់", "क्या सत्यापित हुआ", "Yang telah diverifikasi",
    ],
    "I approve publishing it (no names, nothing that identifies a worker)": [
        "Apruebo su publicación (sin nombres ni nada que identifique a un trabajador)",
        "আমি এটি প্রকাশের অনুমোদন দিচ্ছি (কোনো নাম নেই, শ্রমিককে চেনা যায় এমন কিছু নেই)",
        "我同意发布（不含姓名，不含任何可识别工人的信息）",
        "Tôi đồng ý công bố (không có tên, không có gì giúp nhận ra người lao động)",
        "Yayımlanmasını onaylıyorum (isim yok, bir işçiyi tanıtacak hiçbir şey yok)",
        "ខ្ញុំអនុម័តឱ្យផ្សព្វផ្សាយ (គ្មានឈ្មោះ គ្មានអ្វីដែលអាចស្គាល់អត្តសញ្ញាណកម្មករ)",
        "मैं इसे प्रकाशित करने की मंज़ूरी देता/देती हूँ (कोई नाम नहीं, ऐसा कुछ नहीं जिससे किसी मज़दूर की पहचान हो)",
        "Saya menyetujui publikasinya (tanpa nama, tanpa apa pun yang mengungkap identitas pekerja)",
    ],
    "Save the report": [
        "Guardar el informe", "প্রতিবেদন সংরক্ষণ করুন", "保存报告", "Lưu báo cáo", "Raporu kaydet", "រក្សាទុករបាយការណ៍",
        "रिपोर्ट सहेजें", "Simpan laporan",
    ],
    "Complainant's contact": [
        "Contacto de la persona denunciante", "অভিযোগকারীর যোগাযোগের তথ্য", "申诉人的联系方式",
        "Thông tin liên lạc của người khiếu nại", "Şikâyetçinin iletişim bilgisi", "ព័ត៌មានទំនាក់ទំនងរបស់អ្នកប្តឹង",
        "शिकायतकर्ता का संपर्क", "Kontak pengadu",
    ],
    "none given": [
        "no se indicó", "দেওয়া হয়নি", "未提供", "không cung cấp", "verilmedi", "មិនបានផ្ដល់", "नहीं दिया गया",
        "tidak diberikan",
    ],
    "Why do you need it? (logged)": [
        "¿Para qué lo necesita? (queda registrado)", "আপনার এটি কেন দরকার? (নথিভুক্ত হবে)", "您为什么需要它？（会被记录）",
        "Tại sao bạn cần? (sẽ được ghi lại)", "Neden gerekiyor? (kayda geçer)", "ហេតុអ្វីអ្នកត្រូវការវា? (ត្រូវបានកត់ត្រា)",
        "आपको इसकी ज़रूरत क्यों है? (दर्ज किया जाता है)", "Mengapa Anda memerlukannya? (dicatat)",
    ],
    "Show contact details": [
        "Mostrar los datos de contacto", "যোগাযোগের তথ্য দেখান", "显示联系方式", "Hiện thông tin liên lạc",
        "İletişim bilgilerini göster", "បង្ហាញព័ត៌មានទំនាក់ទំនង", "संपर्क विवरण दिखाएँ", "Tampilkan detail kontak",
    ],
    "Record a complaint received by phone or in person": [
        "Registrar una queja recibida por teléfono o en persona", "ফোনে বা সরাসরি পাওয়া অভিযোগ নথিভুক্ত করুন",
        "记录通过电话或当面收到的投诉", "Ghi nhận khiếu nại nhận qua điện thoại hoặc trực tiếp",
        "Telefonla veya yüz yüze alınan bir şikâyeti kaydedin", "កត់ត្រាពាក្យបណ្ដឹងដែលទទួលតាមទូរស័ព្ទ ឬដោយផ្ទាល់",
        "फ़ोन पर या व्यक्तिगत रूप से मिली शिकायत दर्ज करें", "Catat pengaduan yang diterima lewat telepon atau secara langsung",
    ],
    "Follow-up check-ins due": [
        "Seguimientos pendientes", "যেসব ফলো-আপ যোগাযোগের সময় হয়েছে", "到期的跟进回访", "Các lần hỏi thăm theo dõi đến hạn",
        "Zamanı gelen takip görüşmeleri", "ការតាមដានសួរសុខទុក្ខដល់ពេលកំណត់", "जिन फ़ॉलो-अप संपर्कों का समय हो गया है",
        "Tindak lanjut yang jatuh tempo",
    ],
    "%(days)s days after closure": [
        "%(days)s días después del cierre", "বন্ধ হওয়ার %(days)s দিন পর", "结案后 %(days)s 天",
        "%(days)s ngày sau khi đóng", "kapanıştan %(days)s gün sonra", "%(days)s ថ្ងៃក្រោយពេលបិទ",
        "बंद होने के %(days)s दिन बाद", "%(days)s hari setelah ditutup",
    ],
    "Reference": [
        "Referencia", "রেফারেন্স", "编号", "Mã tham chiếu", "Referans", "លេខយោង", "संदर्भ संख्या", "Nomor referensi",
    ],
    "State": [
        "Estado", "অবস্থা", "状态", "Trạng thái", "Durum", "ស្ថានភាព", "स्थिति", "Status",
    ],
    "Flags": [
        "Alertas", "সতর্কতা", "标记", "Cảnh báo", "İşaretler", "សញ្ញាសម្គាល់", "चेतावनियाँ", "Tanda",
    ],
    "reprisal": [
        "represalia", "প্রতিশোধ", "报复", "trả thù", "misilleme", "ការសងសឹក", "प्रतिशोध", "pembalasan",
    ],
    "No cases.": [
        "No hay casos.", "কোনো অভিযোগ নেই।", "没有案件。", "Không có vụ việc nào.", "Başvuru yok.", "គ្មានករណីទេ។",
        "कोई मामला नहीं।", "Tidak ada kasus.",
    ],
    "Effectiveness": [
        "Eficacia", "কার্যকারিতা", "有效性", "Hiệu quả", "Etkinlik", "ប្រសិទ្ធភាព", "प्रभावशीलता", "Efektivitas",
    ],
    "Each criterion of UN Guiding Principle 31, measured from this year's cases; the yearly review the German Supply Chain Act asks for.": [
        "Cada criterio del Principio Rector 31 de la ONU, medido a partir de los casos de este año; la revisión anual que exige la Ley alemana de diligencia debida en las cadenas de suministro.",
        "জাতিসংঘ নির্দেশক নীতি ৩১-এর প্রতিটি মানদণ্ড, এ বছরের অভিযোগগুলো থেকে পরিমাপ করা; জার্মান সাপ্লাই চেইন আইন যে বার্ষিক পর্যালোচনা চায়।",
        "根据今年的案件衡量联合国指导原则第 31 条的每一项标准；这是德国《供应链法》要求的年度审查。",
        "Từng tiêu chí của Nguyên tắc Hướng dẫn 31 của LHQ, được đo từ các vụ việc trong năm nay; đây là đánh giá hằng năm mà Luật Chuỗi cung ứng của Đức yêu cầu.",
        "BM Rehber İlkesi 31'in her ölçütü, bu yılın başvurularından ölçülür; Alman Tedarik Zinciri Yasası'nın istediği yıllık değerlendirme.",
        "លក្ខណៈវិនិច្ឆ័យនីមួយៗនៃគោលការណ៍ណែនាំទី 31 របស់អ.ស.ប. ដែលវាស់ពីករណីនៃឆ្នាំនេះ គឺជាការពិនិត្យប្រចាំឆ្នាំដែលច្បាប់ខ្សែសង្វាក់ផ្គត់ផ្គង់របស់អាល្លឺម៉ង់តម្រូវ។",
        "संयुक्त राष्ट्र मार्गदर्शक सिद्धांत 31 का हर मानदंड, इस साल के मामलों से मापा गया; यही वह वार्षिक समीक्षा है जो जर्मन आपूर्ति श्रृंखला कानून माँगता है।",
        "Setiap kriteria Prinsip Panduan PBB 31, diukur dari kasus tahun ini; tinjauan tahunan yang diwajibkan Undang-Undang Rantai Pasok Jerman.",
    ],
    "Download the review (CSV)": [
        "Descargar la revisión (CSV)", "পর্যালোচনা ডাউনলোড করুন (CSV)", "下载审查结果（CSV）", "Tải xuống bản đánh giá (CSV)",
        "Değerlendirmeyi indir (CSV)", "ទាញយកការពិនិត្យ (CSV)", "समीक्षा डाउनलोड करें (CSV)", "Unduh tinjauan (CSV)",
    ],
    "Read both out to the complainant now; they are not shown again.": [
        "Léale ahora ambos a la persona denunciante; no se volverán a mostrar.",
        "এখনই দুটোই অভিযোগকারীকে পড়ে শোনান; এগুলো আর দেখানো হবে না।",
        "现在就把两者都读给申诉人听；它们不会再次显示。",
        "Hãy đọc cả hai cho người khiếu nại nghe ngay bây giờ; chúng sẽ không được hiển thị lại.",
        "İkisini de şimdi şikâyetçiye okuyun; bir daha gösterilmezler.",
        "សូមអានទាំងពីរឱ្យអ្នកប្តឹងស្ដាប់ឥឡូវនេះ វានឹងមិនបង្ហាញម្ដងទៀតទេ។",
        "दोनों अभी शिकायतकर्ता को पढ़कर सुनाएँ; ये दोबारा नहीं दिखाए जाएँगे।",
        "Bacakan keduanya kepada pengadu sekarang; keduanya tidak akan ditampilkan lagi.",
    ],
    "What complaints led to": [
        "A qué llevaron las quejas", "অভিযোগগুলোর ফলে কী হয়েছে", "投诉带来了什么结果", "Các khiếu nại đã dẫn đến điều gì",
        "Şikâyetler neyle sonuçlandı", "ពាក្យបណ្ដឹងនាំទៅរកលទ្ធផលអ្វីខ្លះ", "शिकायतों से क्या हुआ", "Hasil dari pengaduan",
    ],
    "Anonymised reports of closed cases, published when the case handler approves them, and statistics in which any count below %(floor)s is hidden so that no worker can be singled out.": [
        "Informes anonimizados de casos cerrados, publicados cuando quien lleva el caso los aprueba, y estadísticas en las que se oculta cualquier cifra inferior a %(floor)s para que no se pueda identificar a ningún trabajador.",
        "বন্ধ হওয়া অভিযোগের পরিচয়-গোপন প্রতিবেদন, যা অভিযোগ পরিচালনাকারী অনুমোদন দিলে প্রকাশিত হয়, এবং পরিসংখ্যান, যেখানে %(floor)s-এর কম যেকোনো সংখ্যা লুকানো থাকে, যাতে কোনো শ্রমিককে আলাদা করে চেনা না যায়।",
        "已结案件的匿名报告（经案件处理人批准后发布），以及统计数据；其中任何低于 %(floor)s 的数字都会隐藏，以免任何工人被辨认出来。",
        "Báo cáo ẩn danh về các vụ việc đã đóng, được công bố khi người xử lý vụ việc phê duyệt, và số liệu thống kê trong đó mọi con số dưới %(floor)s đều bị ẩn để không người lao động nào bị nhận ra.",
        "Kapanmış başvuruların, başvuru sorumlusu onayladığında yayımlanan anonimleştirilmiş raporları ve hiçbir işçinin teşhis edilememesi için %(floor)s altındaki her sayının gizlendiği istatistikler.",
        "របាយការណ៍អនាមិកនៃករណីដែលបានបិទ ដែលផ្សព្វផ្សាយនៅពេលអ្នកដោះស្រាយករណីអនុម័ត និងស្ថិតិដែលលាក់ចំនួនណាមួយដែលតិចជាង %(floor)s ដើម្បីកុំឱ្យអាចសម្គាល់កម្មករណាម្នាក់បាន។",
        "बंद मामलों की पहचान हटाई गई रिपोर्टें, जो मामला देखने वाले की मंज़ूरी के बाद प्रकाशित होती हैं, और आँकड़े, जिनमें %(floor)s से कम की हर संख्या छिपाई जाती है ताकि किसी भी मज़दूर की पहचान न हो सके।",
        "Laporan kasus tertutup yang dianonimkan, diterbitkan setelah disetujui petugas kasus, dan statistik yang menyembunyikan setiap angka di bawah %(floor)s agar tidak ada pekerja yang dapat dikenali.",
    ],
    "fewer than %(floor)s": [
        "menos de %(floor)s", "%(floor)s-এর কম", "少于 %(floor)s", "ít hơn %(floor)s", "%(floor)s'den az",
        "តិចជាង %(floor)s", "%(floor)s से कम", "kurang dari %(floor)s",
    ],
    "By brand sourcing from the facility": [
        "Por marca que compra a la instalación", "কারখানা থেকে কেনে এমন ব্র্যান্ড অনুযায়ী", "按在该工厂采购的品牌",
        "Theo nhãn hàng đặt hàng tại cơ sở", "Tesisten tedarik eden markaya göre", "តាមម៉ាកដែលទិញពីរោងចក្រ",
        "फ़ैक्टरी से खरीदने वाले ब्रांड के अनुसार", "Menurut merek yang membeli dari fasilitas",
    ],
    "No facility has enough cases to be named.": [
        "Ninguna instalación tiene suficientes casos para ser nombrada.", "নাম প্রকাশ করার মতো যথেষ্ট অভিযোগ কোনো কারখানার নেই।",
        "没有工厂的案件数量足以公开其名称。", "Không cơ sở nào có đủ vụ việc để được nêu tên.",
        "Hiçbir tesisin adının verilmesine yetecek kadar başvurusu yok.", "គ្មានរោងចក្រណាមានករណីគ្រប់គ្រាន់ដើម្បីបង្ហាញឈ្មោះទេ។",
        "किसी भी फ़ैक्टरी के इतने मामले नहीं हैं कि उसका नाम बताया जाए।", "Tidak ada fasilitas yang memiliki cukup kasus untuk disebutkan namanya.",
    ],
    "Alleged": [
        "Denunciado", "অভিযোগ করা হয়েছে", "指称", "Nội dung khiếu nại", "İddia edilen", "អ្វីដែលបានចោទប្រកាន់",
        "आरोप", "Yang diadukan",
    ],
    "Found": [
        "Constatado", "পাওয়া গেছে", "查明", "Kết quả xác minh", "Tespit edilen", "អ្វីដែលបានរកឃើញ", "जो पाया गया",
        "Yang ditemukan",
    ],
    "Agreed": [
        "Acordado", "যা সম্মত হয়েছে", "议定", "Đã thống nhất", "Üzerinde anlaşılan", "អ្វីដែលបានព្រមព្រៀង", "जिस पर सहमति बनी",
        "Yang disepakati",
    ],
    "No report is published yet.": [
        "Todavía no se ha publicado ningún informe.", "এখনো কোনো প্রতিবেদন প্রকাশিত হয়নি।", "尚未发布任何报告。",
        "Chưa có báo cáo nào được công bố.", "Henüz yayımlanmış rapor yok.", "មិនទាន់មានរបាយការណ៍ផ្សព្វផ្សាយនៅឡើយទេ។",
        "अभी तक कोई रिपोर्ट प्रकाशित नहीं हुई है।", "Belum ada laporan yang diterbitkan.",
    ],
    "The complainant's language (code, e.g. bn)": [
        "Idioma de la persona denunciante (código, p. ej., bn)", "অভিযোগকারীর ভাষা (কোড, যেমন bn)", "申诉人的语言（代码，例如 bn）",
        "Ngôn ngữ của người khiếu nại (mã, ví dụ: bn)", "Şikâyetçinin dili (kod, ör. bn)", "ភាសារបស់អ្នកប្តឹង (កូដ ឧ. bn)",
        "शिकायतकर्ता की भाषा (कोड, जैसे bn)", "Bahasa pengadu (kode, mis. bn)",
    ],
    "Facility ID, if known": [
        "ID de la instalación, si se conoce", "কারখানার আইডি, জানা থাকলে", "工厂 ID（如已知）", "ID cơ sở, nếu biết",
        "Biliniyorsa tesis kimliği", "លេខសម្គាល់រោងចក្រ ប្រសិនបើដឹង", "फ़ैक्टरी ID, अगर पता हो", "ID fasilitas, jika diketahui",
    ],
    "Handling cases needs a two-factor sign-in.": [
        "Para llevar casos hay que iniciar sesión con verificación en dos pasos.", "অভিযোগ পরিচালনা করতে দুই-ধাপের যাচাইসহ সাইন ইন করতে হবে।",
        "处理案件需要使用双重验证登录。", "Để xử lý vụ việc, bạn cần đăng nhập bằng xác thực hai bước.",
        "Başvurularla ilgilenmek için iki adımlı doğrulamayla giriş gerekir.", "ការដោះស្រាយករណីតម្រូវឱ្យចូលដោយការផ្ទៀងផ្ទាត់ពីរជំហាន។",
        "मामले संभालने के लिए दो-चरणीय सत्यापन से साइन इन करना ज़रूरी है।", "Menangani kasus memerlukan masuk dengan autentikasi dua langkah.",
    ],
    "The case moved on; the complainant sees why.": [
        "El caso avanzó; la persona denunciante ve el motivo.", "অভিযোগটি পরের ধাপে গেছে; অভিযোগকারী এর কারণ দেখতে পাবেন।",
        "案件已推进；申诉人可以看到原因。", "Vụ việc đã được chuyển bước; người khiếu nại thấy lý do.",
        "Başvuru ilerledi; şikâyetçi nedenini görür.", "ករណីបានផ្លាស់ទៅដំណាក់កាលបន្ទាប់ អ្នកប្តឹងមើលឃើញមូលហេតុ។",
        "मामला आगे बढ़ गया; शिकायतकर्ता इसका कारण देखता है।", "Kasus telah berlanjut; pengadu dapat melihat alasannya.",
    ],
    "Message saved.": [
        "Mensaje guardado.", "বার্তা সংরক্ষিত হয়েছে।", "消息已保存。", "Đã lưu tin nhắn.", "Mesaj kaydedildi.",
        "សារត្រូវបានរក្សាទុក។", "संदेश सहेज लिया गया।", "Pesan disimpan.",
    ],
    "The workplace is linked to the registry.": [
        "El lugar de trabajo quedó vinculado al registro.", "কর্মস্থলটি রেজিস্ট্রির সঙ্গে যুক্ত হয়েছে।", "工作场所已与登记关联。",
        "Nơi làm việc đã được liên kết với sổ đăng ký.", "İşyeri kayıtla ilişkilendirildi.", "កន្លែងធ្វើការត្រូវបានភ្ជាប់ទៅបញ្ជីចុះឈ្មោះ។",
        "कार्यस्थल रजिस्ट्री से जोड़ दिया गया है।", "Tempat kerja telah ditautkan ke registri.",
    ],
    "Shared with %(org)s.": [
        "Compartido con %(org)s.", "%(org)s-এর সঙ্গে ভাগ করা হয়েছে।", "已与 %(org)s 共享。", "Đã chia sẻ với %(org)s.",
        "%(org)s ile paylaşıldı.", "បានចែករំលែកជាមួយ %(org)s។", "%(org)s के साथ साझा किया गया।", "Dibagikan dengan %(org)s.",
    ],
    "The public report is saved.": [
        "El informe público quedó guardado.", "প্রকাশ্য প্রতিবেদনটি সংরক্ষিত হয়েছে।", "公开报告已保存。",
        "Đã lưu báo cáo công khai.", "Kamuya açık rapor kaydedildi.", "របាយការណ៍សាធារណៈត្រូវបានរក្សាទុក។",
        "सार्वजनिक रिपोर्ट सहेज ली गई है।", "Laporan publik telah disimpan.",
    ],
    "Your response is recorded; the operator sees it.": [
        "Su respuesta quedó registrada; el operador la ve.", "আপনার জবাব নথিভুক্ত হয়েছে; অপারেটর এটি দেখতে পাবেন।",
        "您的回应已记录；运营方可以看到。", "Phản hồi của bạn đã được ghi nhận; đơn vị vận hành sẽ thấy.",
        "Yanıtınız kaydedildi; operatör görür.", "ចម្លើយរបស់អ្នកត្រូវបានកត់ត្រា ប្រតិបត្តិករមើលឃើញវា។",
        "आपका जवाब दर्ज हो गया है; ऑपरेटर इसे देखता है।", "Tanggapan Anda telah dicatat; operator dapat melihatnya.",
    ],
    "Grievances with your purchasing practice as a confirmed root cause": [
        "Quejas en las que su práctica de compra es una causa raíz confirmada",
        "যেসব অভিযোগে আপনার ক্রয় চর্চা নিশ্চিত মূল কারণ",
        "您的采购做法被确认为根本原因的申诉",
        "Các khiếu nại có nguyên nhân gốc đã xác nhận là thực hành mua hàng của bạn",
        "Satın alma uygulamanızın onaylanmış kök neden olduğu şikâyetler",
        "បណ្ដឹងដែលអនុវត្តន៍ទិញរបស់អ្នកត្រូវបានបញ្ជាក់ថាជាមូលហេតុដើម",
        "वे शिकायतें जिनमें आपकी खरीद प्रथा पुष्ट मूल कारण है",
        "Pengaduan dengan praktik pembelian Anda sebagai akar masalah yang dikonfirmasi",
    ],
    "An operator confirmed that your orders' red flags before a grievance at a facility you buy from were a root cause. You see the category and the flags; the case and the person who raised it stay with the operator.": [
        "Un operador confirmó que las señales de alerta de sus pedidos antes de una queja en una instalación a la que usted compra fueron una causa raíz. Usted ve la categoría y las señales; el caso y la persona que lo presentó quedan con el operador.",
        "একজন অপারেটর নিশ্চিত করেছেন যে আপনি যে কারখানা থেকে কেনেন সেখানে একটি অভিযোগের আগে আপনার অর্ডারের সতর্কসংকেতগুলো ছিল মূল কারণ। আপনি বিভাগ ও সতর্কসংকেতগুলো দেখতে পাবেন; অভিযোগটি এবং যিনি তা তুলেছেন, তাঁর তথ্য অপারেটরের কাছেই থাকে।",
        "运营方已确认：在您采购的某家工厂出现申诉之前，您订单的警示信号是根本原因之一。您可以看到类别和警示信号；案件本身和提出申诉的人只留在运营方处。",
        "Đơn vị vận hành đã xác nhận rằng các dấu hiệu cảnh báo trong đơn hàng của bạn trước một khiếu nại tại cơ sở bạn mua hàng là nguyên nhân gốc. Bạn thấy hạng mục và các dấu hiệu cảnh báo; vụ việc và người đã nêu ra nó vẫn chỉ ở đơn vị vận hành.",
        "Bir operatör, satın aldığınız bir tesisteki bir şikâyetten önce siparişlerinizdeki uyarı işaretlerinin bir kök neden olduğunu onayladı. Kategoriyi ve uyarı işaretlerini görürsünüz; başvurunun kendisi ve onu dile getiren kişi operatörde kalır.",
        "ប្រតិបត្តិករបានបញ្ជាក់ថា សញ្ញាព្រមាននៃការបញ្ជាទិញរបស់អ្នក មុនពេលមានបណ្ដឹងនៅរោងចក្រដែលអ្នកទិញពី គឺជាមូលហេតុដើម។ អ្នកមើលឃើញប្រភេទ និងសញ្ញាព្រមាន ចំណែកករណី និងអ្នកដែលបានលើកវាឡើង នៅតែនៅជាមួយប្រតិបត្តិករ។",
        "एक ऑपरेटर ने पुष्टि की है कि आप जिस फ़ैक्टरी से खरीदते हैं, वहाँ एक शिकायत से पहले आपके ऑर्डरों के चेतावनी संकेत एक मूल कारण थे। आप श्रेणी और चेतावनी संकेत देखते हैं; मामला और उसे उठाने वाला व्यक्ति ऑपरेटर के पास ही रहते हैं।",
        "Operator mengonfirmasi bahwa tanda bahaya pada pesanan Anda sebelum sebuah pengaduan di fasilitas tempat Anda membeli merupakan akar masalah. Anda melihat kategori dan tanda bahayanya; kasus dan orang yang mengajukannya tetap ada pada operator.",
    ],
    "action taken": [
        "acción tomada", "পদক্ষেপ নেওয়া হয়েছে", "已采取措施", "đã hành động", "önlem alındı", "បានចាត់វិធានការ",
        "कार्रवाई की गई", "tindakan diambil",
    ],
    "Buyers' purchasing practices before this case": [
        "Prácticas de compra de los compradores antes de este caso", "এই অভিযোগের আগে ক্রেতাদের ক্রয় চর্চা",
        "此案件之前买方的采购做法", "Thực hành mua hàng của người mua trước vụ việc này",
        "Bu başvurudan önce alıcıların satın alma uygulamaları", "អនុវត្តន៍ទិញរបស់អ្នកទិញ មុនករណីនេះ",
        "इस मामले से पहले खरीदारों की खरीद प्रथाएँ", "Praktik pembelian pembeli sebelum kasus ini",
    ],
    "Only the case's handlers and operator staff see this. A confirmed root cause lets the buyer take its own corrective action; the buyer learns the category and the red flags, never the case or who filed it.": [
        "Solo lo ven quienes llevan el caso y el personal del operador. Una causa raíz confirmada permite al comprador tomar su propia acción correctiva; el comprador conoce la categoría y las señales de alerta, nunca el caso ni quién lo presentó.",
        "শুধু অভিযোগ পরিচালনাকারী ও অপারেটরের কর্মীরা এটি দেখেন। মূল কারণ নিশ্চিত হলে ক্রেতা নিজে সংশোধনমূলক পদক্ষেপ নিতে পারে; ক্রেতা শুধু বিভাগ ও সতর্কসংকেত জানতে পারে, অভিযোগটি বা কে তা দায়ের করেছেন তা কখনো নয়।",
        "只有案件处理人和运营方工作人员能看到此内容。根本原因一经确认，买方即可采取自己的纠正措施；买方只会知道类别和警示信号，永远不会知道案件内容或提出人。",
        "Chỉ người xử lý vụ việc và nhân viên của đơn vị vận hành thấy phần này. Nguyên nhân gốc được xác nhận cho phép người mua tự thực hiện hành động khắc phục; người mua biết hạng mục và các dấu hiệu cảnh báo, không bao giờ biết vụ việc hay ai đã gửi nó.",
        "Bunu yalnızca başvurunun sorumluları ve operatör personeli görür. Onaylanmış bir kök neden, alıcının kendi düzeltici faaliyetini başlatmasını sağlar; alıcı kategoriyi ve uyarı işaretlerini öğrenir, başvuruyu veya kimin yaptığını asla öğrenmez.",
        "មានតែអ្នកដោះស្រាយករណី និងបុគ្គលិកប្រតិបត្តិករទេដែលមើលឃើញផ្នែកនេះ។ មូលហេតុដើមដែលបានបញ្ជាក់ អនុញ្ញាតឱ្យអ្នកទិញចាត់វិធានការកែតម្រូវដោយខ្លួនឯង អ្នកទិញដឹងតែប្រភេទ និងសញ្ញាព្រមាន មិនដែលដឹងពីករណី ឬអ្នកដែលបានដាក់វាទេ។",
        "इसे केवल मामला संभालने वाले और ऑपरेटर के कर्मचारी देखते हैं। पुष्ट मूल कारण से खरीदार अपनी ओर से सुधारात्मक कार्रवाई कर सकता है; खरीदार को श्रेणी और चेतावनी संकेत पता चलते हैं, मामला या उसे दर्ज करने वाला व्यक्ति कभी नहीं।",
        "Hanya petugas kasus dan staf operator yang melihat ini. Akar masalah yang dikonfirmasi memungkinkan pembeli mengambil tindakan perbaikan sendiri; pembeli mengetahui kategori dan tanda bahayanya, tetapi tidak pernah kasusnya atau siapa yang mengajukannya.",
    ],
    "Purchasing red flags of %(buyer)s in the weeks before": [
        "Señales de alerta de compra de %(buyer)s en las semanas previas", "আগের কয়েক সপ্তাহে %(buyer)s-এর ক্রয়ের সতর্কসংকেত",
        "此前数周 %(buyer)s 的采购警示信号", "Dấu hiệu cảnh báo mua hàng của %(buyer)s trong những tuần trước",
        "Önceki haftalarda %(buyer)s için satın alma uyarı işaretleri", "សញ្ញាព្រមានការទិញរបស់ %(buyer)s ក្នុងប៉ុន្មានសប្ដាហ៍មុន",
        "पहले के हफ़्तों में %(buyer)s के खरीद चेतावनी संकेत", "Tanda bahaya pembelian %(buyer)s pada minggu-minggu sebelumnya",
    ],
    "the buyer took its action": [
        "el comprador tomó su acción", "ক্রেতা তার পদক্ষেপ নিয়েছে", "买方已采取措施", "người mua đã thực hiện hành động của mình",
        "alıcı önlemini aldı", "អ្នកទិញបានចាត់វិធានការរបស់ខ្លួន", "खरीदार ने अपनी कार्रवाई की", "pembeli telah mengambil tindakannya",
    ],
    "%(n)s orders. A dash is a gap: nothing to compute it from (for a living wage, no benchmark entered with its source).": [
        "%(n)s pedidos. Un guion es una laguna: no hay datos para calcularlo (para un salario digno, no se ha introducido ningún referente con su fuente).",
        "%(n)sটি অর্ডার। ড্যাশ মানে তথ্য-ঘাটতি: হিসাব করার মতো কিছু নেই (জীবনধারণযোগ্য মজুরির ক্ষেত্রে, উৎসসহ কোনো মানদণ্ড দেওয়া হয়নি)।",
        "%(n)s 个订单。短横线表示数据空白：没有可用于计算的数据（对于生活工资，表示尚未录入带来源的基准）。",
        "%(n)s đơn hàng. Dấu gạch ngang là khoảng trống: không có gì để tính (với lương đủ sống, là chưa nhập mức chuẩn kèm nguồn).",
        "%(n)s sipariş. Tire bir boşluktur: hesaplanacak veri yok (geçim ücreti için, kaynağıyla birlikte girilmiş bir ölçüt yok).",
        "ការបញ្ជាទិញ %(n)s។ សញ្ញាដាច់ (–) គឺជាចន្លោះទិន្នន័យ៖ គ្មានអ្វីសម្រាប់គណនា (សម្រាប់ប្រាក់ឈ្នួលសមរម្យ គឺមិនទាន់បញ្ចូលកម្រិតគោលជាមួយប្រភពរបស់វា)។",
        "%(n)s ऑर्डर। डैश का मतलब डेटा की कमी है: गणना के लिए कुछ नहीं है (जीवन-निर्वाह मज़दूरी के लिए, स्रोत के साथ कोई मानक दर्ज नहीं किया गया)।",
        "%(n)s pesanan. Tanda hubung berarti kekosongan data: tidak ada yang bisa dihitung (untuk upah layak, belum ada tolok ukur yang dimasukkan beserta sumbernya).",
    ],
    "What the brand publishes of its orders": [
        "Lo que la marca publica de sus pedidos", "ব্র্যান্ড তার অর্ডার সম্পর্কে যা প্রকাশ করে", "品牌公开的订单信息",
        "Những gì nhãn hàng công bố về đơn hàng của mình", "Markanın siparişlerinden yayımladıkları", "អ្វីដែលម៉ាកផ្សព្វផ្សាយអំពីការបញ្ជាទិញរបស់ខ្លួន",
        "ब्रांड अपने ऑर्डरों के बारे में क्या प्रकाशित करता है", "Yang dipublikasikan merek tentang pesanannya",
    ],
    "Orders confirmed in %(cycle)s (%(start)s – %(end)s)": [
        "Pedidos confirmados en %(cycle)s (%(start)s – %(end)s)", "%(cycle)s-এ নিশ্চিত হওয়া অর্ডার (%(start)s – %(end)s)",
        "在 %(cycle)s 中确认的订单（%(start)s – %(end)s）", "Đơn hàng được xác nhận trong %(cycle)s (%(start)s – %(end)s)",
        "%(cycle)s döneminde onaylanan siparişler (%(start)s – %(end)s)", "ការបញ្ជាទិញដែលបានបញ្ជាក់ក្នុង %(cycle)s (%(start)s – %(end)s)",
        "%(cycle)s में पुष्ट ऑर्डर (%(start)s – %(end)s)", "Pesanan yang dikonfirmasi pada %(cycle)s (%(start)s – %(end)s)",
    ],
    "not shown": [
        "no se muestra", "দেখানো হয়নি", "不显示", "không hiển thị", "gösterilmiyor", "មិនបង្ហាញ", "नहीं दिखाया गया",
        "tidak ditampilkan",
    ],
    "Frozen on %(day)s. A figure is shown only when at least %(k)s facilities contribute to it and none holds more than half of its orders; a country with fewer is not shown, nor named, and is counted only in the total. \"Not shown\" keeps one facility's orders from being worked out; a dash is a gap.": [
        "Congelado el %(day)s. Una cifra solo se muestra cuando al menos %(k)s instalaciones contribuyen a ella y ninguna reúne más de la mitad de sus pedidos; un país con menos no se muestra ni se nombra, y solo se cuenta en el total. «No se muestra» impide que se deduzcan los pedidos de una sola instalación; un guion es una laguna.",
        "%(day)s তারিখে স্থির করা হয়েছে। কোনো সংখ্যা তখনই দেখানো হয় যখন অন্তত %(k)sটি কারখানা তাতে অবদান রাখে এবং কোনোটির হাতে তার অর্ধেকের বেশি অর্ডার থাকে না; এর চেয়ে কম কারখানার দেশ দেখানো হয় না, নামও বলা হয় না, শুধু মোট হিসাবে গোনা হয়। \"দেখানো হয়নি\" থাকায় একটি কারখানার অর্ডার বের করে ফেলা যায় না; ড্যাশ মানে তথ্য-ঘাটতি।",
        "冻结于 %(day)s。只有当至少 %(k)s 家工厂参与某个数字、且没有一家占其订单的一半以上时，才会显示该数字；工厂数量不足的国家不显示、不点名，只计入总数。“不显示”可防止推算出单个工厂的订单；短横线表示数据空白。",
        "Chốt ngày %(day)s. Một số liệu chỉ được hiển thị khi có ít nhất %(k)s cơ sở đóng góp vào đó và không cơ sở nào chiếm hơn một nửa số đơn hàng; quốc gia có ít cơ sở hơn sẽ không được hiển thị, không được nêu tên và chỉ được tính vào tổng. \"Không hiển thị\" giúp không ai suy ra được đơn hàng của một cơ sở; dấu gạch ngang là khoảng trống.",
        "%(day)s tarihinde donduruldu. Bir rakam yalnızca en az %(k)s tesis katkıda bulunduğunda ve hiçbiri siparişlerin yarısından fazlasını tutmadığında gösterilir; daha az tesisi olan bir ülke gösterilmez, adı verilmez ve yalnızca toplamda sayılır. \"Gösterilmiyor\", tek bir tesisin siparişlerinin hesaplanmasını önler; tire bir boşluktur.",
        "បានបង្កកនៅថ្ងៃ %(day)s។ តួលេខមួយត្រូវបានបង្ហាញ តែនៅពេលមានរោងចក្រយ៉ាងតិច %(k)s រួមចំណែក ហើយគ្មានរោងចក្រណាមានលើសពាក់កណ្ដាលនៃការបញ្ជាទិញរបស់វា ប្រទេសដែលមានតិចជាងនេះមិនត្រូវបានបង្ហាញ មិនបញ្ចេញឈ្មោះ ហើយរាប់តែក្នុងចំនួនសរុបប៉ុណ្ណោះ។ \"មិនបង្ហាញ\" ការពារកុំឱ្យគេគណនារកការបញ្ជាទិញរបស់រោងចក្រតែមួយបាន សញ្ញាដាច់ (–) គឺជាចន្លោះទិន្នន័យ។",
        "%(day)s को स्थिर किया गया। कोई आँकड़ा तभी दिखाया जाता है जब कम से कम %(k)s फ़ैक्टरियाँ उसमें योगदान दें और किसी के पास उसके आधे से ज़्यादा ऑर्डर न हों; इससे कम फ़ैक्टरियों वाला देश न दिखाया जाता है, न उसका नाम बताया जाता है, और उसे केवल कुल में गिना जाता है। \"नहीं दिखाया गया\" से किसी एक फ़ैक्टरी के ऑर्डरों का पता नहीं लगाया जा सकता; डैश का मतलब डेटा की कमी है।",
        "Dibekukan pada %(day)s. Sebuah angka hanya ditampilkan jika setidaknya %(k)s fasilitas berkontribusi padanya dan tidak ada yang memegang lebih dari separuh pesanannya; negara dengan fasilitas lebih sedikit tidak ditampilkan, tidak disebutkan namanya, dan hanya dihitung dalam total. \"Tidak ditampilkan\" mencegah pesanan satu fasilitas dapat diperkirakan; tanda hubung berarti kekosongan data.",
    ],
    "The brand publishes nothing of its orders.": [
        "La marca no publica nada de sus pedidos.", "ব্র্যান্ডটি তার অর্ডার সম্পর্কে কিছুই প্রকাশ করে না।", "该品牌未公开任何订单信息。",
        "Nhãn hàng không công bố gì về đơn hàng của mình.", "Marka siparişlerinden hiçbir şey yayımlamıyor.",
        "ម៉ាកមិនផ្សព្វផ្សាយអ្វីអំពីការបញ្ជាទិញរបស់ខ្លួនទេ។", "ब्रांड अपने ऑर्डरों के बारे में कुछ भी प्रकाशित नहीं करता।",
        "Merek tidak memublikasikan apa pun tentang pesanannya.",
    ],
    "Publish your order figures": [
        "Publique las cifras de sus pedidos", "আপনার অর্ডারের সংখ্যা প্রকাশ করুন", "公开您的订单数据", "Công bố số liệu đơn hàng của bạn",
        "Sipariş rakamlarınızı yayımlayın", "ផ្សព្វផ្សាយតួលេខការបញ្ជាទិញរបស់អ្នក", "अपने ऑर्डरों के आँकड़े प्रकाशित करें",
        "Publikasikan angka pesanan Anda",
    ],
    "Unpublish": [
        "Retirar la publicación", "প্রকাশ বাতিল করুন", "取消公开", "Hủy công bố", "Yayından kaldır", "ឈប់ផ្សព្វផ្សាយ",
        "प्रकाशन हटाएँ", "Batalkan publikasi",
    ],
    "No closed cycle yet: figures are published per closed cycle.": [
        "Todavía no hay ningún ciclo cerrado: las cifras se publican por ciclo cerrado.",
        "এখনো কোনো বন্ধ চক্র নেই: সংখ্যাগুলো প্রতিটি বন্ধ চক্র ধরে প্রকাশিত হয়।",
        "尚无已关闭的周期：数据按已关闭的周期公开。",
        "Chưa có kỳ nào đã đóng: số liệu được công bố theo từng kỳ đã đóng.",
        "Henüz kapanmış dönem yok: rakamlar her kapanmış dönem için yayımlanır.",
        "មិនទាន់មានវដ្តដែលបានបិទនៅឡើយទេ៖ តួលេខត្រូវបានផ្សព្វផ្សាយតាមវដ្តដែលបានបិទនីមួយៗ។",
        "अभी कोई बंद चक्र नहीं: आँकड़े हर बंद चक्र के हिसाब से प्रकाशित होते हैं।",
        "Belum ada siklus tertutup: angka dipublikasikan per siklus tertutup.",
    ],
    "A category is shown only when at least %(k)s supplier organisations answered it, no one of them gave more than half of its answers, and the cycle has closed. Scores run from 0 to 100.": [
        "Una categoría solo se muestra cuando al menos %(k)s organizaciones proveedoras la respondieron, ninguna dio más de la mitad de sus respuestas y el ciclo se ha cerrado. Las puntuaciones van de 0 a 100.",
        "কোনো বিভাগ তখনই দেখানো হয় যখন অন্তত %(k)sটি সরবরাহকারী সংস্থা তার উত্তর দিয়েছে, তাদের কেউ অর্ধেকের বেশি উত্তর দেয়নি, এবং চক্রটি বন্ধ হয়েছে। স্কোর ০ থেকে ১০০ পর্যন্ত।",
        "只有当至少 %(k)s 家供应商组织回答了某个类别、其中没有一家提供了超过一半的回答、且周期已关闭时，才会显示该类别。得分范围为 0 到 100。",
        "Một hạng mục chỉ được hiển thị khi có ít nhất %(k)s tổ chức nhà cung cấp trả lời, không tổ chức nào đưa ra hơn một nửa số câu trả lời, và kỳ đã đóng. Điểm từ 0 đến 100.",
        "Bir kategori yalnızca en az %(k)s tedarikçi kuruluş yanıtladığında, hiçbiri yanıtların yarısından fazlasını vermediğinde ve dönem kapandığında gösterilir. Puanlar 0 ile 100 arasındadır.",
        "ប្រភេទមួយត្រូវបានបង្ហាញ តែនៅពេលអង្គការអ្នកផ្គត់ផ្គង់យ៉ាងតិច %(k)s បានឆ្លើយ គ្មានអង្គការណាមួយផ្ដល់ចម្លើយលើសពាក់កណ្ដាល ហើយវដ្តបានបិទ។ ពិន្ទុមានពី 0 ដល់ 100។",
        "कोई श्रेणी तभी दिखाई जाती है जब कम से कम %(k)s आपूर्तिकर्ता संगठनों ने उसका उत्तर दिया हो, उनमें से किसी ने आधे से ज़्यादा उत्तर न दिए हों, और चक्र बंद हो चुका हो। स्कोर 0 से 100 तक होते हैं।",
        "Sebuah kategori hanya ditampilkan jika setidaknya %(k)s organisasi pemasok menjawabnya, tidak ada satu pun yang memberikan lebih dari separuh jawabannya, dan siklus sudah ditutup. Skor berkisar dari 0 hingga 100.",
    ],
    "Cycle %(name)s": [
        "Ciclo %(name)s", "চক্র %(name)s", "周期 %(name)s", "Kỳ %(name)s", "Dönem %(name)s", "វដ្ត %(name)s",
        "चक्र %(name)s", "Siklus %(name)s",
    ],
    "Cycle %(name)s, open until %(end)s.": [
        "Ciclo %(name)s, abierto hasta el %(end)s.", "চক্র %(name)s, %(end)s পর্যন্ত খোলা।", "周期 %(name)s，开放至 %(end)s。",
        "Kỳ %(name)s, mở đến %(end)s.", "Dönem %(name)s, %(end)s tarihine kadar açık.", "វដ្ត %(name)s បើករហូតដល់ %(end)s។",
        "चक्र %(name)s, %(end)s तक खुला।", "Siklus %(name)s, dibuka hingga %(end)s.",
    ],
    "Name a closed cycle.": [
        "Indique un ciclo cerrado.", "একটি বন্ধ চক্রের নাম দিন।", "请指定一个已关闭的周期。", "Hãy nêu tên một kỳ đã đóng.",
        "Kapanmış bir dönem belirtin.", "សូមបញ្ជាក់ឈ្មោះវដ្តដែលបានបិទ។", "किसी बंद चक्र का नाम बताएँ।", "Sebutkan siklus yang sudah ditutup.",
    ],
    "Your order figures for this cycle are public.": [
        "Las cifras de sus pedidos de este ciclo son públicas.", "এই চক্রের জন্য আপনার অর্ডারের সংখ্যা এখন প্রকাশ্য।",
        "您本周期的订单数据已公开。", "Số liệu đơn hàng của bạn trong kỳ này đã được công khai.",
        "Bu döneme ait sipariş rakamlarınız herkese açık.", "តួលេខការបញ្ជាទិញរបស់អ្នកសម្រាប់វដ្តនេះ ជាសាធារណៈហើយ។",
        "इस चक्र के आपके ऑर्डर के आँकड़े सार्वजनिक हैं।", "Angka pesanan Anda untuk siklus ini sudah publik.",
    ],
    "Your order figures for this cycle are no longer public.": [
        "Las cifras de sus pedidos de este ciclo ya no son públicas.", "এই চক্রের জন্য আপনার অর্ডারের সংখ্যা আর প্রকাশ্য নয়।",
        "您本周期的订单数据已不再公开。", "Số liệu đơn hàng của bạn trong kỳ này không còn công khai.",
        "Bu döneme ait sipariş rakamlarınız artık herkese açık değil.", "តួលេខការបញ្ជាទិញរបស់អ្នកសម្រាប់វដ្តនេះ លែងជាសាធារណៈហើយ។",
        "इस चक्र के आपके ऑर्डर के आँकड़े अब सार्वजनिक नहीं हैं।", "Angka pesanan Anda untuk siklus ini tidak lagi publik.",
    ],
    "Stored %(orders)s orders, %(changes)s changes, %(payments)s payments and %(deductions)s deductions.": [
        "Se guardaron %(orders)s pedidos, %(changes)s cambios, %(payments)s pagos y %(deductions)s deducciones.",
        "%(orders)sটি অর্ডার, %(changes)sটি পরিবর্তন, %(payments)sটি পরিশোধ এবং %(deductions)sটি কর্তন সংরক্ষণ করা হয়েছে।",
        "已保存 %(orders)s 个订单、%(changes)s 项变更、%(payments)s 笔付款和 %(deductions)s 笔扣款。",
        "Đã lưu %(orders)s đơn hàng, %(changes)s thay đổi, %(payments)s khoản thanh toán và %(deductions)s khoản khấu trừ.",
        "%(orders)s sipariş, %(changes)s değişiklik, %(payments)s ödeme ve %(deductions)s kesinti kaydedildi.",
        "បានរក្សាទុកការបញ្ជាទិញ %(orders)s ការផ្លាស់ប្ដូរ %(changes)s ការទូទាត់ %(payments)s និងការកាត់ប្រាក់ %(deductions)s។",
        "%(orders)s ऑर्डर, %(changes)s बदलाव, %(payments)s भुगतान और %(deductions)s कटौतियाँ सहेजी गईं।",
        "Tersimpan %(orders)s pesanan, %(changes)s perubahan, %(payments)s pembayaran, dan %(deductions)s potongan.",
    ],
    "List name": [
        "Nombre de la lista", "তালিকার নাম", "清单名称", "Tên danh sách", "Liste adı", "ឈ្មោះបញ្ជី", "सूची का नाम", "Nama daftar",
    ],
    "Supplier list (CSV or XLSX)": [
        "Lista de proveedores (CSV o XLSX)", "সরবরাহকারী তালিকা (CSV বা XLSX)", "供应商清单（CSV 或 XLSX）",
        "Danh sách nhà cung cấp (CSV hoặc XLSX)", "Tedarikçi listesi (CSV veya XLSX)", "បញ្ជីអ្នកផ្គត់ផ្គង់ (CSV ឬ XLSX)",
        "आपूर्तिकर्ता सूची (CSV या XLSX)", "Daftar pemasok (CSV atau XLSX)",
    ],
    "Tier": [
        "Nivel", "স্তর", "层级", "Cấp", "Kademe", "កម្រិត", "स्तर", "Tingkat",
    ],
    "As of (the date the list describes)": [
        "A fecha de (la fecha que describe la lista)", "যে তারিখ অনুযায়ী (তালিকাটি যে তারিখের অবস্থা দেখায়)",
        "截至日期（清单所反映的日期）", "Tính đến ngày (ngày mà danh sách mô tả)", "Tarih itibarıyla (listenin anlattığı tarih)",
        "គិតត្រឹម (កាលបរិច្ឆេទដែលបញ្ជីពិពណ៌នា)", "किस तारीख तक (सूची जिस तारीख की स्थिति बताती है)",
        "Per tanggal (tanggal yang digambarkan daftar)",
    ],
    "Publish this list as open data": [
        "Publicar esta lista como datos abiertos", "এই তালিকাটি ওপেন ডেটা হিসেবে প্রকাশ করুন", "将此清单作为开放数据公开",
        "Công bố danh sách này dưới dạng dữ liệu mở", "Bu listeyi açık veri olarak yayımla", "ផ្សព្វផ្សាយបញ្ជីនេះជាទិន្នន័យបើកចំហ",
        "इस सूची को ओपन डेटा के रूप में प्रकाशित करें", "Publikasikan daftar ini sebagai data terbuka",
    ],
    "Upload a .csv or .xlsx file.": [
        "Suba un archivo .csv o .xlsx.", "একটি .csv বা .xlsx ফাইল আপলোড করুন।", "请上传 .csv 或 .xlsx 文件。",
        "Hãy tải lên tệp .csv hoặc .xlsx.", "Bir .csv veya .xlsx dosyası yükleyin.", "សូមផ្ទុកឡើងឯកសារ .csv ឬ .xlsx។",
        ".csv या .xlsx फ़ाइल अपलोड करें।", "Unggah berkas .csv atau .xlsx.",
    ],
    "The file is larger than the upload limit.": [
        "El archivo supera el límite de subida.", "ফাইলটি আপলোডের সীমার চেয়ে বড়।", "文件超过了上传大小限制。",
        "Tệp lớn hơn giới hạn tải lên.", "Dosya yükleme sınırından büyük.", "ឯកសារធំជាងដែនកំណត់នៃការផ្ទុកឡើង។",
        "फ़ाइल अपलोड की सीमा से बड़ी है।", "Berkas melebihi batas unggahan.",
    ],
    "Automatic": [
        "Automática", "স্বয়ংক্রিয়", "自动", "Tự động", "Otomatik", "ស្វ័យប្រវត្តិ", "स्वचालित", "Otomatis",
    ],
    "By a person": [
        "Por una persona", "একজন ব্যক্তির দ্বারা", "人工", "Do người thực hiện", "Bir kişi tarafından", "ដោយមនុស្ស",
        "किसी व्यक्ति द्वारा", "Oleh manusia",
    ],
    "No facility matches.": [
        "Ninguna instalación coincide.", "কোনো কারখানা মেলেনি।", "没有匹配的工厂。", "Không có cơ sở nào phù hợp.",
        "Eşleşen tesis yok.", "គ្មានរោងចក្រដែលត្រូវគ្នាទេ។", "कोई फ़ैक्टरी मेल नहीं खाती।", "Tidak ada fasilitas yang cocok.",
    ],
    "Verify": [
        "Verificar", "যাচাই করুন", "核实", "Xác minh", "Doğrula", "ផ្ទៀងផ្ទាត់", "सत्यापित करें", "Verifikasi",
    ],
    "No claims.": [
        "No hay reclamaciones.", "কোনো মালিকানা দাবি নেই।", "没有认领申请。", "Không có yêu cầu nhận nào.",
        "Sahiplik talebi yok.", "គ្មានការទាមទារកាន់កាប់ទេ។", "कोई दावा नहीं।", "Tidak ada klaim.",
    ],
    "Claimed by its operator": [
        "Reclamada por quien la gestiona", "পরিচালনাকারী মালিকানা দাবি করেছে", "已由其经营者认领",
        "Đã được đơn vị điều hành cơ sở nhận", "İşleten tarafından sahiplenildi", "ត្រូវបានទាមទារកាន់កាប់ដោយអ្នកដំណើរការរោងចក្រ",
        "इसे चलाने वाले ने दावा किया है", "Diklaim oleh pengelolanya",
    ],
    "Sectors": [
        "Sectores", "খাত", "行业", "Ngành", "Sektörler", "វិស័យ", "क्षेत्र", "Sektor",
    ],
    "Products": [
        "Productos", "পণ্য", "产品", "Sản phẩm", "Ürünler", "ផលិតផល", "उत्पाद", "Produk",
    ],
    "Workers": [
        "Trabajadores", "শ্রমিক", "工人", "Người lao động", "İşçiler", "កម្មករ", "मज़दूर", "Pekerja",
    ],
    "Location": [
        "Ubicación", "অবস্থান", "位置", "Vị trí", "Konum", "ទីតាំង", "स्थान", "Lokasi",
    ],
    "No public list names this facility.": [
        "Ninguna lista pública menciona esta instalación.", "কোনো প্রকাশ্য তালিকায় এই কারখানার নাম নেই।", "没有公开清单列出此工厂。",
        "Không có danh sách công khai nào nêu tên cơ sở này.", "Hiçbir açık liste bu tesisin adını vermiyor.",
        "គ្មានបញ្ជីសាធារណៈណាមួយដាក់ឈ្មោះរោងចក្រនេះទេ។", "किसी सार्वजनिक सूची में इस फ़ैक्टरी का नाम नहीं है।",
        "Tidak ada daftar publik yang menyebut fasilitas ini.",
    ],
    "What each list said": [
        "Lo que dijo cada lista", "প্রতিটি তালিকায় যা লেখা ছিল", "各清单的内容", "Mỗi danh sách đã ghi gì",
        "Her listenin söyledikleri", "អ្វីដែលបញ្ជីនីមួយៗបានសរសេរ", "हर सूची में क्या लिखा था", "Isi setiap daftar",
    ],
    "List": [
        "Lista", "তালিকা", "清单", "Danh sách", "Liste", "បញ្ជី", "सूची", "Daftar",
    ],
    "Name as written": [
        "Nombre tal como se escribió", "যেভাবে লেখা নাম", "原文名称", "Tên như đã ghi", "Yazıldığı şekliyle ad",
        "ឈ្មោះតាមដែលបានសរសេរ", "जैसा लिखा गया नाम", "Nama sesuai tulisan",
    ],
    "Address as written": [
        "Dirección tal como se escribió", "যেভাবে লেখা ঠিকানা", "原文地址", "Địa chỉ như đã ghi", "Yazıldığı şekliyle adres",
        "អាសយដ្ឋានតាមដែលបានសរសេរ", "जैसा लिखा गया पता", "Alamat sesuai tulisan",
    ],
    "Undo its last decision": [
        "Deshacer su última decisión", "এর শেষ সিদ্ধান্ত বাতিল করুন", "撤销其最近一次决定", "Hoàn tác quyết định gần nhất",
        "Son kararını geri al", "មិនធ្វើវិញនូវការសម្រេចចុងក្រោយ", "इसका पिछला निर्णय पलटें", "Batalkan keputusan terakhirnya",
    ],
    "Merged into this facility": [
        "Fusionadas con esta instalación", "এই কারখানার সঙ্গে একীভূত", "已合并到此工厂", "Đã gộp vào cơ sở này",
        "Bu tesisle birleştirilenler", "បានបញ្ចូលទៅក្នុងរោងចក្រនេះ", "इस फ़ैक्टरी में मिलाई गई", "Digabungkan ke fasilitas ini",
    ],
    "Undo this merge": [
        "Deshacer esta fusión", "এই একীভূতকরণ বাতিল করুন", "撤销此次合并", "Hoàn tác lần gộp này", "Bu birleştirmeyi geri al",
        "មិនធ្វើវិញនូវការបញ្ចូលគ្នានេះ", "इस विलय को पलटें", "Batalkan penggabungan ini",
    ],
    "Merge or split (operator)": [
        "Fusionar o dividir (operador)", "একীভূত বা বিভক্ত করুন (অপারেটর)", "合并或拆分（运营方）", "Gộp hoặc tách (đơn vị vận hành)",
        "Birleştir veya ayır (operatör)", "បញ្ចូលគ្នា ឬបំបែក (ប្រតិបត្តិករ)", "विलय या विभाजन (ऑपरेटर)", "Gabungkan atau pisahkan (operator)",
    ],
    "Merge this facility into (ID)": [
        "Fusionar esta instalación con (ID)", "এই কারখানাটি যেটির সঙ্গে একীভূত হবে (আইডি)", "将此工厂合并到（ID）",
        "Gộp cơ sở này vào (ID)", "Bu tesisi şununla birleştir (kimlik)", "បញ្ចូលរោងចក្រនេះទៅក្នុង (លេខសម្គាល់)",
        "इस फ़ैक्टरी को इसमें मिलाएँ (ID)", "Gabungkan fasilitas ini ke (ID)",
    ],
    "Merge": [
        "Fusionar", "একীভূত করুন", "合并", "Gộp", "Birleştir", "បញ្ចូលគ្នា", "मिलाएँ", "Gabungkan",
    ],
    "Rows that belong to another facility": [
        "Filas que pertenecen a otra instalación", "যে সারিগুলো অন্য কারখানার", "属于另一家工厂的行", "Các dòng thuộc về cơ sở khác",
        "Başka bir tesise ait satırlar", "ជួរដែលជារបស់រោងចក្រផ្សេង", "वे पंक्तियाँ जो किसी दूसरी फ़ैक्टरी की हैं",
        "Baris yang termasuk fasilitas lain",
    ],
    "Split into a new facility": [
        "Separar en una nueva instalación", "আলাদা করে নতুন কারখানা তৈরি করুন", "拆分为新工厂", "Tách thành cơ sở mới",
        "Yeni bir tesis olarak ayır", "បំបែកជារោងចក្រថ្មី", "अलग करके नई फ़ैक्टरी बनाएँ", "Pisahkan menjadi fasilitas baru",
    ],
    "Do you run this facility? Claim it": [
        "¿Gestiona usted esta instalación? Reclámela", "আপনি কি এই কারখানা চালান? মালিকানা দাবি করুন",
        "您经营这家工厂吗？请认领", "Bạn điều hành cơ sở này? Hãy nhận cơ sở", "Bu tesisi siz mi işletiyorsunuz? Sahiplenin",
        "តើអ្នកជាអ្នកដំណើរការរោងចក្រនេះឬ? ទាមទារកាន់កាប់វា", "क्या आप यह फ़ैक्टरी चलाते हैं? इस पर दावा करें",
        "Apakah Anda mengelola fasilitas ini? Klaim fasilitas ini",
    ],
    "How can an operator verify that you run it (business licence number, a contact at the site…)?": [
        "¿Cómo puede un operador verificar que usted la gestiona (número de licencia comercial, un contacto en el lugar…)?",
        "একজন অপারেটর কীভাবে যাচাই করবেন যে আপনি এটি চালান (ট্রেড লাইসেন্স নম্বর, কারখানায় একজন যোগাযোগের ব্যক্তি…)?",
        "运营方如何核实您经营这家工厂（营业执照号码、现场联系人……）？",
        "Đơn vị vận hành có thể xác minh bạn điều hành cơ sở này bằng cách nào (số giấy phép kinh doanh, người liên hệ tại cơ sở…)?",
        "Bir operatör tesisi sizin işlettiğinizi nasıl doğrulayabilir (işletme ruhsatı numarası, tesiste bir irtibat kişisi…)?",
        "តើប្រតិបត្តិករអាចផ្ទៀងផ្ទាត់ថាអ្នកជាអ្នកដំណើរការវាដោយរបៀបណា (លេខអាជ្ញាប័ណ្ណអាជីវកម្ម អ្នកទំនាក់ទំនងនៅទីតាំង…)?",
        "कोई ऑपरेटर कैसे सत्यापित कर सकता है कि आप इसे चलाते हैं (व्यापार लाइसेंस संख्या, साइट पर कोई संपर्क व्यक्ति…)?",
        "Bagaimana operator dapat memverifikasi bahwa Anda mengelolanya (nomor izin usaha, kontak di lokasi…)?",
    ],
    "Send claim": [
        "Enviar reclamación", "দাবি পাঠান", "提交认领", "Gửi yêu cầu nhận", "Talebi gönder", "ផ្ញើការទាមទារ", "दावा भेजें",
        "Kirim klaim",
    ],
    "Correct this facility's data": [
        "Corregir los datos de esta instalación", "এই কারখানার তথ্য সংশোধন করুন", "更正此工厂的数据", "Sửa dữ liệu của cơ sở này",
        "Bu tesisin verilerini düzelt", "កែតម្រូវទិន្នន័យរបស់រោងចក្រនេះ", "इस फ़ैक्टरी का डेटा सुधारें", "Koreksi data fasilitas ini",
    ],
    "Latitude": [
        "Latitud", "অক্ষাংশ", "纬度", "Vĩ độ", "Enlem", "រយៈទទឹង", "अक्षांश", "Lintang",
    ],
    "Longitude": [
        "Longitud", "দ্রাঘিমাংশ", "经度", "Kinh độ", "Boylam", "រយៈបណ្ដោយ", "देशांतर", "Bujur",
    ],
    "Save correction": [
        "Guardar corrección", "সংশোধন সংরক্ষণ করুন", "保存更正", "Lưu chỉnh sửa", "Düzeltmeyi kaydet", "រក្សាទុកការកែតម្រូវ",
        "सुधार सहेजें", "Simpan koreksi",
    ],
    "History": [
        "Historial", "ইতিহাস", "历史记录", "Lịch sử", "Geçmiş", "ប្រវត្តិ", "इतिहास", "Riwayat",
    ],
    "Name (any script), address or ID (ours, OS ID, DUNS, LEI)": [
        "Nombre (en cualquier escritura), dirección o ID (nuestro, OS ID, DUNS, LEI)",
        "নাম (যেকোনো লিপিতে), ঠিকানা বা আইডি (আমাদের, OS ID, DUNS, LEI)",
        "名称（任何文字）、地址或 ID（本平台 ID、OS ID、DUNS、LEI）",
        "Tên (bất kỳ chữ viết nào), địa chỉ hoặc ID (của chúng tôi, OS ID, DUNS, LEI)",
        "Ad (herhangi bir yazıyla), adres veya kimlik (bizim, OS ID, DUNS, LEI)",
        "ឈ្មោះ (អក្សរណាក៏បាន) អាសយដ្ឋាន ឬលេខសម្គាល់ (របស់យើង, OS ID, DUNS, LEI)",
        "नाम (किसी भी लिपि में), पता या ID (हमारी, OS ID, DUNS, LEI)",
        "Nama (aksara apa pun), alamat, atau ID (milik kami, OS ID, DUNS, LEI)",
    ],
    "Sector": [
        "Sector", "খাত", "行业", "Ngành", "Sektör", "វិស័យ", "क्षेत्र", "Sektor",
    ],
    "Open Supply Hub format": [
        "Formato de Open Supply Hub", "Open Supply Hub ফরম্যাট", "Open Supply Hub 格式", "Định dạng Open Supply Hub",
        "Open Supply Hub biçimi", "ទម្រង់ Open Supply Hub", "Open Supply Hub फ़ॉर्मैट", "Format Open Supply Hub",
    ],
    "tier": [
        "nivel", "স্তর", "层级", "cấp", "kademe", "កម្រិត", "स्तर", "tingkat",
    ],
    "Columns: country, name, address (required); lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id and lei_id are read; any other column is kept as you wrote it.": [
        "Columnas: country, name, address (obligatorias); se leen lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id y lei_id; cualquier otra columna se conserva tal como la escribió.",
        "কলাম: country, name, address (আবশ্যক); lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id ও lei_id পড়া হয়; অন্য যেকোনো কলাম আপনি যেভাবে লিখেছেন সেভাবেই রাখা হয়।",
        "列：country、name、address（必填）；系统会读取 lat、lng、sector、product_type、facility_type、processing_type、number_of_workers、parent_company、native_language_name、os_id、duns_id 和 lei_id；其他任何列都按您填写的原样保留。",
        "Cột: country, name, address (bắt buộc); hệ thống đọc lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id và lei_id; mọi cột khác được giữ nguyên như bạn đã viết.",
        "Sütunlar: country, name, address (zorunlu); lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id ve lei_id okunur; diğer her sütun yazdığınız gibi saklanır.",
        "ជួរឈរ៖ country, name, address (ចាំបាច់)។ ប្រព័ន្ធអាន lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id និង lei_id ហើយជួរឈរផ្សេងទៀតត្រូវបានរក្សាទុកដូចដែលអ្នកបានសរសេរ។",
        "कॉलम: country, name, address (ज़रूरी); lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id और lei_id पढ़े जाते हैं; कोई भी दूसरा कॉलम वैसा ही रखा जाता है जैसा आपने लिखा है।",
        "Kolom: country, name, address (wajib); lat, lng, sector, product_type, facility_type, processing_type, number_of_workers, parent_company, native_language_name, os_id, duns_id, dan lei_id dibaca; kolom lain disimpan sesuai yang Anda tulis.",
    ],
    "Give the ID of the facility to merge into, and a reason.": [
        "Indique el ID de la instalación con la que fusionar y un motivo.", "যে কারখানার সঙ্গে একীভূত করবেন তার আইডি এবং একটি কারণ দিন।",
        "请填写要合并到的工厂 ID 和原因。", "Hãy nhập ID của cơ sở cần gộp vào và nêu lý do.",
        "Birleştirilecek tesisin kimliğini ve bir neden belirtin.", "សូមផ្ដល់លេខសម្គាល់រោងចក្រដែលត្រូវបញ្ចូលទៅ និងមូលហេតុ។",
        "जिस फ़ैक्टरी में मिलाना है उसकी ID और एक कारण बताएँ।", "Berikan ID fasilitas tujuan penggabungan, dan alasannya.",
    ],
    "Merged. The old ID keeps resolving here; the merge can be undone.": [
        "Fusionada. El ID antiguo sigue llevando aquí; la fusión se puede deshacer.",
        "একীভূত করা হয়েছে। পুরোনো আইডি দিয়েও এখানে আসা যাবে; একীভূতকরণ বাতিল করা যায়।",
        "已合并。旧 ID 仍会指向这里；合并可以撤销。",
        "Đã gộp. ID cũ vẫn dẫn đến đây; có thể hoàn tác việc gộp.",
        "Birleştirildi. Eski kimlik buraya yönlendirmeye devam eder; birleştirme geri alınabilir.",
        "បានបញ្ចូលគ្នា។ លេខសម្គាល់ចាស់នៅតែនាំមកទីនេះ ការបញ្ចូលគ្នាអាចធ្វើវិញបាន។",
        "मिला दिया गया। पुरानी ID अब भी यहीं ले आती है; विलय पलटा जा सकता है।",
        "Digabungkan. ID lama tetap mengarah ke sini; penggabungan dapat dibatalkan.",
    ],
    "merge undone": [
        "fusión deshecha", "একীভূতকরণ বাতিল", "合并已撤销", "đã hoàn tác việc gộp", "birleştirme geri alındı",
        "ការបញ្ចូលគ្នាត្រូវបានធ្វើវិញ", "विलय पलटा गया", "penggabungan dibatalkan",
    ],
    "Name the merged facility to separate again.": [
        "Indique la instalación fusionada que se debe volver a separar.", "আবার আলাদা করতে একীভূত কারখানাটির নাম দিন।",
        "请指明要重新分开的已合并工厂。", "Hãy nêu cơ sở đã gộp cần tách ra lại.",
        "Yeniden ayrılacak birleştirilmiş tesisi belirtin.", "សូមបញ្ជាក់រោងចក្រដែលបានបញ្ចូលគ្នា ដើម្បីបំបែកម្ដងទៀត។",
        "दोबारा अलग करने के लिए मिलाई गई फ़ैक्टरी बताएँ।", "Sebutkan fasilitas yang digabungkan untuk dipisahkan lagi.",
    ],
    "The merge is undone.": [
        "La fusión se deshizo.", "একীভূতকরণ বাতিল করা হয়েছে।", "合并已撤销。", "Đã hoàn tác việc gộp.",
        "Birleştirme geri alındı.", "ការបញ្ចូលគ្នាត្រូវបានធ្វើវិញហើយ។", "विलय पलट दिया गया है।", "Penggabungan telah dibatalkan.",
    ],
    "Choose some (not all) rows to move, and give a reason.": [
        "Elija algunas filas (no todas) para mover y dé un motivo.", "সরানোর জন্য কিছু (সব নয়) সারি বেছে নিন এবং একটি কারণ দিন।",
        "请选择要移动的部分行（不能全选），并说明原因。", "Hãy chọn một số dòng (không phải tất cả) để chuyển và nêu lý do.",
        "Taşınacak bazı (tümü değil) satırları seçin ve bir neden belirtin.", "សូមជ្រើសរើសជួរខ្លះ (មិនមែនទាំងអស់) ដើម្បីផ្លាស់ទី ហើយផ្ដល់មូលហេតុ។",
        "ले जाने के लिए कुछ (सभी नहीं) पंक्तियाँ चुनें, और एक कारण बताएँ।", "Pilih beberapa baris (bukan semua) untuk dipindahkan, dan berikan alasannya.",
    ],
    "Split: the chosen rows now form a new facility.": [
        "Dividida: las filas elegidas forman ahora una nueva instalación.", "বিভক্ত করা হয়েছে: বাছাই করা সারিগুলো এখন একটি নতুন কারখানা।",
        "已拆分：所选的行现在构成一家新工厂。", "Đã tách: các dòng được chọn giờ tạo thành một cơ sở mới.",
        "Ayrıldı: seçilen satırlar artık yeni bir tesis oluşturuyor.", "បានបំបែក៖ ជួរដែលបានជ្រើសរើស ឥឡូវបង្កើតជារោងចក្រថ្មីមួយ។",
        "विभाजित: चुनी गई पंक्तियाँ अब एक नई फ़ैक्टरी हैं।", "Dipisahkan: baris yang dipilih kini membentuk fasilitas baru.",
    ],
    "undone": [
        "deshecho", "বাতিল করা হয়েছে", "已撤销", "đã hoàn tác", "geri alındı", "បានធ្វើវិញ", "पलटा गया", "dibatalkan",
    ],
    "The row is back to its previous decision.": [
        "La fila volvió a su decisión anterior.", "সারিটি আগের সিদ্ধান্তে ফিরে গেছে।", "该行已恢复到之前的决定。",
        "Dòng này đã trở lại quyết định trước đó.", "Satır önceki kararına döndü.", "ជួរនេះបានត្រឡប់ទៅការសម្រេចពីមុនវិញ។",
        "पंक्ति अपने पिछले निर्णय पर लौट आई है।", "Baris ini kembali ke keputusan sebelumnya.",
    ],
    "Your claim is waiting for an operator to verify it.": [
        "Su reclamación espera a que un operador la verifique.", "আপনার দাবি একজন অপারেটরের যাচাইয়ের অপেক্ষায় আছে।",
        "您的认领申请正在等待运营方核实。", "Yêu cầu nhận của bạn đang chờ đơn vị vận hành xác minh.",
        "Talebiniz bir operatörün doğrulamasını bekliyor.", "ការទាមទាររបស់អ្នកកំពុងរង់ចាំប្រតិបត្តិករផ្ទៀងផ្ទាត់។",
        "आपका दावा ऑपरेटर के सत्यापन की प्रतीक्षा में है।", "Klaim Anda menunggu verifikasi operator.",
    ],
    "lat and lng must be numbers in degrees.": [
        "lat y lng deben ser números en grados.", "lat ও lng ডিগ্রিতে সংখ্যা হতে হবে।", "lat 和 lng 必须是以度为单位的数字。",
        "lat và lng phải là số tính bằng độ.", "lat ve lng derece cinsinden sayı olmalıdır.", "lat និង lng ត្រូវតែជាលេខគិតជាដឺក្រេ។",
        "lat और lng डिग्री में संख्याएँ होनी चाहिए।", "lat dan lng harus berupa angka dalam derajat.",
    ],
    "Corrected. The history below shows what changed and who.": [
        "Corregido. El historial de abajo muestra qué cambió y quién lo cambió.", "সংশোধন করা হয়েছে। নিচের ইতিহাসে দেখা যাবে কী বদলেছে এবং কে বদলেছেন।",
        "已更正。下面的历史记录显示了改动内容和改动人。", "Đã sửa. Lịch sử bên dưới cho thấy những gì đã thay đổi và ai thay đổi.",
        "Düzeltildi. Aşağıdaki geçmiş neyin değiştiğini ve kimin değiştirdiğini gösterir.", "បានកែតម្រូវ។ ប្រវត្តិខាងក្រោមបង្ហាញអ្វីដែលបានផ្លាស់ប្ដូរ និងអ្នកណាជាអ្នកផ្លាស់ប្ដូរ។",
        "सुधार दिया गया। नीचे का इतिहास दिखाता है कि क्या बदला और किसने बदला।", "Dikoreksi. Riwayat di bawah menunjukkan apa yang berubah dan siapa yang mengubahnya.",
    ],
    "The claim is decided; the claimant sees your reason.": [
        "La reclamación quedó resuelta; quien la presentó ve su motivo.", "দাবির সিদ্ধান্ত হয়েছে; দাবিদার আপনার কারণটি দেখতে পাবেন।",
        "认领申请已作出决定；申请人可以看到您的理由。", "Yêu cầu nhận đã được quyết định; người yêu cầu thấy lý do của bạn.",
        "Talep karara bağlandı; talep sahibi gerekçenizi görür.", "ការទាមទារត្រូវបានសម្រេចហើយ អ្នកទាមទារមើលឃើញមូលហេតុរបស់អ្នក។",
        "दावे पर निर्णय हो गया है; दावेदार आपका कारण देखता है।", "Klaim telah diputuskan; pengaju klaim melihat alasan Anda.",
    ],
    "An inspectorate not on the platform": [
        "Una inspección que no está en la plataforma", "প্ল্যাটফর্মে নেই এমন একটি পরিদর্শন দপ্তর", "不在本平台上的监察机构",
        "Cơ quan thanh tra không có trên nền tảng", "Platformda olmayan bir iş teftiş kurumu", "អធិការកិច្ចដែលមិនមាននៅលើវេទិកា",
        "ऐसा निरीक्षणालय जो प्लैटफ़ॉर्म पर नहीं है", "Pengawas yang tidak ada di platform",
    ],
}  # fmt: skip

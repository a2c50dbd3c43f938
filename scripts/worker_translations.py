# ruff: noqa: E501  (a table of translations: a line per language reads best)
"""Translations of the worker-facing strings (grievance intake and follow-up, base layout).

Run by `make messages` after `makemessages`: fills these entries into each language's .po
file (never overwriting a reviewed translation; a fuzzy guess is replaced), so translators can then refine them
in the .po files as usual. Columns: es, bn, zh_Hans, vi, tr, km, hi, id.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

LANGS = ["es", "bn", "zh_Hans", "vi", "tr", "km", "hi", "id"]

T: dict[str, list[str]] = {
    "Tell us what happened": [
        "Cuéntenos qué pasó", "কী ঘটেছে আমাদের জানান", "告诉我们发生了什么",
        "Hãy cho chúng tôi biết chuyện gì đã xảy ra", "Bize ne olduğunu anlatın",
        "ប្រាប់យើងពីអ្វីដែលបានកើតឡើង", "हमें बताइए क्या हुआ", "Ceritakan apa yang terjadi",
    ],
    "You do not need an account. We do not record your phone or computer's address. Only the person who handles your case can see how to reach you.": [
        "No necesita una cuenta. No registramos la dirección de su teléfono ni de su computadora. Solo la persona que lleva su caso puede ver cómo contactarle.",
        "আপনার কোনো অ্যাকাউন্ট লাগবে না। আমরা আপনার ফোন বা কম্পিউটারের ঠিকানা রাখি না। শুধু যিনি আপনার অভিযোগ দেখবেন, তিনিই জানতে পারবেন কীভাবে আপনার সাথে যোগাযোগ করা যায়।",
        "您不需要账户。我们不会记录您手机或电脑的地址。只有处理您案件的人才能看到如何联系您。",
        "Bạn không cần tài khoản. Chúng tôi không ghi lại địa chỉ điện thoại hay máy tính của bạn. Chỉ người xử lý vụ việc của bạn mới thấy cách liên lạc với bạn.",
        "Hesap açmanız gerekmez. Telefonunuzun veya bilgisayarınızın adresini kaydetmiyoruz. Size nasıl ulaşılacağını yalnızca başvurunuzla ilgilenen kişi görebilir.",
        "អ្នកមិនចាំបាច់មានគណនីទេ។ យើងមិនកត់ត្រាអាសយដ្ឋានទូរស័ព្ទ ឬកុំព្យូទ័ររបស់អ្នកទេ។ មានតែអ្នកដែលដោះស្រាយករណីរបស់អ្នកទេ ដែលអាចមើលឃើញរបៀបទាក់ទងអ្នក។",
        "आपको खाते की ज़रूरत नहीं है। हम आपके फ़ोन या कंप्यूटर का पता दर्ज नहीं करते। आपसे संपर्क का तरीका सिर्फ़ वही व्यक्ति देख सकता है जो आपका मामला संभालता है।",
        "Anda tidak perlu akun. Kami tidak mencatat alamat ponsel atau komputer Anda. Hanya petugas yang menangani kasus Anda yang dapat melihat cara menghubungi Anda.",
    ],
    "Find your workplace (any language)": [
        "Busque su lugar de trabajo (en cualquier idioma)", "আপনার কর্মস্থল খুঁজুন (যেকোনো ভাষায়)",
        "查找您的工作地点（任何语言）", "Tìm nơi làm việc của bạn (bằng bất kỳ ngôn ngữ nào)",
        "İş yerinizi bulun (herhangi bir dilde)", "ស្វែងរកកន្លែងធ្វើការរបស់អ្នក (ភាសាណាក៏បាន)",
        "अपना कार्यस्थल खोजें (किसी भी भाषा में)", "Cari tempat kerja Anda (bahasa apa saja)",
    ],
    "Find": ["Buscar", "খুঁজুন", "查找", "Tìm", "Bul", "ស្វែងរក", "खोजें", "Cari"],
    "Is it one of these?": [
        "¿Es uno de estos?", "এগুলোর কোনোটি কি?", "是其中之一吗？", "Có phải là một trong số này không?",
        "Bunlardan biri mi?", "តើវាជាកន្លែងមួយក្នុងចំណោមនេះទេ?", "क्या यह इनमें से एक है?",
        "Apakah salah satu dari ini?",
    ],
    "Not found. Describe it below; we will find it.": [
        "No se encontró. Descríbalo abajo; nosotros lo buscaremos.",
        "পাওয়া যায়নি। নিচে বর্ণনা দিন; আমরা খুঁজে নেব।", "未找到。请在下面描述，我们会去查找。",
        "Không tìm thấy. Hãy mô tả bên dưới; chúng tôi sẽ tìm.",
        "Bulunamadı. Aşağıda tarif edin; biz buluruz.",
        "រកមិនឃើញទេ។ សូមពិពណ៌នាខាងក្រោម យើងនឹងស្វែងរក។",
        "नहीं मिला। नीचे बताइए; हम ढूँढ लेंगे।", "Tidak ditemukan. Jelaskan di bawah; kami akan mencarinya.",
    ],
    "None of these": [
        "Ninguno de estos", "এগুলোর কোনোটি নয়", "都不是", "Không phải nơi nào trong số này",
        "Hiçbiri", "មិនមែនកន្លែងទាំងនេះទេ", "इनमें से कोई नहीं", "Bukan salah satunya",
    ],
    "Send": ["Enviar", "পাঠান", "发送", "Gửi", "Gönder", "ផ្ញើ", "भेजें", "Kirim"],
    "Follow a case you sent before": [
        "Seguir un caso que envió antes", "আগে পাঠানো অভিযোগের খবর নিন", "跟进您之前提交的案件",
        "Theo dõi vụ việc bạn đã gửi trước đây", "Daha önce gönderdiğiniz başvuruyu takip edin",
        "តាមដានករណីដែលអ្នកបានផ្ញើពីមុន", "पहले भेजे गए मामले की जानकारी लें",
        "Ikuti kasus yang pernah Anda kirim",
    ],
    "What happened?": [
        "¿Qué pasó?", "কী ঘটেছে?", "发生了什么？", "Chuyện gì đã xảy ra?", "Ne oldu?",
        "តើមានអ្វីកើតឡើង?", "क्या हुआ?", "Apa yang terjadi?",
    ],
    "Write in your own language. Say what happened, to whom and since when.": [
        "Escriba en su propio idioma. Diga qué pasó, a quién y desde cuándo.",
        "নিজের ভাষায় লিখুন। কী ঘটেছে, কার সাথে এবং কবে থেকে, তা বলুন।",
        "请用您自己的语言填写。说明发生了什么、涉及谁、从什么时候开始。",
        "Hãy viết bằng ngôn ngữ của bạn. Cho biết chuyện gì xảy ra, với ai và từ khi nào.",
        "Kendi dilinizde yazın. Ne olduğunu, kime olduğunu ve ne zamandan beri sürdüğünü anlatın.",
        "សរសេរជាភាសារបស់អ្នក។ ប្រាប់ថាមានអ្វីកើតឡើង ចំពោះអ្នកណា និងតាំងពីពេលណា។",
        "अपनी भाषा में लिखिए। क्या हुआ, किसके साथ और कब से, यह बताइए।",
        "Tulis dalam bahasa Anda sendiri. Ceritakan apa yang terjadi, kepada siapa, dan sejak kapan.",
    ],
    "Where do you work?": [
        "¿Dónde trabaja?", "আপনি কোথায় কাজ করেন?", "您在哪里工作？", "Bạn làm việc ở đâu?",
        "Nerede çalışıyorsunuz?", "តើអ្នកធ្វើការនៅឯណា?", "आप कहाँ काम करते हैं?",
        "Di mana Anda bekerja?",
    ],
    "The factory's name and town, as you know it.": [
        "El nombre de la fábrica y la ciudad, como usted los conoce.",
        "কারখানার নাম ও এলাকা, আপনি যেভাবে জানেন।", "工厂的名称和所在城镇，按您所知道的填写。",
        "Tên nhà máy và thị trấn, theo những gì bạn biết.",
        "Fabrikanın adı ve bulunduğu yer, bildiğiniz şekliyle.",
        "ឈ្មោះរោងចក្រ និងទីក្រុង តាមដែលអ្នកដឹង។", "फ़ैक्टरी का नाम और शहर, जैसा आप जानते हैं।",
        "Nama pabrik dan kotanya, sejauh yang Anda ketahui.",
    ],
    "When did it happen?": [
        "¿Cuándo pasó?", "কখন ঘটেছে?", "什么时候发生的？", "Việc đó xảy ra khi nào?",
        "Ne zaman oldu?", "តើវាកើតឡើងនៅពេលណា?", "यह कब हुआ?", "Kapan itu terjadi?",
    ],
    "How many workers are affected?": [
        "¿Cuántos trabajadores están afectados?", "কতজন শ্রমিক ক্ষতিগ্রস্ত?", "有多少工人受到影响？",
        "Có bao nhiêu công nhân bị ảnh hưởng?", "Kaç işçi etkileniyor?",
        "តើមានកម្មករប៉ុន្មាននាក់រងផលប៉ះពាល់?", "कितने मज़दूर प्रभावित हैं?",
        "Berapa banyak pekerja yang terdampak?",
    ],
    "What is it about?": [
        "¿De qué se trata?", "বিষয়টি কী নিয়ে?", "是关于什么的？", "Việc này liên quan đến điều gì?",
        "Konu nedir?", "តើវាទាក់ទងនឹងអ្វី?", "यह किस बारे में है?", "Tentang apa?",
    ],
    "Wages not paid, paid late, or below the minimum": [
        "Salario no pagado, pagado tarde o por debajo del mínimo",
        "মজুরি দেওয়া হয়নি, দেরিতে দেওয়া হয়েছে বা ন্যূনতমের কম", "工资未付、拖欠或低于最低标准",
        "Không trả lương, trả chậm hoặc thấp hơn mức tối thiểu",
        "Ücret ödenmedi, geç ödendi ya da asgari ücretin altında",
        "មិនបើកប្រាក់ឈ្នួល បើកយឺត ឬទាបជាងប្រាក់ឈ្នួលអប្បបរមា",
        "मज़दूरी नहीं मिली, देर से मिली या न्यूनतम से कम",
        "Upah tidak dibayar, terlambat, atau di bawah upah minimum",
    ],
    "Too many hours or forced overtime": [
        "Demasiadas horas u horas extra obligatorias", "অতিরিক্ত কর্মঘণ্টা বা জোর করে ওভারটাইম",
        "工时过长或被迫加班", "Làm quá nhiều giờ hoặc bị ép làm thêm giờ",
        "Çok uzun çalışma saatleri veya zorla fazla mesai",
        "ម៉ោងធ្វើការច្រើនពេក ឬត្រូវបង្ខំឱ្យធ្វើការថែមម៉ោង",
        "बहुत ज़्यादा घंटे या ज़बरदस्ती ओवरटाइम", "Jam kerja terlalu panjang atau lembur paksa",
    ],
    "Danger to health or safety": [
        "Peligro para la salud o la seguridad", "স্বাস্থ্য বা নিরাপত্তার ঝুঁকি", "危害健康或安全",
        "Nguy hiểm cho sức khỏe hoặc an toàn", "Sağlık veya güvenlik tehlikesi",
        "គ្រោះថ្នាក់ដល់សុខភាព ឬសុវត្ថិភាព", "सेहत या सुरक्षा को ख़तरा",
        "Bahaya bagi kesehatan atau keselamatan",
    ],
    "Harassment, abuse or violence": [
        "Acoso, abuso o violencia", "হয়রানি, নির্যাতন বা সহিংসতা", "骚扰、虐待或暴力",
        "Quấy rối, ngược đãi hoặc bạo lực", "Taciz, istismar veya şiddet",
        "ការបៀតបៀន ការរំលោភបំពាន ឬអំពើហិង្សា", "उत्पीड़न, दुर्व्यवहार या हिंसा",
        "Pelecehan, penganiayaan, atau kekerasan",
    ],
    "Discrimination (sex, pregnancy, religion, origin…)": [
        "Discriminación (sexo, embarazo, religión, origen…)",
        "বৈষম্য (লিঙ্গ, গর্ভাবস্থা, ধর্ম, জন্মস্থান…)", "歧视（性别、怀孕、宗教、出身……）",
        "Phân biệt đối xử (giới tính, mang thai, tôn giáo, nguồn gốc…)",
        "Ayrımcılık (cinsiyet, hamilelik, din, köken…)",
        "ការរើសអើង (ភេទ ការមានផ្ទៃពោះ សាសនា ដើមកំណើត…)",
        "भेदभाव (लिंग, गर्भावस्था, धर्म, मूल…)", "Diskriminasi (jenis kelamin, kehamilan, agama, asal…)",
    ],
    "Stopped from joining or forming a union": [
        "Le impiden afiliarse a un sindicato o formarlo", "ইউনিয়নে যোগ দিতে বা গঠন করতে বাধা",
        "被阻止加入或组建工会", "Bị ngăn cản tham gia hoặc thành lập công đoàn",
        "Sendikaya üye olmanız veya sendika kurmanız engelleniyor",
        "ត្រូវបានរារាំងមិនឱ្យចូល ឬបង្កើតសហជីព", "यूनियन में शामिल होने या बनाने से रोका गया",
        "Dilarang bergabung atau membentuk serikat pekerja",
    ],
    "Forced to work, passport or pay kept, debts to recruiters": [
        "Trabajo forzado, pasaporte o salario retenidos, deudas con reclutadores",
        "জোর করে কাজ, পাসপোর্ট বা বেতন আটকে রাখা, দালালের কাছে ঋণ", "强迫劳动、护照或工资被扣押、欠招聘中介债务",
        "Bị ép làm việc, bị giữ hộ chiếu hoặc lương, nợ môi giới tuyển dụng",
        "Zorla çalıştırma, pasaport veya maaşa el konulması, aracılara borç",
        "ការបង្ខំឱ្យធ្វើការ ការរឹបអូសលិខិតឆ្លងដែន ឬប្រាក់ឈ្នួល បំណុលភ្នាក់ងារជ្រើសរើស",
        "ज़बरदस्ती काम, पासपोर्ट या वेतन रोक लेना, भर्ती एजेंटों का क़र्ज़",
        "Kerja paksa, paspor atau upah ditahan, utang kepada perekrut",
    ],
    "Children working": [
        "Niños trabajando", "শিশুরা কাজ করছে", "使用童工", "Có trẻ em làm việc", "Çalışan çocuklar",
        "កុមារធ្វើការ", "बच्चे काम कर रहे हैं", "Anak-anak bekerja",
    ],
    "No contract, or unfair dismissal": [
        "Sin contrato o despido injusto", "চুক্তিপত্র নেই বা অন্যায় ছাঁটাই", "没有合同或被不公平解雇",
        "Không có hợp đồng hoặc bị sa thải bất công", "Sözleşme yok veya haksız işten çıkarma",
        "គ្មានកិច្ចសន្យា ឬការបញ្ឈប់ពីការងារដោយអយុត្តិធម៌", "कोई अनुबंध नहीं, या अनुचित बर्ख़ास्तगी",
        "Tidak ada kontrak, atau PHK yang tidak adil",
    ],
    "I fear I will be punished for complaining": [
        "Temo que me castiguen por quejarme", "অভিযোগ করার জন্য শাস্তির ভয় পাচ্ছি", "我担心会因投诉而受到惩罚",
        "Tôi sợ bị trừng phạt vì khiếu nại", "Şikâyet ettiğim için cezalandırılmaktan korkuyorum",
        "ខ្ញុំខ្លាចត្រូវគេដាក់ទោសព្រោះការតវ៉ា", "मुझे डर है कि शिकायत करने पर मुझे सज़ा मिलेगी",
        "Saya takut dihukum karena mengadu",
    ],
    "How can we reach you? (optional)": [
        "¿Cómo podemos contactarle? (opcional)", "কীভাবে আপনার সাথে যোগাযোগ করব? (ঐচ্ছিক)",
        "我们如何联系您？（可选）", "Chúng tôi có thể liên lạc với bạn bằng cách nào? (không bắt buộc)",
        "Size nasıl ulaşabiliriz? (isteğe bağlı)", "តើយើងអាចទាក់ទងអ្នកដោយរបៀបណា? (មិនចាំបាច់)",
        "हम आपसे कैसे संपर्क करें? (वैकल्पिक)", "Bagaimana kami dapat menghubungi Anda? (opsional)",
    ],
    "Only the person handling your case can see this. You can leave it empty and follow your case with the reference and secret instead.": [
        "Solo la persona que lleva su caso puede verlo. Puede dejarlo vacío y seguir su caso con la referencia y la clave secreta.",
        "শুধু যিনি আপনার অভিযোগ দেখবেন তিনিই এটি দেখতে পাবেন। চাইলে খালি রাখতে পারেন এবং রেফারেন্স ও গোপন কোড দিয়ে খবর নিতে পারেন।",
        "只有处理您案件的人能看到这一项。您可以不填，改用案件编号和密码跟进案件。",
        "Chỉ người xử lý vụ việc của bạn mới thấy thông tin này. Bạn có thể để trống và theo dõi vụ việc bằng mã số và mã bí mật.",
        "Bunu yalnızca başvurunuzla ilgilenen kişi görebilir. Boş bırakıp başvurunuzu referans numarası ve gizli kodla takip edebilirsiniz.",
        "មានតែអ្នកដែលដោះស្រាយករណីរបស់អ្នកទេ ដែលអាចមើលឃើញព័ត៌មាននេះ។ អ្នកអាចទុកចោលទទេ ហើយតាមដានករណីរបស់អ្នកដោយលេខយោង និងលេខសម្ងាត់ជំនួសវិញ។",
        "इसे सिर्फ़ आपका मामला संभालने वाला व्यक्ति देख सकता है। आप इसे ख़ाली छोड़कर संदर्भ संख्या और गुप्त कोड से अपने मामले की जानकारी ले सकते हैं।",
        "Hanya petugas yang menangani kasus Anda yang dapat melihat ini. Anda boleh mengosongkannya dan mengikuti kasus dengan nomor referensi dan kode rahasia.",
    ],
    "Name the workplace, or describe where it is.": [
        "Indique el lugar de trabajo o describa dónde está.", "কর্মস্থলের নাম লিখুন, অথবা কোথায় তা বর্ণনা করুন।",
        "请写出工作地点的名称，或描述它在哪里。", "Hãy ghi tên nơi làm việc, hoặc mô tả nó ở đâu.",
        "İş yerinin adını yazın veya nerede olduğunu tarif edin.",
        "សូមដាក់ឈ្មោះកន្លែងធ្វើការ ឬពិពណ៌នាថាវានៅឯណា។", "कार्यस्थल का नाम लिखिए, या बताइए कि वह कहाँ है।",
        "Sebutkan nama tempat kerja, atau jelaskan lokasinya.",
    ],
    "We received your complaint": [
        "Recibimos su queja", "আমরা আপনার অভিযোগ পেয়েছি", "我们已收到您的投诉", "Chúng tôi đã nhận được khiếu nại của bạn",
        "Şikâyetinizi aldık", "យើងបានទទួលពាក្យបណ្ដឹងរបស់អ្នកហើយ", "हमें आपकी शिकायत मिल गई है",
        "Kami telah menerima pengaduan Anda",
    ],
    "Write these down now. You need both to follow your case. We cannot show the secret again.": [
        "Anote estos datos ahora. Necesita los dos para seguir su caso. No podemos volver a mostrar la clave secreta.",
        "এখনই এগুলো লিখে রাখুন। অভিযোগের খবর নিতে দুটোই লাগবে। গোপন কোডটি আমরা আর দেখাতে পারব না।",
        "请现在就记下来。跟进案件时两者都需要。密码不会再次显示。",
        "Hãy ghi lại ngay bây giờ. Bạn cần cả hai để theo dõi vụ việc. Chúng tôi không thể hiển thị lại mã bí mật.",
        "Bunları şimdi not edin. Başvurunuzu takip etmek için ikisine de ihtiyacınız var. Gizli kodu tekrar gösteremeyiz.",
        "សូមកត់ត្រាទុកឥឡូវនេះ។ អ្នកត្រូវការទាំងពីរដើម្បីតាមដានករណីរបស់អ្នក។ យើងមិនអាចបង្ហាញលេខសម្ងាត់ម្ដងទៀតបានទេ។",
        "इन्हें अभी लिख लीजिए। अपने मामले की जानकारी के लिए दोनों चाहिए। गुप्त कोड हम दोबारा नहीं दिखा सकते।",
        "Catat keduanya sekarang. Anda memerlukan keduanya untuk mengikuti kasus. Kode rahasia tidak dapat ditampilkan lagi.",
    ],
    "Case reference": [
        "Referencia del caso", "অভিযোগের রেফারেন্স", "案件编号", "Mã số vụ việc", "Başvuru numarası",
        "លេខយោងករណី", "मामला संदर्भ संख्या", "Nomor referensi kasus",
    ],
    "Secret": [
        "Clave secreta", "গোপন কোড", "密码", "Mã bí mật", "Gizli kod", "លេខសម្ងាត់", "गुप्त कोड",
        "Kode rahasia",
    ],
    "We will confirm we are handling it by %(date)s.": [
        "Confirmaremos que lo estamos atendiendo antes del %(date)s.",
        "%(date)s তারিখের মধ্যে আমরা জানাব যে অভিযোগটি দেখা হচ্ছে।", "我们将在 %(date)s 之前确认正在处理。",
        "Chúng tôi sẽ xác nhận đang xử lý trước ngày %(date)s.",
        "%(date)s tarihine kadar başvurunuzla ilgilendiğimizi teyit edeceğiz.",
        "យើងនឹងបញ្ជាក់ថាកំពុងដោះស្រាយ ត្រឹមថ្ងៃទី %(date)s។",
        "हम %(date)s तक पुष्टि करेंगे कि इस पर काम हो रहा है।",
        "Kami akan mengonfirmasi bahwa kasus ini ditangani paling lambat %(date)s.",
    ],
    "Follow your case": [
        "Siga su caso", "অভিযোগের খবর নিন", "跟进您的案件", "Theo dõi vụ việc của bạn", "Başvurunuzu takip edin",
        "តាមដានករណីរបស់អ្នក", "अपने मामले की जानकारी लें", "Ikuti kasus Anda",
    ],
    "No case matches this reference and secret.": [
        "Ningún caso coincide con esta referencia y clave secreta.",
        "এই রেফারেন্স ও গোপন কোডের সাথে কোনো অভিযোগ মেলেনি।", "没有与此编号和密码相符的案件。",
        "Không có vụ việc nào khớp với mã số và mã bí mật này.",
        "Bu numara ve gizli kodla eşleşen bir başvuru yok.",
        "គ្មានករណីណាត្រូវនឹងលេខយោង និងលេខសម្ងាត់នេះទេ។",
        "इस संदर्भ संख्या और गुप्त कोड से कोई मामला नहीं मिला।",
        "Tidak ada kasus yang cocok dengan nomor referensi dan kode rahasia ini.",
    ],
    "Show my case": [
        "Ver mi caso", "আমার অভিযোগ দেখান", "查看我的案件", "Xem vụ việc của tôi", "Başvurumu göster",
        "បង្ហាញករណីរបស់ខ្ញុំ", "मेरा मामला दिखाएँ", "Tampilkan kasus saya",
    ],
    "Your case": [
        "Su caso", "আপনার অভিযোগ", "您的案件", "Vụ việc của bạn", "Başvurunuz", "ករណីរបស់អ្នក",
        "आपका मामला", "Kasus Anda",
    ],
    "Status": ["Estado", "অবস্থা", "状态", "Trạng thái", "Durum", "ស្ថានភាព", "स्थिति", "Status"],
    "next step due": [
        "próximo paso antes del", "পরবর্তী ধাপের শেষ তারিখ", "下一步截止", "hạn bước tiếp theo",
        "sonraki adımın son tarihi", "ជំហានបន្ទាប់ត្រូវធ្វើមុន", "अगला कदम इस तारीख़ तक",
        "batas langkah berikutnya",
    ],
    "Steps": ["Pasos", "ধাপসমূহ", "进展", "Các bước", "Adımlar", "ជំហាន", "चरण", "Langkah"],
    "Received": ["Recibido", "গৃহীত", "已收到", "Đã nhận", "Alındı", "បានទទួល", "प्राप्त", "Diterima"],
    "Acknowledged": [
        "Acusado recibo", "প্রাপ্তি স্বীকার করা হয়েছে", "已确认受理", "Đã xác nhận", "Teyit edildi",
        "បានទទួលស្គាល់", "पावती दी गई", "Dikonfirmasi",
    ],
    "Admissible": [
        "Admitido", "গ্রহণযোগ্য", "已受理", "Được chấp nhận xử lý", "Kabul edilebilir", "អាចទទួលយកបាន",
        "स्वीकार्य", "Dapat diterima",
    ],
    "Under investigation": [
        "En investigación", "তদন্ত চলছে", "调查中", "Đang điều tra", "İnceleniyor", "កំពុងស៊ើបអង្កេត",
        "जाँच जारी", "Sedang diselidiki",
    ],
    "Remediation plan agreed": [
        "Plan de reparación acordado", "প্রতিকার পরিকল্পনায় সম্মতি হয়েছে", "已商定补救计划",
        "Đã thống nhất kế hoạch khắc phục", "İyileştirme planı üzerinde anlaşıldı",
        "បានព្រមព្រៀងលើផែនការដោះស្រាយ", "सुधार योजना पर सहमति", "Rencana pemulihan disepakati",
    ],
    "Remediation done": [
        "Reparación realizada", "প্রতিকার সম্পন্ন", "补救已完成", "Đã khắc phục xong", "İyileştirme yapıldı",
        "ការដោះស្រាយបានបញ្ចប់", "सुधार पूरा हुआ", "Pemulihan selesai",
    ],
    "Remediation verified": [
        "Reparación verificada", "প্রতিকার যাচাই করা হয়েছে", "补救已核实", "Việc khắc phục đã được xác minh",
        "İyileştirme doğrulandı", "ការដោះស្រាយត្រូវបានផ្ទៀងផ្ទាត់", "सुधार की पुष्टि हुई",
        "Pemulihan terverifikasi",
    ],
    "Closed": ["Cerrado", "নিষ্পত্তি হয়েছে", "已结案", "Đã đóng", "Kapatıldı", "បានបិទ", "बंद", "Ditutup"],
    "Not admissible": [
        "No admitido", "গ্রহণযোগ্য নয়", "不予受理", "Không được chấp nhận", "Kabul edilemez",
        "មិនអាចទទួលយកបាន", "अस्वीकार्य", "Tidak dapat diterima",
    ],
    "Withdrawn": ["Retirado", "প্রত্যাহার করা হয়েছে", "已撤回", "Đã rút lại", "Geri çekildi", "បានដកវិញ",
                  "वापस लिया गया", "Ditarik"],
    "Escalated": ["Escalado", "উচ্চতর পর্যায়ে পাঠানো হয়েছে", "已上报", "Đã chuyển lên cấp cao hơn",
                  "Üst mercie taşındı", "បានបញ្ជូនបន្ត", "आगे भेजा गया", "Dieskalasi"],
    "Messages": ["Mensajes", "বার্তা", "消息", "Tin nhắn", "Mesajlar", "សារ", "संदेश", "Pesan"],
    "You": ["Usted", "আপনি", "您", "Bạn", "Siz", "អ្នក", "आप", "Anda"],
    "Case handler": [
        "Responsable del caso", "অভিযোগ পরিচালনাকারী", "案件处理人", "Người xử lý vụ việc",
        "Başvuru sorumlusu", "អ្នកដោះស្រាយករណី", "मामला देखने वाले", "Petugas kasus",
    ],
    "No messages yet.": [
        "Aún no hay mensajes.", "এখনো কোনো বার্তা নেই।", "暂无消息。", "Chưa có tin nhắn nào.",
        "Henüz mesaj yok.", "មិនទាន់មានសារនៅឡើយទេ។", "अभी कोई संदेश नहीं।", "Belum ada pesan.",
    ],
    "Answer or add evidence": [
        "Responder o añadir pruebas", "উত্তর দিন বা প্রমাণ যোগ করুন", "回复或补充证据",
        "Trả lời hoặc bổ sung bằng chứng", "Yanıt verin veya kanıt ekleyin",
        "ឆ្លើយតប ឬបន្ថែមភស្តុតាង", "जवाब दें या सबूत जोड़ें", "Balas atau tambahkan bukti",
    ],
    "Your answer": ["Su respuesta", "আপনার উত্তর", "您的回复", "Câu trả lời của bạn", "Yanıtınız",
                    "ចម្លើយរបស់អ្នក", "आपका जवाब", "Jawaban Anda"],
    "Add a photo, PDF or voice recording": [
        "Añada una foto, un PDF o una grabación de voz", "ছবি, পিডিএফ বা ভয়েস রেকর্ডিং যোগ করুন",
        "添加照片、PDF 或录音", "Thêm ảnh, tệp PDF hoặc ghi âm", "Fotoğraf, PDF veya ses kaydı ekleyin",
        "បន្ថែមរូបថត PDF ឬសំឡេងថត", "फ़ोटो, PDF या आवाज़ की रिकॉर्डिंग जोड़ें",
        "Tambahkan foto, PDF, atau rekaman suara",
    ],
    "I am being punished because I complained": [
        "Me están castigando por haberme quejado", "অভিযোগ করার কারণে আমাকে শাস্তি দেওয়া হচ্ছে",
        "我因为投诉正在受到惩罚", "Tôi đang bị trừng phạt vì đã khiếu nại",
        "Şikâyet ettiğim için cezalandırılıyorum", "ខ្ញុំកំពុងត្រូវគេដាក់ទោសដោយសារខ្ញុំបានតវ៉ា",
        "शिकायत करने की वजह से मुझे सज़ा दी जा रही है", "Saya dihukum karena mengadu",
    ],
    "Thank you. Your answer was sent to the handler.": [
        "Gracias. Su respuesta fue enviada al responsable.", "ধন্যবাদ। আপনার উত্তর পরিচালনাকারীর কাছে পাঠানো হয়েছে।",
        "谢谢。您的回复已发送给处理人。", "Cảm ơn bạn. Câu trả lời đã được gửi cho người xử lý.",
        "Teşekkürler. Yanıtınız sorumluya iletildi.", "សូមអរគុណ។ ចម្លើយរបស់អ្នកត្រូវបានផ្ញើទៅអ្នកដោះស្រាយហើយ។",
        "धन्यवाद। आपका जवाब मामला देखने वाले को भेज दिया गया है।",
        "Terima kasih. Jawaban Anda telah dikirim ke petugas.",
    ],
    "When": ["Cuándo", "কখন", "时间", "Khi nào", "Ne zaman", "ពេលណា", "कब", "Kapan"],
    "How complaints are handled": [
        "Cómo se atienden las quejas", "অভিযোগ কীভাবে নিষ্পত্তি করা হয়", "投诉如何处理", "Khiếu nại được xử lý như thế nào",
        "Şikâyetler nasıl ele alınır", "របៀបដោះស្រាយពាក្យបណ្ដឹង", "शिकायतों पर कैसे काम होता है", "Cara pengaduan ditangani",
    ],
    "Complaints are handled by %(org)s. Anyone can complain: workers, their representatives, unions and organisations helping them.": [
        "Las quejas las atiende %(org)s. Cualquiera puede presentar una queja: trabajadores, sus representantes, sindicatos y organizaciones que les apoyan.",
        "অভিযোগগুলো দেখে %(org)s। যে কেউ অভিযোগ করতে পারেন: শ্রমিক, তাদের প্রতিনিধি, ইউনিয়ন এবং তাদের সহায়তাকারী সংগঠন।",
        "投诉由 %(org)s 处理。任何人都可以投诉：工人、工人代表、工会以及帮助他们的组织。",
        "Khiếu nại do %(org)s xử lý. Bất kỳ ai cũng có thể khiếu nại: người lao động, người đại diện, công đoàn và các tổ chức hỗ trợ họ.",
        "Şikâyetlerle %(org)s ilgilenir. Herkes şikâyette bulunabilir: işçiler, temsilcileri, sendikalar ve onlara yardım eden kuruluşlar.",
        "ពាក្យបណ្ដឹងត្រូវបានដោះស្រាយដោយ %(org)s។ អ្នកណាក៏អាចប្ដឹងបានដែរ៖ កម្មករ អ្នកតំណាងរបស់ពួកគេ សហជីព និងអង្គការដែលជួយពួកគេ។",
        "शिकायतों पर %(org)s काम करता है। कोई भी शिकायत कर सकता है: मज़दूर, उनके प्रतिनिधि, यूनियन और उनकी मदद करने वाले संगठन।",
        "Pengaduan ditangani oleh %(org)s. Siapa pun boleh mengadu: pekerja, perwakilan mereka, serikat pekerja, dan organisasi yang membantu mereka.",
    ],
    "We confirm we received it within %(days)s days.": [
        "Confirmamos que la recibimos en un plazo de %(days)s días.", "%(days)s দিনের মধ্যে আমরা প্রাপ্তি নিশ্চিত করি।",
        "我们会在 %(days)s 天内确认收到。", "Chúng tôi xác nhận đã nhận trong vòng %(days)s ngày.",
        "Aldığımızı %(days)s gün içinde teyit ederiz.", "យើងបញ្ជាក់ថាបានទទួល ក្នុងរយៈពេល %(days)s ថ្ងៃ។",
        "हम %(days)s दिनों के भीतर पुष्टि करते हैं कि शिकायत मिल गई।", "Kami mengonfirmasi penerimaan dalam %(days)s hari.",
    ],
    "Within %(days)s more days we decide whether we can take it up, and tell you why.": [
        "En otros %(days)s días decidimos si podemos atenderla y le explicamos por qué.",
        "আরও %(days)s দিনের মধ্যে আমরা সিদ্ধান্ত নিই অভিযোগটি গ্রহণ করা যাবে কি না, এবং কারণ জানাই।",
        "在之后的 %(days)s 天内，我们决定能否受理，并告诉您原因。",
        "Trong %(days)s ngày tiếp theo, chúng tôi quyết định có thể tiếp nhận hay không và cho bạn biết lý do.",
        "Sonraki %(days)s gün içinde başvuruyu ele alıp alamayacağımıza karar verir, nedenini size bildiririz.",
        "ក្នុងរយៈពេល %(days)s ថ្ងៃបន្ទាប់ យើងសម្រេចថាតើអាចទទួលដោះស្រាយបានឬទេ ហើយប្រាប់អ្នកពីមូលហេតុ។",
        "अगले %(days)s दिनों में हम तय करते हैं कि मामला ले सकते हैं या नहीं, और आपको कारण बताते हैं।",
        "Dalam %(days)s hari berikutnya kami memutuskan apakah pengaduan dapat ditangani, dan memberi tahu alasannya.",
    ],
    "We investigate, talk with you and with the companies involved, and tell you what we found within %(days)s days.": [
        "Investigamos, hablamos con usted y con las empresas implicadas, y le decimos lo que encontramos en un plazo de %(days)s días.",
        "আমরা তদন্ত করি, আপনার সাথে ও সংশ্লিষ্ট কোম্পানিগুলোর সাথে কথা বলি, এবং %(days)s দিনের মধ্যে কী পেয়েছি তা জানাই।",
        "我们会进行调查，与您和相关公司沟通，并在 %(days)s 天内告诉您调查结果。",
        "Chúng tôi điều tra, trao đổi với bạn và các công ty liên quan, và cho bạn biết kết quả trong vòng %(days)s ngày.",
        "Araştırırız, sizinle ve ilgili şirketlerle görüşürüz ve %(days)s gün içinde bulduklarımızı size bildiririz.",
        "យើងស៊ើបអង្កេត និយាយជាមួយអ្នក និងក្រុមហ៊ុនពាក់ព័ន្ធ ហើយប្រាប់អ្នកពីអ្វីដែលយើងរកឃើញ ក្នុងរយៈពេល %(days)s ថ្ងៃ។",
        "हम जाँच करते हैं, आपसे और संबंधित कंपनियों से बात करते हैं, और %(days)s दिनों में बताते हैं कि क्या पाया।",
        "Kami menyelidiki, berbicara dengan Anda dan perusahaan terkait, dan memberi tahu temuan kami dalam %(days)s hari.",
    ],
    "We agree a remedy with the companies, check that it was done, and ask you whether you are satisfied.": [
        "Acordamos una reparación con las empresas, comprobamos que se cumplió y le preguntamos si está satisfecho.",
        "কোম্পানিগুলোর সাথে প্রতিকারে সম্মত হই, তা বাস্তবায়ন হয়েছে কি না যাচাই করি, এবং আপনি সন্তুষ্ট কি না জিজ্ঞেস করি।",
        "我们与公司商定补救措施，核实是否落实，并询问您是否满意。",
        "Chúng tôi thống nhất biện pháp khắc phục với các công ty, kiểm tra việc thực hiện và hỏi bạn có hài lòng không.",
        "Şirketlerle bir çözüm üzerinde anlaşır, uygulandığını kontrol eder ve memnun olup olmadığınızı sorarız.",
        "យើងព្រមព្រៀងលើដំណោះស្រាយជាមួយក្រុមហ៊ុន ពិនិត្យថាវាត្រូវបានអនុវត្ត ហើយសួរអ្នកថាតើអ្នកពេញចិត្តឬទេ។",
        "हम कंपनियों के साथ समाधान पर सहमति बनाते हैं, जाँचते हैं कि वह लागू हुआ, और आपसे पूछते हैं कि क्या आप संतुष्ट हैं।",
        "Kami menyepakati pemulihan dengan perusahaan, memeriksa pelaksanaannya, dan menanyakan apakah Anda puas.",
    ],
    "Only the person handling your case can see who you are. Punishing a worker for complaining is never accepted: tell us at once and your case goes first.": [
        "Solo la persona que lleva su caso puede saber quién es usted. Castigar a un trabajador por quejarse nunca se acepta: avísenos de inmediato y su caso pasará primero.",
        "শুধু যিনি আপনার অভিযোগ দেখবেন তিনিই জানবেন আপনি কে। অভিযোগ করার জন্য শ্রমিককে শাস্তি দেওয়া কখনোই মেনে নেওয়া হয় না: সঙ্গে সঙ্গে জানান, আপনার অভিযোগ সবার আগে দেখা হবে।",
        "只有处理您案件的人知道您是谁。因投诉而惩罚工人是绝不允许的：请立即告诉我们，您的案件会被优先处理。",
        "Chỉ người xử lý vụ việc biết bạn là ai. Trừng phạt người lao động vì khiếu nại là điều không bao giờ được chấp nhận: hãy báo ngay cho chúng tôi và vụ việc của bạn sẽ được ưu tiên.",
        "Kim olduğunuzu yalnızca başvurunuzla ilgilenen kişi bilir. Şikâyet eden işçinin cezalandırılması asla kabul edilmez: hemen bize bildirin, başvurunuz öncelik kazanır.",
        "មានតែអ្នកដែលដោះស្រាយករណីរបស់អ្នកទេ ដែលដឹងថាអ្នកជានរណា។ ការដាក់ទោសកម្មករព្រោះការប្ដឹង គឺមិនអាចទទួលយកបានដាច់ខាត៖ សូមប្រាប់យើងភ្លាម ហើយករណីរបស់អ្នកនឹងត្រូវដោះស្រាយមុនគេ។",
        "आप कौन हैं, यह सिर्फ़ आपका मामला देखने वाला व्यक्ति जानता है। शिकायत करने पर किसी मज़दूर को सज़ा देना कभी स्वीकार नहीं: हमें तुरंत बताइए, आपका मामला सबसे पहले देखा जाएगा।",
        "Hanya petugas yang menangani kasus Anda yang tahu siapa Anda. Menghukum pekerja karena mengadu tidak pernah diterima: segera beri tahu kami dan kasus Anda akan didahulukan.",
    ],
    "If the problem is not solved, the case can go to mediation, the labour inspectorate, an OECD National Contact Point or a court.": [
        "Si el problema no se resuelve, el caso puede ir a mediación, a la inspección de trabajo, a un Punto Nacional de Contacto de la OCDE o a un tribunal.",
        "সমস্যার সমাধান না হলে অভিযোগটি মধ্যস্থতা, শ্রম পরিদর্শন দপ্তর, ওইসিডি ন্যাশনাল কন্ট্যাক্ট পয়েন্ট বা আদালতে যেতে পারে।",
        "如果问题没有解决，案件可以转交调解、劳动监察部门、经合组织国家联络点或法院。",
        "Nếu vấn đề không được giải quyết, vụ việc có thể được chuyển đến hòa giải, thanh tra lao động, Đầu mối Liên lạc Quốc gia OECD hoặc tòa án.",
        "Sorun çözülmezse başvuru arabuluculuğa, iş müfettişliğine, OECD Ulusal Temas Noktasına veya mahkemeye taşınabilir.",
        "ប្រសិនបើបញ្ហាមិនត្រូវបានដោះស្រាយ ករណីអាចបញ្ជូនទៅការសម្រុះសម្រួល អធិការកិច្ចការងារ ចំណុចទំនាក់ទំនងជាតិ OECD ឬតុលាការ។",
        "अगर समस्या हल नहीं होती, तो मामला मध्यस्थता, श्रम निरीक्षण विभाग, OECD राष्ट्रीय संपर्क केंद्र या अदालत में जा सकता है।",
        "Jika masalah tidak terselesaikan, kasus dapat dibawa ke mediasi, pengawas ketenagakerjaan, Titik Kontak Nasional OECD, atau pengadilan.",
    ],
    "Records of each case are kept for seven years.": [
        "Los registros de cada caso se conservan siete años.", "প্রতিটি অভিযোগের নথি সাত বছর সংরক্ষণ করা হয়।",
        "每个案件的记录保存七年。", "Hồ sơ của mỗi vụ việc được lưu giữ trong bảy năm.",
        "Her başvurunun kayıtları yedi yıl saklanır.", "កំណត់ត្រានៃករណីនីមួយៗត្រូវបានរក្សាទុករយៈពេលប្រាំពីរឆ្នាំ។",
        "हर मामले का रिकॉर्ड सात साल तक रखा जाता है।", "Catatan setiap kasus disimpan selama tujuh tahun.",
    ],
    "Say what happened.": ["Diga qué pasó.", "কী ঘটেছে তা লিখুন।", "请说明发生了什么。", "Hãy cho biết chuyện gì đã xảy ra.", "Ne olduğunu yazın.", "សូមប្រាប់ថាមានអ្វីកើតឡើង។", "बताइए क्या हुआ।", "Ceritakan apa yang terjadi."],
    "At most %(n)s characters.": ["Como máximo %(n)s caracteres.", "সর্বোচ্চ %(n)s অক্ষর।", "最多 %(n)s 个字符。", "Tối đa %(n)s ký tự.", "En fazla %(n)s karakter.", "យ៉ាងច្រើន %(n)s តួអក្សរ។", "अधिकतम %(n)s अक्षर।", "Paling banyak %(n)s karakter."],
    "The text holds characters that cannot be stored.": ["El texto contiene caracteres que no se pueden guardar.", "লেখায় এমন অক্ষর আছে যা সংরক্ষণ করা যায় না।", "文本中含有无法保存的字符。", "Văn bản có ký tự không thể lưu.", "Metinde kaydedilemeyen karakterler var.", "អត្ថបទមានតួអក្សរដែលមិនអាចរក្សាទុកបាន។", "पाठ में ऐसे अक्षर हैं जिन्हें सहेजा नहीं जा सकता।", "Teks berisi karakter yang tidak dapat disimpan."],
    "No facility has this ID; describe it instead.": ["Ninguna instalación tiene este código; descríbala.", "এই আইডির কোনো কারখানা নেই; বরং বর্ণনা দিন।", "没有这个编号的工厂；请改为描述它。", "Không có cơ sở nào có mã này; hãy mô tả nơi đó.", "Bu numarada bir tesis yok; bunun yerine tarif edin.", "គ្មានរោងចក្រណាមានលេខនេះទេ សូមពិពណ៌នាជំនួសវិញ។", "इस आईडी की कोई फ़ैक्टरी नहीं है; इसके बजाय उसका वर्णन कीजिए।", "Tidak ada fasilitas dengan ID ini; jelaskan saja."],
    "Write a message or attach a file.": ["Escriba un mensaje o adjunte un archivo.", "একটি বার্তা লিখুন বা ফাইল যুক্ত করুন।", "请写留言或附上文件。", "Hãy viết tin nhắn hoặc đính kèm tệp.", "Bir mesaj yazın veya dosya ekleyin.", "សូមសរសេរសារ ឬភ្ជាប់ឯកសារ។", "संदेश लिखिए या फ़ाइल जोड़िए।", "Tulis pesan atau lampirkan berkas."],
    "%(name)s: larger than %(mb)s MB.": ["%(name)s: supera los %(mb)s MB.", "%(name)s: %(mb)s MB-এর চেয়ে বড়।", "%(name)s：超过 %(mb)s MB。", "%(name)s: lớn hơn %(mb)s MB.", "%(name)s: %(mb)s MB'tan büyük.", "%(name)s៖ ធំជាង %(mb)s MB។", "%(name)s: %(mb)s MB से बड़ी है।", "%(name)s: lebih dari %(mb)s MB."],
    "%(name)s: the file is empty.": ["%(name)s: el archivo está vacío.", "%(name)s: ফাইলটি খালি।", "%(name)s：文件是空的。", "%(name)s: tệp trống.", "%(name)s: dosya boş.", "%(name)s៖ ឯកសារទទេ។", "%(name)s: फ़ाइल ख़ाली है।", "%(name)s: berkas kosong."],
    "%(name)s: send a photo, PDF or voice recording.": ["%(name)s: envíe una foto, un PDF o una grabación de voz.", "%(name)s: ছবি, পিডিএফ বা ভয়েস রেকর্ডিং পাঠান।", "%(name)s：请发送照片、PDF 或录音。", "%(name)s: hãy gửi ảnh, PDF hoặc ghi âm.", "%(name)s: fotoğraf, PDF veya ses kaydı gönderin.", "%(name)s៖ សូមផ្ញើរូបថត PDF ឬសំឡេងថត។", "%(name)s: फ़ोटो, PDF या आवाज़ की रिकॉर्डिंग भेजिए।", "%(name)s: kirim foto, PDF, atau rekaman suara."],
    "%(name)s: the file is not the %(type)s it claims.": ["%(name)s: el archivo no es el %(type)s que dice ser.", "%(name)s: ফাইলটি দাবি করা %(type)s নয়।", "%(name)s：该文件不是它所声称的 %(type)s。", "%(name)s: tệp không phải là %(type)s như đã ghi.", "%(name)s: dosya iddia ettiği %(type)s değil.", "%(name)s៖ ឯកសារនេះមិនមែនជា %(type)s ដូចដែលបានបញ្ជាក់ទេ។", "%(name)s: फ़ाइल वह %(type)s नहीं है जो बताई गई है।", "%(name)s: berkas ini bukan %(type)s seperti yang disebutkan."],
    "You can rate the outcome once the case is closed.": ["Podrá valorar el resultado cuando se cierre el caso.", "অভিযোগ নিষ্পত্তি হলে আপনি ফলাফল মূল্যায়ন করতে পারবেন।", "案件结案后您才能评价结果。", "Bạn có thể đánh giá kết quả khi vụ việc đã đóng.", "Sonucu, başvuru kapatıldıktan sonra değerlendirebilirsiniz.", "អ្នកអាចវាយតម្លៃលទ្ធផល នៅពេលករណីត្រូវបានបិទ។", "मामला बंद होने के बाद आप नतीजे का मूल्यांकन कर सकते हैं।", "Anda dapat menilai hasilnya setelah kasus ditutup."],
    "Choose from 1 (not at all) to 5 (fully).": ["Elija de 1 (nada) a 5 (totalmente).", "১ (একেবারেই না) থেকে ৫ (পুরোপুরি) বেছে নিন।", "请从 1（完全不满意）到 5（完全满意）中选择。", "Chọn từ 1 (hoàn toàn không) đến 5 (hoàn toàn).", "1 (hiç) ile 5 (tamamen) arasında seçin.", "ជ្រើសពី ១ (មិនសោះ) ដល់ ៥ (ពេញលេញ)។", "1 (बिल्कुल नहीं) से 5 (पूरी तरह) तक चुनिए।", "Pilih dari 1 (sama sekali tidak) sampai 5 (sepenuhnya)."],
    "What the buyers committed to": ["Lo que se comprometieron a hacer los compradores", "ক্রেতারা যা করার অঙ্গীকার করেছে", "买方承诺的事项", "Những gì bên mua đã cam kết", "Alıcıların taahhüt ettikleri", "អ្វីដែលអ្នកទិញបានសន្យា", "ख़रीदारों ने क्या करने का वादा किया", "Komitmen para pembeli"],
    "by": ["antes del", "যার মধ্যে:", "截止", "trước", "son tarih", "ត្រឹម", "तक", "paling lambat"],
    "Are you satisfied with the outcome?": ["¿Está satisfecho con el resultado?", "আপনি কি ফলাফলে সন্তুষ্ট?", "您对结果满意吗？", "Bạn có hài lòng với kết quả không?", "Sonuçtan memnun musunuz?", "តើអ្នកពេញចិត្តនឹងលទ្ធផលឬទេ?", "क्या आप नतीजे से संतुष्ट हैं?", "Apakah Anda puas dengan hasilnya?"],
    "1 = not at all, 5 = fully": ["1 = nada, 5 = totalmente", "১ = একেবারেই না, ৫ = পুরোপুরি", "1 = 完全不满意，5 = 完全满意", "1 = hoàn toàn không, 5 = hoàn toàn", "1 = hiç, 5 = tamamen", "១ = មិនសោះ, ៥ = ពេញលេញ", "1 = बिल्कुल नहीं, 5 = पूरी तरह", "1 = sama sekali tidak, 5 = sepenuhnya"],
    "I am not satisfied: please reopen my case": ["No estoy satisfecho: reabran mi caso, por favor", "আমি সন্তুষ্ট নই: অনুগ্রহ করে আমার অভিযোগ আবার খুলুন", "我不满意：请重新处理我的案件", "Tôi không hài lòng: xin mở lại vụ việc của tôi", "Memnun değilim: lütfen başvurumu yeniden açın", "ខ្ញុំមិនពេញចិត្តទេ៖ សូមបើកករណីរបស់ខ្ញុំឡើងវិញ", "मैं संतुष्ट नहीं हूँ: कृपया मेरा मामला फिर से खोलें", "Saya tidak puas: mohon buka kembali kasus saya"],
    "Thank you for telling us.": ["Gracias por decírnoslo.", "আমাদের জানানোর জন্য ধন্যবাদ।", "谢谢您告诉我们。", "Cảm ơn bạn đã cho chúng tôi biết.", "Bize bildirdiğiniz için teşekkürler.", "សូមអរគុណដែលបានប្រាប់យើង។", "हमें बताने के लिए धन्यवाद।", "Terima kasih telah memberi tahu kami."],
    "Report a problem": [
        "Denunciar un problema", "সমস্যা জানান", "反映问题", "Báo cáo vấn đề", "Sorun bildir",
        "រាយការណ៍បញ្ហា", "समस्या बताएँ", "Laporkan masalah",
    ],
    "Skip to content": [
        "Ir al contenido", "মূল অংশে যান", "跳到正文", "Bỏ qua đến nội dung", "İçeriğe geç",
        "រំលងទៅកាន់មាតិកា", "सामग्री पर जाएँ", "Langsung ke konten",
    ],
    "Main": ["Principal", "প্রধান", "主导航", "Chính", "Ana menü", "ម៉ឺនុយមេ", "मुख्य", "Utama"],
    "Facilities": ["Instalaciones", "কারখানা", "工厂", "Cơ sở sản xuất", "Tesisler", "រោងចក្រ", "फ़ैक्टरियाँ",
                   "Fasilitas"],
    "Rights": ["Derechos", "অধিকার", "权利", "Quyền", "Haklar", "សិទ្ធិ", "अधिकार", "Hak"],
    "Lists": ["Listas", "তালিকা", "清单", "Danh sách", "Listeler", "បញ្ជី", "सूचियाँ", "Daftar"],
    "Account": ["Cuenta", "অ্যাকাউন্ট", "账户", "Tài khoản", "Hesap", "គណនី", "खाता", "Akun"],
    "Sign in": ["Iniciar sesión", "সাইন ইন", "登录", "Đăng nhập", "Giriş yap", "ចូល", "साइन इन", "Masuk"],
    "Sign out": ["Cerrar sesión", "সাইন আউট", "退出", "Đăng xuất", "Çıkış yap", "ចាកចេញ", "साइन आउट", "Keluar"],
    "Language": ["Idioma", "ভাষা", "语言", "Ngôn ngữ", "Dil", "ភាសា", "भाषा", "Bahasa"],
    "Change": ["Cambiar", "পরিবর্তন", "切换", "Đổi", "Değiştir", "ប្ដូរ", "बदलें", "Ganti"],
    "chainrights is open-source software for human-rights due diligence in supply chains.": [
        "chainrights es software libre para la debida diligencia en derechos humanos en las cadenas de suministro.",
        "chainrights সরবরাহ শৃঙ্খলে মানবাধিকার যথাযথ পরিশ্রমের জন্য ওপেন-সোর্স সফটওয়্যার।",
        "chainrights 是用于供应链人权尽职调查的开源软件。",
        "chainrights là phần mềm mã nguồn mở cho thẩm định nhân quyền trong chuỗi cung ứng.",
        "chainrights, tedarik zincirlerinde insan hakları özen yükümlülüğü için açık kaynaklı bir yazılımdır.",
        "chainrights គឺជាកម្មវិធីកូដចំហ សម្រាប់ការប្រុងប្រយ័ត្នលើសិទ្ធិមនុស្សក្នុងខ្សែសង្វាក់ផ្គត់ផ្គង់។",
        "chainrights आपूर्ति शृंखलाओं में मानवाधिकार सम्यक तत्परता के लिए ओपन-सोर्स सॉफ़्टवेयर है।",
        "chainrights adalah perangkat lunak sumber terbuka untuk uji tuntas hak asasi manusia dalam rantai pasok.",
    ],
    "Open data API": ["API de datos abiertos", "ওপেন ডেটা API", "开放数据 API", "API dữ liệu mở",
                      "Açık veri API'si", "API ទិន្នន័យបើកចំហ", "ओपन डेटा API", "API data terbuka"],
}  # fmt: skip


def _modules() -> list[tuple[Path, Any]]:
    """The ``scripts/translations/*.py`` modules, loaded once each, in name order."""
    import importlib.util

    loaded = []
    for path in sorted((Path(__file__).parent / "translations").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"translations_{path.stem}", path)
        assert spec
        assert spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        loaded.append((path, module))
    return loaded


def tables() -> dict[str, list[str]]:
    """This table and every ``scripts/translations/*.py`` module's ``T`` (one per feature, so
    that work on two features never edits the same table)."""
    merged = dict(T)
    for path, module in _modules():
        for msgid, row in getattr(module, "T", {}).items():
            if len(row) != len(LANGS):
                raise SystemExit(f"{path.name}: {msgid!r} has {len(row)} translations, not 8")
            merged[msgid] = row
    return merged


def plural_tables() -> dict[str, list[list[str]]]:
    """Every ``scripts/translations/*.py`` module's ``P``: a plural msgid to its forms per
    language (as many forms as the language's Plural-Forms header counts)."""
    merged: dict[str, list[list[str]]] = {}
    for path, module in _modules():
        for msgid, row in getattr(module, "P", {}).items():
            if len(row) != len(LANGS):
                raise SystemExit(f"{path.name}: {msgid!r} has {len(row)} languages, not 8")
            merged[msgid] = row
    return merged


def _fill_plural(entry: Any, forms: list[str], lang: str) -> bool:
    if entry.translated() and "fuzzy" not in entry.flags:
        return False
    entry.msgstr_plural = dict(enumerate(forms))
    if "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")
    return True


def fill(locale_dir: Path) -> dict[str, int]:
    import polib

    table = tables()
    plurals = plural_tables()

    filled = {}
    for n, lang in enumerate(LANGS):
        path = locale_dir / lang / "LC_MESSAGES" / "django.po"
        po = polib.pofile(str(path))
        count = 0
        for entry in po:
            if entry.msgid_plural:
                if entry.msgid in plurals:
                    count += _fill_plural(entry, plurals[entry.msgid][n], lang)
                continue
            if entry.msgid in table and (not entry.msgstr or "fuzzy" in entry.flags):
                entry.msgstr = table[entry.msgid][n]
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
                count += 1
        po.save()
        filled[lang] = count
    return filled


if __name__ == "__main__":
    print(fill(Path(sys.argv[1] if len(sys.argv) > 1 else "src/chainrights/locale")))

# ruff: noqa: E501  (a table of translations: a line per language reads best)
"""Translations of the union pages: filing for members, "Our cases", the union's case page,
the handler's note that a union filed the case, and the refusals of ``grievances.unions``.
Columns: es, bn, zh_Hans, vi, tr, km, hi, id."""

from __future__ import annotations

T: dict[str, list[str]] = {
    "File for members": [
        "Denunciar por afiliados", "সদস্যদের পক্ষে অভিযোগ", "为会员投诉", "Khiếu nại thay đoàn viên",
        "Üyeler adına başvur", "ដាក់ពាក្យបណ្ដឹងជំនួសសមាជិក", "सदस्यों की ओर से शिकायत", "Adukan untuk anggota",
    ],
    "Our cases": [
        "Nuestros casos", "আমাদের অভিযোগগুলো", "我们的案件", "Các vụ việc của chúng tôi",
        "Başvurularımız", "ករណីរបស់យើង", "हमारे मामले", "Kasus kami",
    ],
    "File a complaint for members": [
        "Presentar una queja por los afiliados", "সদস্যদের পক্ষে অভিযোগ করুন", "代表会员提出投诉",
        "Gửi khiếu nại thay cho đoàn viên", "Üyeler adına şikâyette bulunun", "ដាក់ពាក្យបណ្ដឹងជំនួសសមាជិក",
        "सदस्यों की ओर से शिकायत दर्ज करें", "Ajukan pengaduan untuk anggota",
    ],
    "You file for %(union)s. For an anonymous member, the platform never learns who they are. A named member's name and contact are seen only by the person handling the case.": [
        "Presenta la queja en nombre de %(union)s. Si el afiliado es anónimo, la plataforma nunca sabrá quién es. El nombre y el contacto de un afiliado con nombre solo los ve la persona que lleva el caso.",
        "আপনি %(union)s-এর পক্ষে অভিযোগ করছেন। বেনামী সদস্য হলে প্ল্যাটফর্ম কখনো জানবে না তিনি কে। নাম দেওয়া সদস্যের নাম ও যোগাযোগ শুধু যিনি অভিযোগটি দেখবেন তিনিই দেখতে পাবেন।",
        "您代表%(union)s提交。匿名会员的身份平台永远不会知道。署名会员的姓名和联系方式只有处理案件的人能看到。",
        "Bạn gửi thay cho %(union)s. Với đoàn viên ẩn danh, nền tảng không bao giờ biết đó là ai. Tên và cách liên lạc của đoàn viên có nêu tên chỉ người xử lý vụ việc mới thấy.",
        "%(union)s adına başvuruyorsunuz. Adı verilmeyen bir üyenin kim olduğunu platform hiçbir zaman öğrenmez. Adı verilen üyenin adını ve iletişim bilgisini yalnızca başvuruyla ilgilenen kişi görür.",
        "អ្នកដាក់ពាក្យជំនួស %(union)s។ សម្រាប់សមាជិកអនាមិក វេទិកានេះមិនដែលដឹងថាគេជានរណាទេ។ ឈ្មោះ និងលេខទំនាក់ទំនងរបស់សមាជិកដែលមានឈ្មោះ មានតែអ្នកដោះស្រាយករណីទេដែលមើលឃើញ។",
        "आप %(union)s की ओर से शिकायत कर रहे हैं। गुमनाम सदस्य के बारे में प्लेटफ़ॉर्म कभी नहीं जानता कि वह कौन है। नाम वाले सदस्य का नाम और संपर्क सिर्फ़ मामला संभालने वाला व्यक्ति देख सकता है।",
        "Anda mengadu atas nama %(union)s. Untuk anggota anonim, platform tidak pernah tahu siapa dia. Nama dan kontak anggota yang disebut namanya hanya dilihat oleh petugas yang menangani kasus.",
    ],
    "Workplace": [
        "Lugar de trabajo", "কর্মস্থল", "工作地点", "Nơi làm việc", "İş yeri", "កន្លែងធ្វើការ", "कार्यस्थल", "Tempat kerja",
    ],
    "Find the workplace (any language)": [
        "Busque el lugar de trabajo (en cualquier idioma)", "কর্মস্থল খুঁজুন (যেকোনো ভাষায়)",
        "查找工作地点（任何语言）", "Tìm nơi làm việc (bằng bất kỳ ngôn ngữ nào)",
        "İş yerini bulun (herhangi bir dilde)", "ស្វែងរកកន្លែងធ្វើការ (ភាសាណាក៏បាន)",
        "कार्यस्थल खोजें (किसी भी भाषा में)", "Cari tempat kerja (bahasa apa saja)",
    ],
    "Or describe the workplace": [
        "O describa el lugar de trabajo", "অথবা কর্মস্থলের বর্ণনা দিন", "或描述工作地点", "Hoặc mô tả nơi làm việc",
        "Ya da iş yerini tarif edin", "ឬពិពណ៌នាកន្លែងធ្វើការ", "या कार्यस्थल के बारे में बताइए", "Atau jelaskan tempat kerjanya",
    ],
    "The factory's name and town, as the members know it.": [
        "El nombre de la fábrica y la ciudad, como lo conocen los afiliados.", "কারখানার নাম ও শহর, সদস্যরা যেভাবে জানেন।",
        "工厂的名称和所在城镇，按会员知道的写。", "Tên nhà máy và thị trấn, theo cách đoàn viên biết.",
        "Fabrikanın adı ve bulunduğu yer, üyelerin bildiği şekliyle.", "ឈ្មោះរោងចក្រ និងទីក្រុង តាមដែលសមាជិកស្គាល់។",
        "फ़ैक्टरी का नाम और शहर, जैसा सदस्य जानते हैं।", "Nama pabrik dan kotanya, seperti yang diketahui anggota.",
    ],
    "Who is the complaint for?": [
        "¿Para quién es la queja?", "অভিযোগটি কার পক্ষে?", "为谁投诉？", "Khiếu nại này cho ai?",
        "Şikâyet kimin adına?", "ពាក្យបណ្ដឹងនេះសម្រាប់នរណា?", "शिकायत किसकी ओर से है?", "Pengaduan ini untuk siapa?",
    ],
    "A named member": [
        "Un afiliado con su nombre", "নাম দেওয়া একজন সদস্য", "一位署名会员", "Một đoàn viên có nêu tên",
        "Adı verilen bir üye", "សមាជិកម្នាក់ដែលមានឈ្មោះ", "नाम वाला एक सदस्य", "Seorang anggota yang disebut namanya",
    ],
    "A member who stays anonymous": [
        "Un afiliado que queda en el anonimato", "একজন সদস্য যিনি বেনামী থাকবেন", "一位保持匿名的会员",
        "Một đoàn viên giữ kín danh tính", "Adı gizli kalan bir üye", "សមាជិកម្នាក់ដែលមិនបញ្ចេញឈ្មោះ",
        "एक सदस्य जो गुमनाम रहेगा", "Seorang anggota yang tetap anonim",
    ],
    "A group of workers": [
        "Un grupo de trabajadores", "একদল শ্রমিক", "一群工人", "Một nhóm công nhân",
        "Bir grup işçi", "ក្រុមកម្មករ", "मज़दूरों का एक समूह", "Sekelompok pekerja",
    ],
    "For a group:": [
        "Para un grupo:", "একটি দলের জন্য:", "如果是一群人：", "Nếu là một nhóm:",
        "Bir grup için:", "សម្រាប់ក្រុម៖", "समूह के लिए:", "Untuk kelompok:",
    ],
    "How many workers?": [
        "¿Cuántos trabajadores?", "কতজন শ্রমিক?", "多少工人？", "Bao nhiêu công nhân?",
        "Kaç işçi?", "កម្មករប៉ុន្មាននាក់?", "कितने मज़दूर?", "Berapa pekerja?",
    ],
    "Which department, line, shift or site?": [
        "¿Qué departamento, línea, turno o planta?", "কোন বিভাগ, লাইন, শিফট বা সাইট?", "哪个部门、生产线、班次或厂区？",
        "Bộ phận, chuyền, ca hay địa điểm nào?", "Hangi bölüm, hat, vardiya ya da tesis?", "ផ្នែក ខ្សែផលិតកម្ម វេន ឬទីតាំងណា?",
        "कौन-सा विभाग, लाइन, शिफ़्ट या साइट?", "Bagian, lini, sif, atau lokasi mana?",
    ],
    "For a named member:": [
        "Para un afiliado con su nombre:", "নাম দেওয়া সদস্যের জন্য:", "如果是署名会员：", "Nếu là đoàn viên có nêu tên:",
        "Adı verilen üye için:", "សម្រាប់សមាជិកដែលមានឈ្មោះ៖", "नाम वाले सदस्य के लिए:", "Untuk anggota yang disebut namanya:",
    ],
    "The member's name": [
        "El nombre del afiliado", "সদস্যের নাম", "会员姓名", "Tên đoàn viên", "Üyenin adı", "ឈ្មោះសមាជិក", "सदस्य का नाम", "Nama anggota",
    ],
    "How to reach the member (optional)": [
        "Cómo contactar al afiliado (opcional)", "সদস্যের সাথে কীভাবে যোগাযোগ করা যাবে (ঐচ্ছিক)", "如何联系该会员（可选）",
        "Cách liên lạc với đoàn viên (không bắt buộc)", "Üyeye nasıl ulaşılır (isteğe bağlı)", "របៀបទាក់ទងសមាជិក (មិនចាំបាច់)",
        "सदस्य से कैसे संपर्क करें (वैकल्पिक)", "Cara menghubungi anggota (tidak wajib)",
    ],
    "Name and contact are seen only by the person handling the case.": [
        "El nombre y el contacto solo los ve la persona que lleva el caso.", "নাম ও যোগাযোগ শুধু যিনি অভিযোগটি দেখবেন তিনিই দেখতে পাবেন।",
        "姓名和联系方式只有处理案件的人能看到。", "Tên và cách liên lạc chỉ người xử lý vụ việc mới thấy.",
        "Ad ve iletişim bilgisini yalnızca başvuruyla ilgilenen kişi görür.", "ឈ្មោះ និងលេខទំនាក់ទំនង មានតែអ្នកដោះស្រាយករណីទេដែលមើលឃើញ។",
        "नाम और संपर्क सिर्फ़ मामला संभालने वाला व्यक्ति देख सकता है।", "Nama dan kontak hanya dilihat oleh petugas yang menangani kasus.",
    ],
    "In the members' words. Say what happened, to whom and since when.": [
        "Con las palabras de los afiliados. Diga qué pasó, a quién y desde cuándo.", "সদস্যদের নিজের কথায়। কী ঘটেছে, কার সাথে এবং কবে থেকে, তা লিখুন।",
        "用会员自己的话。说明发生了什么、涉及谁、从什么时候开始。", "Bằng lời của đoàn viên. Nói chuyện gì đã xảy ra, với ai và từ khi nào.",
        "Üyelerin kendi sözleriyle. Ne olduğunu, kime olduğunu ve ne zamandan beri sürdüğünü yazın.", "តាមពាក្យសម្ដីរបស់សមាជិក។ ប្រាប់ថាមានរឿងអ្វីកើតឡើង ចំពោះនរណា និងតាំងពីពេលណា។",
        "सदस्यों के अपने शब्दों में। बताइए क्या हुआ, किसके साथ और कब से।", "Dengan kata-kata anggota. Ceritakan apa yang terjadi, kepada siapa, dan sejak kapan.",
    ],
    "The members fear they will be punished for complaining": [
        "Los afiliados temen ser castigados por quejarse", "সদস্যরা অভিযোগ করার জন্য শাস্তির ভয় পাচ্ছেন", "会员担心因投诉而受到惩罚",
        "Đoàn viên sợ bị trù dập vì khiếu nại", "Üyeler şikâyet ettikleri için cezalandırılmaktan korkuyor", "សមាជិកខ្លាចត្រូវគេដាក់ទោសព្រោះបានប្ដឹង",
        "सदस्यों को डर है कि शिकायत करने पर उन्हें सज़ा मिलेगी", "Para anggota takut dihukum karena mengadu",
    ],
    "The members chose that the handler's messages also come to the union": [
        "Los afiliados decidieron que los mensajes de quien lleva el caso lleguen también al sindicato",
        "সদস্যরা চেয়েছেন যে পরিচালনাকারীর বার্তা ইউনিয়নের কাছেও আসুক", "会员选择让处理人的消息也发给工会",
        "Đoàn viên đã chọn để tin nhắn của người xử lý cũng được gửi tới công đoàn", "Üyeler, başvuruyla ilgilenen kişinin mesajlarının sendikaya da gelmesini seçti",
        "សមាជិកបានជ្រើសរើសឱ្យសាររបស់អ្នកដោះស្រាយករណីផ្ញើមកសហជីពដែរ", "सदस्यों ने चुना है कि मामला संभालने वाले के संदेश यूनियन को भी मिलें",
        "Para anggota memilih agar pesan dari petugas juga dikirim ke serikat",
    ],
    "As JSON (API)": [
        "En JSON (API)", "JSON হিসেবে (API)", "JSON 格式（API）", "Dạng JSON (API)", "JSON olarak (API)", "ជា JSON (API)", "JSON के रूप में (API)", "Sebagai JSON (API)",
    ],
    "received": [
        "recibido", "পাওয়া গেছে", "收到", "đã nhận", "alındı", "បានទទួល", "प्राप्त", "diterima",
    ],
    "No cases yet.": [
        "Todavía no hay casos.", "এখনো কোনো অভিযোগ নেই।", "还没有案件。", "Chưa có vụ việc nào.",
        "Henüz başvuru yok.", "មិនទាន់មានករណីនៅឡើយ។", "अभी कोई मामला नहीं है।", "Belum ada kasus.",
    ],
    "%(n)s workers": [
        "%(n)s trabajadores", "%(n)s জন শ্রমিক", "%(n)s 名工人", "%(n)s công nhân", "%(n)s işçi", "កម្មករ %(n)s នាក់", "%(n)s मज़दूर", "%(n)s pekerja",
    ],
    "The complaint is filed": [
        "La queja está presentada", "অভিযোগটি জমা হয়েছে", "投诉已提交", "Khiếu nại đã được gửi",
        "Şikâyet kaydedildi", "ពាក្យបណ្ដឹងត្រូវបានដាក់ហើយ", "शिकायत दर्ज हो गई", "Pengaduan sudah diajukan",
    ],
    "Write these down now. The member can follow the case with both; the secret is not shown again.": [
        "Anótelos ahora. El afiliado puede seguir el caso con los dos; el código secreto no se vuelve a mostrar.",
        "এখনই এগুলো লিখে রাখুন। দুটো দিয়েই সদস্য অভিযোগের খোঁজ রাখতে পারবেন; গোপন কোডটি আর দেখানো হবে না।",
        "请现在记下来。会员凭这两项可以跟进案件；密码不会再显示。",
        "Hãy ghi lại ngay. Đoàn viên có thể theo dõi vụ việc bằng cả hai; mã bí mật sẽ không hiện lại.",
        "Bunları şimdi not edin. Üye ikisiyle başvurusunu takip edebilir; gizli kod bir daha gösterilmez.",
        "សូមកត់ទុកឥឡូវនេះ។ សមាជិកអាចតាមដានករណីដោយប្រើទាំងពីរ។ លេខកូដសម្ងាត់នឹងមិនបង្ហាញម្ដងទៀតទេ។",
        "इन्हें अभी लिख लीजिए। सदस्य इन दोनों से अपने मामले की जानकारी ले सकता है; गुप्त कोड दोबारा नहीं दिखाया जाएगा।",
        "Catat sekarang. Anggota dapat mengikuti kasus dengan keduanya; kode rahasia tidak ditampilkan lagi.",
    ],
    "Case": [
        "Caso", "অভিযোগ", "案件", "Vụ việc", "Başvuru", "ករណី", "मामला", "Kasus",
    ],
    "Next step due": [
        "Próximo paso a más tardar", "পরের ধাপের শেষ তারিখ", "下一步截止日期", "Hạn bước tiếp theo",
        "Sonraki adımın son tarihi", "កាលកំណត់ជំហានបន្ទាប់", "अगले कदम की अंतिम तारीख", "Batas langkah berikutnya",
    ],
    "For": [
        "Para", "কার পক্ষে", "为谁", "Cho ai", "Kimin adına", "សម្រាប់", "किसकी ओर से", "Untuk",
    ],
    "The members chose that the handler writes only to them. You see the union's own messages.": [
        "Los afiliados decidieron que quien lleva el caso les escriba solo a ellos. Usted ve los mensajes del sindicato.",
        "সদস্যরা চেয়েছেন পরিচালনাকারী শুধু তাঁদেরই লিখবেন। আপনি ইউনিয়নের নিজের বার্তাগুলো দেখতে পাবেন।",
        "会员选择让处理人只给他们本人写信。您能看到工会自己的消息。",
        "Đoàn viên đã chọn để người xử lý chỉ viết cho họ. Bạn thấy các tin nhắn của chính công đoàn.",
        "Üyeler, başvuruyla ilgilenen kişinin yalnızca kendilerine yazmasını seçti. Sendikanın kendi mesajlarını görürsünüz.",
        "សមាជិកបានជ្រើសរើសឱ្យអ្នកដោះស្រាយករណីសរសេរទៅពួកគេតែប៉ុណ្ណោះ។ អ្នកមើលឃើញសាររបស់សហជីពផ្ទាល់។",
        "सदस्यों ने चुना है कि मामला संभालने वाला सिर्फ़ उन्हीं को लिखे। आप यूनियन के अपने संदेश देखते हैं।",
        "Para anggota memilih agar petugas hanya menulis kepada mereka. Anda melihat pesan serikat sendiri.",
    ],
    "Our union": [
        "Nuestro sindicato", "আমাদের ইউনিয়ন", "我们的工会", "Công đoàn chúng tôi", "Sendikamız", "សហជីពរបស់យើង", "हमारी यूनियन", "Serikat kami",
    ],
    "Write to the handler": [
        "Escriba a quien lleva el caso", "পরিচালনাকারীকে লিখুন", "给处理人写信", "Viết cho người xử lý",
        "Başvuruyla ilgilenen kişiye yazın", "សរសេរទៅអ្នកដោះស្រាយករណី", "मामला संभालने वाले को लिखें", "Tulis kepada petugas",
    ],
    "Your message was sent to the handler.": [
        "Su mensaje se envió a quien lleva el caso.", "আপনার বার্তা পরিচালনাকারীর কাছে পাঠানো হয়েছে।", "您的消息已发送给处理人。",
        "Tin nhắn của bạn đã được gửi tới người xử lý.", "Mesajınız başvuruyla ilgilenen kişiye gönderildi.", "សាររបស់អ្នកត្រូវបានផ្ញើទៅអ្នកដោះស្រាយករណីហើយ។",
        "आपका संदेश मामला संभालने वाले को भेज दिया गया।", "Pesan Anda sudah dikirim ke petugas.",
    ],
    "From the union": [
        "Del sindicato", "ইউনিয়নের কাছ থেকে", "来自工会", "Từ công đoàn", "Sendikadan", "ពីសហជីព", "यूनियन की ओर से", "Dari serikat",
    ],
    "Filed by a union": [
        "Presentado por un sindicato", "একটি ইউনিয়ন জমা দিয়েছে", "由工会提交", "Do công đoàn gửi",
        "Bir sendika başvurdu", "ដាក់ដោយសហជីព", "यूनियन ने दर्ज किया", "Diajukan oleh serikat",
    ],
    "the union receives your messages to the complainant": [
        "el sindicato recibe sus mensajes a la persona denunciante", "অভিযোগকারীকে পাঠানো আপনার বার্তা ইউনিয়নও পায়",
        "工会会收到您发给投诉人的消息", "công đoàn nhận được tin nhắn bạn gửi người khiếu nại",
        "şikâyetçiye yazdığınız mesajlar sendikaya da gider", "សហជីពទទួលបានសាររបស់អ្នកដែលផ្ញើទៅអ្នកប្ដឹង",
        "शिकायतकर्ता को भेजे आपके संदेश यूनियन को भी मिलते हैं", "serikat menerima pesan Anda kepada pengadu",
    ],
    "Only a union's admins and editors file or write for its members.": [
        "Solo quienes administran o editan en un sindicato presentan quejas o escriben por sus afiliados.",
        "শুধু ইউনিয়নের অ্যাডমিন ও এডিটররাই সদস্যদের পক্ষে অভিযোগ করতে বা লিখতে পারেন।",
        "只有工会的管理员和编辑可以代表会员投诉或写信。",
        "Chỉ quản trị viên và biên tập viên của công đoàn mới được gửi khiếu nại hoặc viết thay đoàn viên.",
        "Üyeler adına yalnızca sendikanın yöneticileri ve editörleri başvurabilir ya da yazabilir.",
        "មានតែអ្នកគ្រប់គ្រង និងអ្នកកែសម្រួលរបស់សហជីពទេ ដែលអាចដាក់ពាក្យ ឬសរសេរជំនួសសមាជិក។",
        "सिर्फ़ यूनियन के एडमिन और एडिटर ही सदस्यों की ओर से शिकायत कर सकते हैं या लिख सकते हैं।",
        "Hanya admin dan editor serikat yang dapat mengadu atau menulis untuk anggotanya.",
    ],
    "Only members of a union follow the cases it brought.": [
        "Solo los miembros de un sindicato siguen los casos que presentó.", "শুধু ইউনিয়নের সদস্যরাই ইউনিয়নের করা অভিযোগগুলোর খোঁজ রাখতে পারেন।",
        "只有工会成员可以跟进工会提交的案件。", "Chỉ thành viên công đoàn mới theo dõi được các vụ việc công đoàn đã gửi.",
        "Bir sendikanın başvurularını yalnızca o sendikanın üyeleri takip edebilir.", "មានតែសមាជិកសហជីពទេ ដែលអាចតាមដានករណីដែលសហជីពបានដាក់។",
        "यूनियन के दर्ज मामलों को सिर्फ़ उसी यूनियन के सदस्य देख सकते हैं।", "Hanya anggota serikat yang dapat mengikuti kasus yang diajukan serikat itu.",
    ],
    "Say whom you file for: a named member, an anonymous member or a group.": [
        "Diga por quién presenta la queja: un afiliado con su nombre, uno anónimo o un grupo.",
        "কার পক্ষে অভিযোগ করছেন বলুন: নাম দেওয়া সদস্য, বেনামী সদস্য, নাকি একটি দল।",
        "请说明为谁投诉：署名会员、匿名会员或一群人。",
        "Hãy nói bạn gửi thay cho ai: đoàn viên có nêu tên, đoàn viên ẩn danh hay một nhóm.",
        "Kimin adına başvurduğunuzu seçin: adı verilen bir üye, adı gizli bir üye ya da bir grup.",
        "សូមប្រាប់ថាអ្នកដាក់ពាក្យជំនួសនរណា៖ សមាជិកដែលមានឈ្មោះ សមាជិកអនាមិក ឬក្រុម។",
        "बताइए आप किसकी ओर से शिकायत कर रहे हैं: नाम वाला सदस्य, गुमनाम सदस्य या समूह।",
        "Sebutkan untuk siapa Anda mengadu: anggota yang disebut namanya, anggota anonim, atau kelompok.",
    ],
    "Give the member's name, or file for an anonymous member.": [
        "Escriba el nombre del afiliado, o presente la queja por un afiliado anónimo.", "সদস্যের নাম দিন, অথবা বেনামী সদস্যের পক্ষে অভিযোগ করুন।",
        "请填写会员姓名，或者改为代表匿名会员投诉。", "Hãy ghi tên đoàn viên, hoặc gửi thay cho đoàn viên ẩn danh.",
        "Üyenin adını yazın ya da adı gizli bir üye adına başvurun.", "សូមដាក់ឈ្មោះសមាជិក ឬដាក់ពាក្យជំនួសសមាជិកអនាមិក។",
        "सदस्य का नाम दीजिए, या गुमनाम सदस्य की ओर से शिकायत कीजिए।", "Tulis nama anggota, atau ajukan untuk anggota anonim.",
    ],
    "A name and contact are given only for a named member.": [
        "El nombre y el contacto solo se dan para un afiliado con su nombre.", "নাম ও যোগাযোগ শুধু নাম দেওয়া সদস্যের জন্যই দেওয়া হয়।",
        "只有署名会员才需要填写姓名和联系方式。", "Tên và cách liên lạc chỉ ghi cho đoàn viên có nêu tên.",
        "Ad ve iletişim bilgisi yalnızca adı verilen üye için yazılır.", "ឈ្មោះ និងលេខទំនាក់ទំនង ផ្ដល់ឱ្យតែសម្រាប់សមាជិកដែលមានឈ្មោះប៉ុណ្ណោះ។",
        "नाम और संपर्क सिर्फ़ नाम वाले सदस्य के लिए दिए जाते हैं।", "Nama dan kontak hanya diisi untuk anggota yang disebut namanya.",
    ],
    "A group is from 2 to 1,000,000 workers.": [
        "Un grupo es de 2 a 1.000.000 de trabajadores.", "একটি দলে ২ থেকে ১০,০০,০০০ জন শ্রমিক থাকে।", "一个群体为 2 到 1,000,000 名工人。",
        "Một nhóm có từ 2 đến 1.000.000 công nhân.", "Bir grup 2 ile 1.000.000 arası işçidir.", "ក្រុមមួយមានកម្មករពី 2 ដល់ 1,000,000 នាក់។",
        "एक समूह में 2 से 10,00,000 मज़दूर होते हैं।", "Satu kelompok terdiri dari 2 sampai 1.000.000 pekerja.",
    ],
    "Say which department, line, shift or site.": [
        "Diga qué departamento, línea, turno o planta.", "কোন বিভাগ, লাইন, শিফট বা সাইট, তা বলুন।", "请说明是哪个部门、生产线、班次或厂区。",
        "Hãy nói bộ phận, chuyền, ca hay địa điểm nào.", "Hangi bölüm, hat, vardiya ya da tesis olduğunu yazın.", "សូមប្រាប់ថាផ្នែក ខ្សែផលិតកម្ម វេន ឬទីតាំងណា។",
        "बताइए कौन-सा विभाग, लाइन, शिफ़्ट या साइट।", "Sebutkan bagian, lini, sif, atau lokasinya.",
    ],
    "The group's size and unit are given only for a group.": [
        "El tamaño y la unidad del grupo solo se dan para un grupo.", "দলের আকার ও বিভাগ শুধু দলের জন্যই দেওয়া হয়।",
        "只有群体投诉才需要填写人数和部门。", "Số người và bộ phận chỉ ghi khi gửi cho một nhóm.",
        "Grubun büyüklüğü ve birimi yalnızca grup için yazılır.", "ចំនួន និងផ្នែករបស់ក្រុម ផ្ដល់ឱ្យតែសម្រាប់ក្រុមប៉ុណ្ណោះ។",
        "समूह का आकार और विभाग सिर्फ़ समूह के लिए दिए जाते हैं।", "Jumlah dan bagian kelompok hanya diisi untuk kelompok.",
    ],
    "Only the union that brought the case writes on it.": [
        "Solo el sindicato que presentó el caso escribe en él.", "শুধু যে ইউনিয়ন অভিযোগটি করেছে, সে-ই এতে লিখতে পারে।",
        "只有提交案件的工会才能在上面写信。", "Chỉ công đoàn đã gửi vụ việc mới được viết vào đó.",
        "Bu başvuruya yalnızca onu yapan sendika yazabilir.", "មានតែសហជីពដែលបានដាក់ករណីនេះទេ ដែលអាចសរសេរលើវា។",
        "इस मामले पर सिर्फ़ वही यूनियन लिख सकती है जिसने इसे दर्ज किया।", "Hanya serikat yang mengajukan kasus ini yang dapat menulis di sini.",
    ],
    "Write the message.": [
        "Escriba el mensaje.", "বার্তাটি লিখুন।", "请填写消息。", "Hãy viết tin nhắn.", "Mesajı yazın.", "សូមសរសេរសារ។", "संदेश लिखिए।", "Tulis pesannya.",
    ],
}

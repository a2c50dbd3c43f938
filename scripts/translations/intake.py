# ruff: noqa: E501  (a table of translations: a line per language reads best)
"""Translations of the worker's intake and follow-up pages (issue 20): quick exit, evidence at
filing, the confirmation page kept for a reload, closing a case on a shared phone.
Columns: es, bn, zh_Hans, vi, tr, km, hi, id."""

from __future__ import annotations

T: dict[str, list[str]] = {
    "Leave this page now": [
        "Salir de esta página ahora", "এখনই এই পাতা ছেড়ে যান", "立即离开此页面", "Rời trang này ngay",
        "Bu sayfadan hemen çıkın", "ចាកចេញពីទំព័រនេះឥឡូវនេះ", "यह पेज अभी छोड़ें",
        "Tinggalkan halaman ini sekarang",
    ],
    "Add photos, PDFs or voice recordings (up to 3, optional)": [
        "Añada fotos, PDF o grabaciones de voz (hasta 3, opcional)",
        "ছবি, পিডিএফ বা ভয়েস রেকর্ডিং যোগ করুন (৩টি পর্যন্ত, ঐচ্ছিক)",
        "添加照片、PDF 或录音（最多 3 个，可选）",
        "Thêm ảnh, tệp PDF hoặc ghi âm (tối đa 3, không bắt buộc)",
        "Fotoğraf, PDF veya ses kaydı ekleyin (en fazla 3, isteğe bağlı)",
        "បន្ថែមរូបថត ឯកសារ PDF ឬសំឡេងថត (រហូតដល់ ៣ មិនចាំបាច់ក៏បាន)",
        "फ़ोटो, PDF या आवाज़ की रिकॉर्डिंग जोड़ें (ज़्यादा से ज़्यादा 3, ज़रूरी नहीं)",
        "Tambahkan foto, PDF, atau rekaman suara (paling banyak 3, tidak wajib)",
    ],
    "A photo of a pay slip, a document or a voice note. Each at most 10 MB.": [
        "Una foto de una nómina, un documento o una nota de voz. Cada uno de 10 MB como máximo.",
        "বেতন স্লিপের ছবি, কোনো কাগজ বা ভয়েস নোট। প্রতিটি সর্বোচ্চ ১০ MB।",
        "工资单的照片、文件或语音留言。每个最多 10 MB。",
        "Ảnh phiếu lương, giấy tờ hoặc tin nhắn thoại. Mỗi tệp tối đa 10 MB.",
        "Maaş bordrosunun fotoğrafı, bir belge veya sesli not. Her biri en fazla 10 MB.",
        "រូបថតបង្កាន់ដៃប្រាក់ខែ ឯកសារ ឬសារជាសំឡេង។ នីមួយៗមិនលើសពី 10 MB។",
        "वेतन पर्ची की फ़ोटो, कोई दस्तावेज़ या वॉइस नोट। हर एक ज़्यादा से ज़्यादा 10 MB।",
        "Foto slip gaji, dokumen, atau pesan suara. Masing-masing paling besar 10 MB.",
    ],
    "Send at most %(n)s files.": [
        "Envíe como máximo %(n)s archivos.", "সর্বোচ্চ %(n)sটি ফাইল পাঠান।", "最多发送 %(n)s 个文件。",
        "Gửi tối đa %(n)s tệp.", "En fazla %(n)s dosya gönderin.", "ផ្ញើឯកសារមិនលើសពី %(n)s។",
        "ज़्यादा से ज़्यादा %(n)s फ़ाइलें भेजें।", "Kirim paling banyak %(n)s berkas.",
    ],
    "The files together are larger than %(mb)s MB.": [
        "Los archivos juntos ocupan más de %(mb)s MB.", "ফাইলগুলো একসাথে %(mb)s MB-এর বেশি।",
        "这些文件加起来超过 %(mb)s MB。", "Các tệp cộng lại lớn hơn %(mb)s MB.",
        "Dosyaların toplamı %(mb)s MB'tan büyük.", "ឯកសារទាំងអស់រួមគ្នាធំជាង %(mb)s MB។",
        "सारी फ़ाइलें मिलाकर %(mb)s MB से बड़ी हैं।", "Semua berkas jika digabung lebih besar dari %(mb)s MB.",
    ],
    "Files are not kept when you press Find. Please choose them again.": [
        "Los archivos no se guardan al pulsar Buscar. Vuelva a elegirlos, por favor.",
        "খুঁজুন চাপলে ফাইলগুলো থাকে না। অনুগ্রহ করে আবার বেছে নিন।",
        "按“查找”后文件不会保留。请重新选择。",
        "Khi bấm Tìm, các tệp không được giữ lại. Vui lòng chọn lại.",
        "Bul'a bastığınızda dosyalar saklanmaz. Lütfen onları yeniden seçin.",
        "ឯកសារមិនត្រូវបានរក្សាទុកទេ ពេលអ្នកចុច «ស្វែងរក»។ សូមជ្រើសរើសវាម្តងទៀត។",
        "खोजें दबाने पर फ़ाइलें नहीं रहतीं। कृपया उन्हें फिर से चुनें।",
        "Berkas tidak disimpan saat Anda menekan Cari. Silakan pilih lagi.",
    ],
    "File %(n)s": [
        "Archivo %(n)s", "ফাইল %(n)s", "文件 %(n)s", "Tệp %(n)s", "Dosya %(n)s", "ឯកសារ %(n)s",
        "फ़ाइल %(n)s", "Berkas %(n)s",
    ],
    "For a short time this page shows them again if you reload it; nothing is sent twice.": [
        "Durante un rato, esta página los vuelve a mostrar si la recarga; no se envía nada dos veces.",
        "কিছু সময় পর্যন্ত পাতাটি আবার লোড করলে এগুলো আবার দেখাবে; কিছুই দুবার পাঠানো হবে না।",
        "在短时间内，重新加载此页面会再次显示它们；不会重复发送。",
        "Trong một thời gian ngắn, nếu bạn tải lại trang này thì chúng vẫn hiện ra; không có gì bị gửi hai lần.",
        "Kısa bir süre boyunca sayfayı yenilerseniz bunlar yeniden görünür; hiçbir şey iki kez gönderilmez.",
        "ក្នុងរយៈពេលខ្លី បើអ្នកបើកទំព័រនេះឡើងវិញ វានឹងបង្ហាញលេខទាំងនេះម្តងទៀត។ គ្មានអ្វីត្រូវបានផ្ញើពីរដងទេ។",
        "थोड़ी देर तक पेज दोबारा खोलने पर ये फिर दिखेंगे; कुछ भी दो बार नहीं भेजा जाता।",
        "Untuk sementara, halaman ini menampilkannya lagi jika dimuat ulang; tidak ada yang terkirim dua kali.",
    ],
    "I have written it down": [
        "Ya lo he anotado", "আমি লিখে রেখেছি", "我已经记下来了", "Tôi đã ghi lại rồi", "Not aldım",
        "ខ្ញុំបានកត់ទុកហើយ", "मैंने लिख लिया है", "Saya sudah mencatatnya",
    ],
    "Files received with your complaint: %(files)s": [
        "Archivos recibidos con su queja: %(files)s", "আপনার অভিযোগের সাথে পাওয়া ফাইল: %(files)s",
        "随投诉收到的文件：%(files)s", "Số tệp nhận được cùng khiếu nại của bạn: %(files)s",
        "Şikâyetinizle birlikte alınan dosyalar: %(files)s",
        "ឯកសារដែលបានទទួលជាមួយពាក្យបណ្តឹងរបស់អ្នក៖ %(files)s",
        "आपकी शिकायत के साथ मिली फ़ाइलें: %(files)s", "Berkas yang diterima bersama pengaduan Anda: %(files)s",
    ],
    "The secret is no longer shown on this phone. Follow your case with the reference and secret you wrote down.": [
        "La clave secreta ya no se muestra en este teléfono. Siga su caso con la referencia y la clave secreta que anotó.",
        "এই ফোনে গোপন কোড আর দেখানো হবে না। যে রেফারেন্স আর গোপন কোড লিখে রেখেছেন, তা দিয়ে অভিযোগের খবর নিন।",
        "此手机上不再显示密码。请用您记下的案件编号和密码跟进您的案件。",
        "Mã bí mật không còn hiện trên điện thoại này. Hãy theo dõi vụ việc bằng mã số vụ việc và mã bí mật bạn đã ghi lại.",
        "Gizli kod artık bu telefonda gösterilmiyor. Başvurunuzu not ettiğiniz başvuru numarası ve gizli kodla takip edin.",
        "លេខសម្ងាត់លែងបង្ហាញនៅលើទូរស័ព្ទនេះទៀតហើយ។ សូមតាមដានករណីរបស់អ្នកដោយប្រើលេខយោង និងលេខសម្ងាត់ដែលអ្នកបានកត់ទុក។",
        "इस फ़ोन पर गुप्त कोड अब नहीं दिखेगा। जो संदर्भ संख्या और गुप्त कोड आपने लिखा है, उससे अपने मामले की जानकारी लें।",
        "Kode rahasia tidak lagi ditampilkan di ponsel ini. Ikuti kasus Anda dengan nomor referensi dan kode rahasia yang Anda catat.",
    ],
    "You can type them with or without the dashes, in small or capital letters.": [
        "Puede escribirlos con o sin guiones, en minúsculas o mayúsculas.",
        "ড্যাশ (-) সহ বা ছাড়া, ছোট বা বড় হাতের অক্ষরে লিখতে পারেন।",
        "可以带或不带短横线，大小写均可。",
        "Bạn có thể gõ có hoặc không có dấu gạch ngang, chữ thường hay chữ hoa đều được.",
        "Tireli ya da tiresiz, küçük ya da büyük harfle yazabilirsiniz.",
        "អ្នកអាចវាយបញ្ចូលដោយមាន ឬគ្មានសញ្ញា (-) ជាអក្សរតូច ឬអក្សរធំក៏បាន។",
        "आप इन्हें डैश (-) के साथ या बिना, छोटे या बड़े अक्षरों में लिख सकते हैं।",
        "Anda boleh mengetiknya dengan atau tanpa tanda hubung, dengan huruf kecil atau besar.",
    ],
    "On a phone others use, close the case here when you are done.": [
        "Si otras personas usan este teléfono, cierre aquí el caso cuando termine.",
        "অন্যরাও এই ফোন ব্যবহার করলে, কাজ শেষে এখানে অভিযোগটি বন্ধ করুন।",
        "如果别人也用这部手机，看完后请在这里关闭案件。",
        "Nếu người khác cũng dùng điện thoại này, hãy đóng vụ việc ở đây khi xong.",
        "Telefonu başkaları da kullanıyorsa, işiniz bitince başvuruyu buradan kapatın.",
        "បើអ្នកផ្សេងក៏ប្រើទូរស័ព្ទនេះដែរ សូមបិទករណីនៅទីនេះ ពេលអ្នកមើលរួច។",
        "अगर यह फ़ोन दूसरे लोग भी इस्तेमाल करते हैं, तो काम पूरा होने पर यहाँ मामला बंद करें।",
        "Jika ponsel ini juga dipakai orang lain, tutup kasus di sini setelah selesai.",
    ],
    "Close this case on this phone": [
        "Cerrar este caso en este teléfono", "এই ফোনে অভিযোগটি বন্ধ করুন", "在这部手机上关闭此案件",
        "Đóng vụ việc này trên điện thoại này", "Bu başvuruyu bu telefonda kapat",
        "បិទករណីនេះនៅលើទូរស័ព្ទនេះ", "इस फ़ोन पर यह मामला बंद करें", "Tutup kasus ini di ponsel ini",
    ],
}

# ruff: noqa: E501  (a table of translations: a line per language reads best)
"""Evidence a supplier attaches: to a corrective action's progress, to a facility claim
(issue 21). Order: es, bn, zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    "Only those who carry the action out attach its evidence.": ["Solo quienes llevan a cabo la acción adjuntan sus pruebas.", "শুধু যারা পদক্ষেপটি বাস্তবায়ন করে তারাই এর প্রমাণ যুক্ত করে।", "只有执行该措施的一方才能附上其证据。", "Chỉ bên thực hiện hành động mới đính kèm bằng chứng của nó.", "Eylemin kanıtını yalnızca eylemi yürütenler ekler.", "មានតែអ្នកអនុវត្តសកម្មភាពប៉ុណ្ណោះ ដែលភ្ជាប់ភស្តុតាងរបស់វា។", "केवल कार्रवाई करने वाले ही उसके प्रमाण जोड़ते हैं।", "Hanya pihak yang melaksanakan tindakan yang melampirkan buktinya."],
    "Evidence attached.": ["Prueba adjuntada.", "প্রমাণ যুক্ত হয়েছে।", "证据已附上。", "Đã đính kèm bằng chứng.", "Kanıt eklendi.", "បានភ្ជាប់ភស្តុតាង។", "प्रमाण जोड़ दिया गया।", "Bukti dilampirkan."],
    "Evidence of progress (PDF, photo, CSV, XLSX, text; at most 10 MB)": ["Prueba del avance (PDF, foto, CSV, XLSX, texto; máximo 10 MB)", "অগ্রগতির প্রমাণ (PDF, ছবি, CSV, XLSX, লেখা; সর্বোচ্চ ১০ MB)", "进展证据（PDF、照片、CSV、XLSX、文本；不超过 10 MB）", "Bằng chứng tiến độ (PDF, ảnh, CSV, XLSX, văn bản; tối đa 10 MB)", "İlerleme kanıtı (PDF, fotoğraf, CSV, XLSX, metin; en fazla 10 MB)", "ភស្តុតាងនៃវឌ្ឍនភាព (PDF រូបថត CSV XLSX អត្ថបទ; យ៉ាងច្រើន 10 MB)", "प्रगति का प्रमाण (PDF, फ़ोटो, CSV, XLSX, टेक्स्ट; अधिकतम 10 MB)", "Bukti kemajuan (PDF, foto, CSV, XLSX, teks; paling besar 10 MB)"],
}

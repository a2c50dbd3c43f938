"""The scorecard's remedy column: days to acknowledge and satisfaction (issue 19).
Order: es, bn, zh_Hans, vi, tr, km, hi, id."""

T: dict[str, list[str]] = {
    "acknowledged in %(n)s days (median)": [
        "acuse de recibo en %(n)s días (mediana)",
        "%(n)s দিনে প্রাপ্তি স্বীকার (মধ্যমা)",
        "%(n)s 天内确认收到（中位数）",
        "xác nhận đã nhận trong %(n)s ngày (trung vị)",
        "%(n)s günde alındı bildirimi (medyan)",
        "បានទទួលស្គាល់ក្នុងរយៈពេល %(n)s ថ្ងៃ (មធ្យមភាគកណ្ដាល)",
        "%(n)s दिनों में प्राप्ति की सूचना (माध्यिका)",
        "diakui dalam %(n)s hari (median)",
    ],
    "%(p)s%% of %(n)s ratings satisfied": [
        "%(p)s%% de %(n)s valoraciones satisfechas",
        "%(n)s টি মূল্যায়নের %(p)s%% সন্তুষ্ট",
        "%(n)s 个评分中 %(p)s%% 表示满意",
        "%(p)s%% trong %(n)s đánh giá hài lòng",
        "%(n)s değerlendirmenin %%%(p)s'i memnun",
        "%(p)s%% នៃការវាយតម្លៃ %(n)s ពេញចិត្ត",
        "%(n)s आकलनों में से %(p)s%% संतुष्ट",
        "%(p)s%% dari %(n)s penilaian puas",
    ],
    "Beside it: the median days from a case's receipt to its acknowledgement, over every case received about those facilities, and the share of complainants who rated a closed case 4 or 5 out of 5; each withheld below the same number of cases.": [  # noqa: E501
        "Al lado: la mediana de días entre la recepción de un caso y su acuse de recibo, sobre todos los casos recibidos sobre esas instalaciones, y la proporción de denunciantes que calificaron un caso cerrado con 4 o 5 de 5; cada cifra se oculta por debajo del mismo número de casos.",
        "পাশে: একটি অভিযোগ পাওয়া থেকে তার প্রাপ্তি স্বীকার পর্যন্ত দিনের মধ্যমা, ওই কারখানাগুলো সম্পর্কে পাওয়া সব অভিযোগের ওপর, এবং যে অভিযোগকারীরা একটি বন্ধ অভিযোগকে ৫-এর মধ্যে ৪ বা ৫ দিয়েছেন তাঁদের অংশ; একই সংখ্যক অভিযোগের কম হলে প্রতিটি সংখ্যা দেখানো হয় না।",
        "旁边：从收到案件到确认收到的天数中位数（计入有关这些工厂的所有案件），以及对已结案件评分为 4 或 5（满分 5）的投诉人比例；案件数低于同一最小数时均不显示。",
        "Bên cạnh: số ngày trung vị từ khi nhận một vụ việc đến khi xác nhận đã nhận, tính trên mọi vụ việc nhận được về các cơ sở đó, và tỷ lệ người khiếu nại chấm một vụ việc đã đóng 4 hoặc 5 trên 5; mỗi con số bị ẩn khi dưới cùng số vụ việc tối thiểu.",
        "Yanında: bir başvurunun alınmasından alındı bildirimine kadar geçen günlerin medyanı (bu tesislerle ilgili alınan tüm başvurular üzerinden) ve kapanan bir başvuruya 5 üzerinden 4 veya 5 veren başvurucuların oranı; her biri aynı başvuru sayısının altında gizlenir.",
        "នៅក្បែរនោះ៖ ចំនួនថ្ងៃមធ្យមភាគកណ្ដាល ពីពេលទទួលករណីមួយ ដល់ពេលទទួលស្គាល់ករណីនោះ លើគ្រប់ករណីដែលបានទទួលអំពីរោងចក្រទាំងនោះ និងចំណែកនៃអ្នកប្ដឹងដែលបានវាយតម្លៃករណីដែលបានបិទ ៤ ឬ ៥ ក្នុងចំណោម ៥; តួលេខនីមួយៗត្រូវបានលាក់ នៅពេលតិចជាងចំនួនករណីដូចគ្នា។",
        "साथ में: किसी मामले की प्राप्ति से उसकी प्राप्ति-सूचना तक के दिनों की माध्यिका, उन फ़ैक्टरियों के बारे में मिले सभी मामलों पर, और उन शिकायतकर्ताओं का हिस्सा जिन्होंने बंद मामले को 5 में से 4 या 5 दिया; हर आंकड़ा मामलों की उसी न्यूनतम संख्या से कम होने पर छिपाया जाता है।",
        "Di sampingnya: median hari dari diterimanya suatu kasus sampai pengakuan penerimaannya, atas semua kasus yang diterima tentang fasilitas tersebut, dan porsi pengadu yang menilai kasus yang ditutup 4 atau 5 dari 5; masing-masing disembunyikan di bawah jumlah kasus minimum yang sama.",
    ],
}  # fmt: skip

"""Variants of real rows as other brands would write them, and hard negatives.

Every transformation is one people really make: other legal forms, abbreviations, all
capitals, typos, reordered or missing address parts, native script (Chinese, Vietnamese with
diacritics, Bengali), other country spellings, pins a few hundred metres apart or missing.
Hard negatives: sister units at one address, another company at the same address, and the
same company name in another city.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import replace

from bench.matching.data import Row

LEGAL_TAIL = re.compile(
    r"[\s,\.]*(co\.?,?\s*ltd\.?|company\s+limited|co\.?\s*limited|limited|ltd\.?|pvt\.?\s*ltd\.?|"
    r"private\s+limited|inc\.?|corp\.?|llc|s\.?a\.?|a\.?ş\.?|jsc)\s*$",
    re.IGNORECASE,
)
FORMS = {
    "CN": ["Co., Ltd.", "Co Ltd", "Company Limited", "CO.,LTD", "有限公司", ""],
    "VN": ["Co., Ltd", "Company Limited", "JSC", "Joint Stock Company", ""],
    "BD": ["Ltd.", "Limited", "(Pvt.) Ltd.", "Pvt. Ltd", ""],
    "IN": ["Pvt. Ltd.", "Private Limited", "Pvt Ltd", ""],
    "TR": [
        "San. ve Tic. A.Ş.",
        "Sanayi ve Ticaret A.Ş.",
        "Tekstil San. Tic. Ltd. Şti.",
        "A.S.",
        "",
    ],
    "ID": ["PT {} Tbk", "PT {}", "{}"],
    "": ["Co., Ltd.", "Ltd", "Limited", "Inc.", ""],
}
NAME_ABBR = [("Garments", "Gmts"), ("Garment", "Gmt"), ("International", "Intl"),
             ("Industries", "Inds"), ("Manufacturing", "Mfg"), ("Textile", "Tex"),
             ("Knitting", "Knit"), ("Factory", "Fty"), ("Enterprise", "Ent")]  # fmt: skip
ADDR_ABBR = [("Road", "Rd"), ("Street", "St"), ("Industrial Zone", "Ind. Zone"),
             ("Industrial Park", "Ind. Park"), ("District", "Dist."), ("Avenue", "Ave"),
             ("Building", "Bldg"), ("Village", "Vill."), ("Export Processing Zone", "EPZ"),
             ("Khu Cong Nghiep", "KCN"), ("Province", ""), ("City", "")]  # fmt: skip
HAN = {"guangdong": "广东", "shenzhen": "深圳", "dongguan": "东莞", "guangzhou": "广州",
       "jiangsu": "江苏", "zhejiang": "浙江", "fujian": "福建", "shanghai": "上海",
       "ningbo": "宁波", "suzhou": "苏州", "wenzhou": "温州", "quanzhou": "泉州",
       "jinjiang": "晋江", "xiamen": "厦门", "hangzhou": "杭州", "shandong": "山东",
       "qingdao": "青岛", "nantong": "南通", "jiangyin": "江阴", "yancheng": "盐城",
       "changzhou": "常州", "wuxi": "无锡", "huzhou": "湖州", "jiaxing": "嘉兴",
       "shaoxing": "绍兴", "fuzhou": "福州", "foshan": "佛山", "zhongshan": "中山",
       "jiangxi": "江西", "anhui": "安徽", "hubei": "湖北", "henan": "河南", "beijing": "北京",
       "tianjin": "天津", "dalian": "大连", "yangzhou": "扬州", "taizhou": "台州"}  # fmt: skip
HAN_WORDS = {"province": "省", "city": "市", "district": "区", "town": "镇", "road": "路",
             "village": "村", "industrial zone": "工业区", "industrial park": "工业园",
             "garment": "服装", "knitting": "针织", "textile": "纺织"}  # fmt: skip
VIET = {"viet": "Việt", "tien": "Tiến", "binh": "Bình", "duong": "Dương", "dong": "Đồng",
        "nai": "Nai", "ho": "Hồ", "chi": "Chí", "minh": "Minh", "long": "Long", "an": "An",
        "tan": "Tân", "uyen": "Uyên", "thuan": "Thuận", "phuoc": "Phước", "hai": "Hải",
        "phong": "Phòng", "nam": "Nam", "ha": "Hà", "noi": "Nội", "quang": "Quảng",
        "hung": "Hưng", "thanh": "Thành", "pho": "Phố", "huyen": "Huyện", "xa": "Xã",
        "tinh": "Tỉnh", "duc": "Đức", "hoa": "Hòa", "giang": "Giang", "tay": "Tây"}  # fmt: skip
BENGALI = {"dhaka": "ঢাকা", "gazipur": "গাজীপুর", "chittagong": "চট্টগ্রাম",
           "narayanganj": "নারায়ণগঞ্জ", "savar": "সাভার", "ashulia": "আশুলিয়া",
           "tongi": "টঙ্গী", "mirpur": "মিরপুর"}  # fmt: skip
COUNTRY_SPELLINGS = {"CN": ["China", "CN", "PRC", "CHINA", "People's Republic of China", "中国"],
                     "VN": ["Vietnam", "Viet Nam", "VN", "VIETNAM"],
                     "BD": ["Bangladesh", "BD", "BANGLADESH"], "TR": ["Turkey", "Türkiye", "TR"],
                     "IN": ["India", "IN", "INDIA"], "KH": ["Cambodia", "KH"],
                     "LK": ["Sri Lanka", "LK"], "ID": ["Indonesia", "ID"],
                     "HK": ["Hong Kong", "Hong Kong SAR", "HK"], "TW": ["Taiwan", "TW"],
                     "PK": ["Pakistan", "PK"], "US": ["US", "USA", "United States"]}  # fmt: skip


def _word_sub(text: str, table: dict[str, str]) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: table.get(m.group(0).lower(), m.group(0)), text)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.choice(["drop", "swap", "double"])
    if kind == "drop":
        w = w[:j] + w[j + 1 :]
    elif kind == "swap":
        w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def vary_name(rng: random.Random, name: str, code: str) -> str:
    base = LEGAL_TAIL.sub("", name).strip(" ,.")
    form = rng.choice(FORMS.get(code, FORMS[""]))
    if "{}" in form:
        name = form.format(base)
    elif form == "有限公司":
        name = _word_sub(base, HAN) + form
    else:
        name = f"{base} {form}".strip()
    if code == "VN" and rng.random() < 0.4:
        name = "Công ty TNHH " + _word_sub(base, VIET)
    for long, short in NAME_ABBR:
        if long in name and rng.random() < 0.5:
            name = name.replace(long, short)
    if rng.random() < 0.3:
        name = _typo(rng, name)
    case = rng.random()
    return name.upper() if case < 0.3 else name.title() if case < 0.45 else name


def vary_address(rng: random.Random, address: str, code: str) -> str:
    if rng.random() < 0.08:
        return ""
    parts = [p.strip() for p in re.split(r"[,;]", address) if p.strip()]
    if len(parts) > 2 and rng.random() < 0.12:  # only the town or province, as many lists give
        parts = parts[-rng.randint(1, 2) :]
    elif len(parts) > 3 and rng.random() < 0.3:
        parts = parts[:-1] if rng.random() < 0.5 else parts[1:]
    if len(parts) > 2 and rng.random() < 0.25:
        parts = list(reversed(parts))
    text = ", ".join(parts)
    for long, short in ADDR_ABBR:
        if rng.random() < 0.5:
            text = re.sub(long, short, text, flags=re.IGNORECASE)
    if code == "CN" and rng.random() < 0.35:
        text = _word_sub(text, HAN)
        for word, han in HAN_WORDS.items():
            text = re.sub(rf"\b{word}\b", han, text, flags=re.IGNORECASE)
    elif code == "VN" and rng.random() < 0.5:
        text = _word_sub(text, VIET)
    elif code == "BD" and rng.random() < 0.35:
        text = _word_sub(text, BENGALI)
    if rng.random() < 0.15:
        text = _typo(rng, text)
    return text.upper() if rng.random() < 0.2 else text


def vary_country(rng: random.Random, code: str, original: str) -> str:
    return rng.choice(COUNTRY_SPELLINGS.get(code, [original]))


# How far apart two lists pin one facility: measured on the training lists' rows that share
# a name and a written address (267 pairs; bench/matching/labels/README.md). Geocoders
# disagree by kilometres as often as they agree: (share, from km, to km).
PIN_DISAGREEMENT = ((0.27, 0.0, 0.1), (0.06, 0.1, 0.3), (0.16, 0.3, 1.0), (0.18, 1.0, 5.0),
                    (0.16, 5.0, 25.0), (0.06, 25.0, 60.0), (0.05, 60.0, 300.0),
                    (0.06, 300.0, 1800.0))  # fmt: skip


def vary_pin(rng: random.Random, row: Row) -> tuple[float | None, float | None]:
    if row.lat is None or row.lng is None or rng.random() < 0.5:
        return None, None
    _share, low, high = rng.choices(PIN_DISAGREEMENT, weights=[b[0] for b in PIN_DISAGREEMENT])[0]
    km, bearing = rng.uniform(low, high), rng.uniform(0, 2 * math.pi)
    dlat = km / 111.2 * math.cos(bearing)
    dlng = km / (111.2 * max(0.2, math.cos(math.radians(row.lat)))) * math.sin(bearing)
    return row.lat + dlat, row.lng + dlng


def variant(rng: random.Random, row: Row, code: str) -> Row:
    lat, lng = vary_pin(rng, row)
    return replace(
        row,
        country=vary_country(rng, code, row.country),
        name=vary_name(rng, row.name, code),
        address=vary_address(rng, row.address, code),
        lat=lat,
        lng=lng,
    )


def sister_units(row: Row) -> tuple[Row, Row, Row]:
    """Units 1 and 2 for the registry; unit 3, which is new, for the incoming list."""

    def unit(n: int) -> Row:
        return replace(row, name=f"{row.name} Unit {n}", address=f"Unit {n}, {row.address}")

    return unit(1), unit(2), unit(3)


def same_address_other_company(row: Row, other: Row) -> Row:
    return replace(row, name=other.name, lat=row.lat, lng=row.lng)


def same_name_other_city(row: Row, other: Row) -> Row:
    return replace(row, address=other.address, lat=other.lat, lng=other.lng)

"""Case tables for every class of normaliser entry: scripts, legal forms, abbreviations,
place names, numbers and unit markers."""

from __future__ import annotations

import pytest

from chainrights.matching.address import normalize_address
from chainrights.matching.legal_forms import forms_for, strip_legal_forms
from chainrights.matching.records import Record, normalize
from chainrights.matching.text import to_ascii, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("广东省东莞市长安镇", ["guangdong", "province", "dongguan", "city", "changan", "town"]),
        ("深圳市宝安区", ["shenzhen", "city", "baoan", "district"]),
        ("ঢাকা", ["dhaka"]),
        ("Công ty TNHH May Việt Tiến", ["cong", "ty", "tnhh", "may", "viet", "tien"]),
        ("İstanbul Tekstil", ["istanbul", "tekstil"]),
        ("ភ្នំពេញ", ["phnampenh"]),
        ("ＡＢＣ　Ｇａｒｍｅｎｔ", ["abc", "garment"]),  # full-width forms fold with NFKC
        ("Y&Q Group", ["y", "and", "q", "group"]),
        ("", []),
    ],
)
def test_any_script_folds_to_ascii_words(text, expected):
    assert words(text) == expected


def test_folding_is_case_insensitive_and_cached():
    assert to_ascii("STRASSE") == to_ascii("straße") == "strasse"


@pytest.mark.parametrize(
    ("name", "country", "expected"),
    [
        ("Jiangsu Golden Empire Apparel Co.,Ltd", "CN", ["jiangsu", "golden", "empire", "apparel"]),
        ("Jiangsu Golden Empire Apparel Company Limited", "CN", ["jiangsu", "golden", "empire", "apparel"]),
        ("东莞针织有限公司", "CN", ["dongguan", "knitting"]),
        ("Công ty TNHH May Việt Tiến", "VN", ["may", "viet", "tien"]),
        ("Viet Tien Garment Joint Stock Company", "VN", ["viet", "tien", "garment"]),
        ("PT Pan Brothers Tbk", "ID", ["pan", "brothers"]),
        ("Akcen Tekstil Konfeksiyon San. ve Tic. A.Ş.", "TR", ["akcen", "tekstil", "konfeksiyon"]),
        ("Akcen Tekstil Konfeksiyon San.Tic.Ltd.Şti.", "TR", ["akcen", "tekstil", "konfeksiyon"]),
        ("Dhaka Knit Composite Pvt. Ltd", "BD", ["dhaka", "knit", "composite"]),
        ("Ambathur Clothing Private Ltd.", "IN", ["ambathur", "clothing"]),
        ("Hong Ho Mexico S.A. de C.V.", "MX", ["hong", "ho", "mexico"]),
        ("Mundo Textil SA", "PT", ["mundo", "textil"]),
        ("Schiesser GmbH", "DE", ["schiesser"]),  # seeded from ISO 20275
        ("Bergman Rivera Aktiengesellschaft", "DE", ["bergman", "rivera"]),  # ISO 20275 local name
        # a legal form in the middle, followed by a site name
        ("Baijia (Fujian) Underwear Co Ltd - Huahai Village", "CN",
         ["baijia", "fujian", "underwear", "huahai", "village"]),
        # ambiguous single tokens only go at either end
        ("Co Garments Trading", "US", ["co", "garments", "trading"]),
        ("Co-op Textiles", "GB", ["textiles"]),  # ISO 20275 lists the co-operative form
        ("CV Sinar Garment", "ID", ["sinar", "garment"]),
        ("Pacific Co Garments", "US", ["pacific", "co", "garments"]),
        # a name that is nothing but a legal form keeps a token
        ("Company Limited", "CN", ["company"]),
        # misspelt legal forms, one edit away (a transposition is one edit)
        ("ES Texs Liited", "SV", ["es", "texs"]),
        ("Pungkook Saigon ll Copmany Limited", "VN", ["pungkook", "saigon", "ll"]),
        ("I-Cheng Corporatiion Inc.", "KH", ["i", "cheng"]),
        # …while a name word two edits away stays a name word
        ("Blue Compass", "US", ["blue", "compass"]),
    ],
)  # fmt: skip
def test_legal_forms_are_stripped(name, country, expected):
    assert strip_legal_forms(words(name), country)[0] == expected


def test_legal_form_table_is_ordered_longest_first():
    forms = forms_for("TR")
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)
    assert ("san", "ve", "tic", "a", "s") in forms


@pytest.mark.parametrize(
    ("address", "tokens"),
    [
        ("11 Changjiang Rd, Yancheng", ("changjiang", "road", "yancheng")),
        ("Wan Ye Ind. Zone", ("wan", "ye", "industrial", "zone")),
        ("Wan Ye Industrial Park", ("wan", "ye", "industrial", "zone")),
        ("KCN Tân Uyên, Bình Dương", ("industrial", "zone", "tan", "uyen", "binh", "duong")),
        ("Khu Công Nghiệp Tân Uyên", ("industrial", "zone", "tan", "uyen")),
        ("Chittagong Export Processing Zone", ("chittagong", "epz")),
        ("CEPZ, Chattogram", ("epz", "chittagong")),
        ("广东省深圳市", ("guangdong", "shenzhen")),
        ("Guangdong Province, Shenzhen City", ("guangdong", "shenzhen")),
        ("ঢাকা", ("dhaka",)),
        ("Dacca", ("dhaka",)),
        ("Fatsa Organize Sanayi Bölgesi, Akif Sok.", ("fatsa", "organized", "industrial", "zone", "akif", "sokak")),
        ("No. 7, Xiangyang Road", ("xiangyang", "road")),
        # Indonesian: regency and subdistrict words carry no identity, jalan is a road
        ("Jl. Raya Semarang KM 18, Kec. Karang Tengah, Kab. Demak",
         ("road", "raya", "semarang", "km", "karang", "tengah", "demak")),
        # words glued to numbers by lists that lost their separators
        ("St371Sangkat Dangkor", ("street", "sangkat", "dangkor")),
    ],
)  # fmt: skip
def test_address_abbreviations_and_place_names(address, tokens):
    assert normalize_address(address).tokens == tokens


@pytest.mark.parametrize(
    ("address", "units"),
    [
        ("Unit 1, Liantang Industrial Park", {("unit", "1")}),
        ("Unit II, Liantang Industrial Park", {("unit", "2")}),
        ("Building B, No. 5 Road", {("building", "b")}),
        ("2nd Floor, 5 Road", {("floor", "2")}),
        ("Kat 3, Bağcılar", {("floor", "3")}),
        ("Plot # 35, Sector 4", {("plot", "35")}),
        ("Lot 226/8, Amata", {("plot", "226")}),
        ("Zip Choloma, Edificio G, Choloma", {("building", "g")}),
        ("Zip Choloma, Edificio DF, Choloma", {("building", "df")}),
        ("Edificio de la Zona Franca", set()),
        ("Manzana 4, Lote 7", {("block", "4"), ("plot", "7")}),
        ("Liantang Industrial Park", set()),
        ("Plot No. D197, Sector 23", {("plot", "d197")}),  # 'No.' between marker and number
        ("U3B, Korangi", {("unit", "3b")}),  # a unit glued to its number
        ("Block3, Korangi", {("block", "3")}),
        # 'No. 13 Building' names its number first; the 252 after the comma is the zone's
        ("Zone, No. 13 Building, 252 Economic Development Zone", {("building", "13")}),
        ("Fujian, No.13 Bldg, 252 Economic Development Zone", {("building", "13")}),
        ("HuaXia Rd, No. 198, Block 3", {("block", "3")}),
        ("Block 3, No. 198, HuaXia Rd", {("block", "3")}),
    ],
)
def test_unit_markers_are_kept_as_their_own_feature(address, units):
    assert set(normalize_address(address).units) == units


def test_numbers_and_postcodes_are_separated():
    address = normalize_address("No. 43 Zhenbei Road, Fenghuang Town, 215600")
    assert address.numbers == {"43"}
    assert address.postcodes == {"215600"}


@pytest.mark.parametrize(
    ("address", "numbers", "postcodes"),
    [
        ("P.O. Box 22Amman11636", {"22"}, {"11636"}),  # glued on both sides
        ("St371Sangkat Dangkor", {"371"}, set()),
        ("XN10, Dai An Industrial Zone KM51", {"10", "51"}, set()),
        ("Calle Circunvalacion Pol. A #3Urbanizacion", {"3"}, set()),
        # plot codes keep their letters: D197 and 89A are not 197 and 89
        ("Plot D197", {"d197"}, set()),
        ("Lot 89A", {"89a"}, set()),
    ],
)
def test_numbers_glued_to_words_are_split_but_plot_codes_kept(address, numbers, postcodes):
    found = normalize_address(address)
    assert found.numbers == numbers
    assert found.postcodes == postcodes


@pytest.mark.parametrize(
    ("one", "two", "level"),
    [
        ("No. 8 Shuangbao Road", "No 8, Shuangbao West Road", "agree"),
        ("Plot 24 Sector 23", "Plot D197 Sector 23", "agree"),  # 23 has two digits
        # one shared single digit among many numbers is chance
        ("No. 33 Corporation Road, No. 14/2, 3/3", "2 MITPL Campus", "conflict"),
        ("Batu 4 Jalan Kluang", "Batu 3 1/2 Jalan Kluang", "conflict"),
        ("Jalan Kluang", "Batu 3 Jalan Kluang", "null"),
    ],
)
def test_house_numbers_agree_only_when_enough_are_shared(one, two, level):
    from chainrights.matching.compare import compare

    a, b = (normalize(Record(k, "MY", "Gimmill", text)) for k, text in (("a", one), ("b", two)))
    assert compare(a, b, FlatStats())[0]["numbers"] == level


@pytest.mark.parametrize(
    ("one", "two", "tokens"),
    [
        ("Pungkook Saigon II", "Pungkook Saigon Two Corporation", ("pungkook", "hochiminh", "2")),
        ("Pungkook Saigon ll", "PUNGKOOK SAIGON 2", ("pungkook", "hochiminh", "2")),
    ],
)
def test_a_trailing_numeral_or_number_word_reads_as_its_digit(one, two, tokens):
    a, b = normalize(Record("a", "VN", one)), normalize(Record("b", "VN", two))
    assert a.name_tokens == b.name_tokens == tokens
    assert a.name_numbers == {"2"}


def test_a_single_trailing_letter_stays_a_letter():
    assert normalize(Record("a", "US", "Textiles V")).name_tokens == ("textile", "v")
    assert normalize(Record("a", "US", "Two")).name_tokens == ("two",)  # a name, not a number


def test_unit_numbers_in_names_count_too():
    one = normalize(Record("a", "LK", "Smart Shirts Limited KAT 1", "Katunayake"))
    three = normalize(Record("b", "LK", "Smart Shirts Limited KAT 3", "Katunayake"))
    assert one.units == {("floor", "1")}
    assert three.units == {("floor", "3")}


@pytest.mark.parametrize(
    ("country", "code"), [("Turkey", "TR"), ("Viet Nam", "VN"), ("PRC", "CN"), ("Hong Kong SAR", "HK"), ("BD", "BD"), ("中国", "CN")]
)  # fmt: skip
def test_countries_go_through_the_core_alias_table(country, code):
    assert normalize(Record("x", country, "Any Name")).country == code


def test_coordinates_out_of_range_are_dropped():
    rec = normalize(Record("x", "CN", "A", lat=123.0, lng=500.0))
    assert rec.lat is None
    assert rec.lng is None


class FlatStats:
    """Every word weighs the same and is rare: the comparisons' levels without corpus noise."""

    def name_weight(self, token):
        return 1.0

    address_weight = name_weight

    def rarity(self, token, present):
        return 0.9


@pytest.mark.parametrize(
    ("name", "address", "variants"),
    [
        # two companies named for one site: either part is a reading of the name
        ("Mata Textiles S.A. / El Trazo S.A.", "", [("mata", "textile"), ("el", "trazo")]),
        # a trailing place the address repeats is a location qualifier
        ("Baijia (Fujian) Underwear Co Ltd - Huahai Village",
         "Baijia Industrial Park, Huahai Village, Jinjiang", [("baijia", "fujian", "underwear")]),
        # …but not when the address does not name it
        ("Baijia Underwear Co Ltd - Huahai Village", "Shenhu Town, Jinjiang", []),
        # …and never a suffix with a number, which tells sister units apart
        ("Manufacturing Sportwear JSC - Thai Binh Branch - MXP8", "Thai Binh MXP8", []),
        ("Jeans Knit Pvt Ltd - Unit 3", "Unit 3, Sipcot", []),
        ("Plain Garments Ltd", "Dhaka", []),
    ],
)  # fmt: skip
def test_names_have_other_readings_only_where_safe(name, address, variants):
    record = normalize(Record("x", "CN", name, address))
    assert list(record.name_variants) == variants


@pytest.mark.parametrize(
    ("lat", "lng", "coarse"),
    [(30.4333333, 117.8333333, True),  # 30°26′, 117°50′: a gazetteer's town centroid
     (23.0, 90.0, True),
     (30.43412, 117.83341, False),
     (24.608393, 118.649582, False)],
)  # fmt: skip
def test_coordinates_on_whole_arc_minutes_are_a_place_not_a_site(lat, lng, coarse):
    assert normalize(Record("x", "CN", "A", "", lat, lng)).coarse_location is coarse


@pytest.mark.parametrize(
    ("address", "coarse"),
    [("Vietnam.", True),  # geocoded from the country alone: the country's centroid
     ("Viet Nam", True),
     ("Street 06, Song Than I IP, Di An", False),
     ("", False)],  # no address: the pin came from somewhere else
)  # fmt: skip
def test_a_pin_geocoded_from_the_country_alone_is_no_site(address, coarse):
    record = normalize(Record("x", "VN", "Pungkook", address, 14.058324, 108.277199))
    assert record.coarse_location is coarse


def test_an_address_within_another_is_its_own_level():
    from chainrights.matching.compare import compare

    town = normalize(Record("a", "TH", "Thai Daizo Aerosol", "Chon Buri"))
    full = normalize(Record("b", "TH", "Thai Daizo Aerosol", "Amata Nakorn Estate, Chon Buri"))
    elsewhere = normalize(Record("c", "TH", "Thai Daizo Aerosol", "Rayong"))
    assert compare(town, full, FlatStats())[0]["address"] == "within"
    assert compare(full, town, FlatStats())[0]["address"] == "within"
    assert compare(town, elsewhere, FlatStats())[0]["address"] not in ("within", "high")
    assert compare(full, full, FlatStats())[0]["address"] == "high"


def test_a_name_reading_and_a_coarse_pin_change_the_evidence_not_the_rules():
    from chainrights.matching.compare import compare

    joint = normalize(Record("a", "GT", "Mata Textiles S.A. / El Trazo S.A.", "Km 16.5"))
    single = normalize(Record("b", "GT", "Mata Textiles S.A.", "Km 16.5"))
    levels, _ = compare(joint, single, FlatStats())
    assert levels["name"] == "exact"
    pinned = normalize(Record("c", "CN", "Solamoda", "Jiuhua Town", 30.4333333, 117.8333333))
    sited = normalize(Record("d", "CN", "Solamoda", "Jiuhua Town", 32.143203, 120.694973))
    assert compare(pinned, sited, FlatStats())[0]["distance"] == "null"
    far = normalize(Record("e", "CN", "Solamoda", "Rugao City", 32.913, 121.517))
    assert compare(far, sited, FlatStats())[0]["distance"] == "far"


def test_pins_do_not_split_the_same_name_at_the_same_written_address():
    from chainrights.matching.compare import compare

    address = "Pikou Town Industry Zone, Pulandian, Dalian, Liaoning Province"
    one = normalize(Record("a", "CN", "Dalian Tai Yang Ying Garment Co., Ltd", address,
                           39.398478, 122.338704))  # fmt: skip
    two = normalize(Record("b", "CN", "Dalian Tai Yang Ying Garment Co.,Ltd", address,
                           39.394362, 121.963285))  # fmt: skip
    assert compare(one, two, FlatStats())[0]["distance"] == "null"
    moved = normalize(Record("c", "CN", "Dalian Tai Yang Ying Garment Co.,Ltd",
                             "Jinzhou District, Dalian", 39.394362, 121.963285))  # fmt: skip
    assert compare(one, moved, FlatStats())[0]["distance"] == "far"

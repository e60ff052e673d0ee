"""Schema and fact checks for the actor knowledge base (src/eventwire/data/actors/*.json).

Fast: only the standard json module, no spaCy.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "actors"

SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "REB",
    "OPP",
    "CVL",
    "REF",
    "MED",
    "EDU",
    "BUS",
    "LAB",
    "HLH",
    "NGO",
    "IGO",
    "REL",
    "CRM",
    "SPY",
    "ELI",
    "UAF",
}
NON_STATE_CODES = {"IGO", "NGO", "IMG", "ISM"}
# Territories that have no capital city.
NO_CAPITAL = {"ATA", "BVT", "HMD", "UMI", "TKL"}


def load(name: str):
    with open(DATA / name, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, list):
        return [row for row in data if not (isinstance(row, dict) and set(row) <= {"_comment"})]
    return {k: v for k, v in data.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def countries():
    return load("countries.json")


@pytest.fixture(scope="module")
def organizations():
    return load("organizations.json")


@pytest.fixture(scope="module")
def people():
    return load("people.json")


@pytest.fixture(scope="module")
def sectors():
    return load("sectors.json")


@pytest.fixture(scope="module")
def country_codes(countries):
    return {c["code"] for c in countries}


@pytest.fixture(scope="module")
def by_code(countries):
    return {c["code"]: c for c in countries}


@pytest.fixture(scope="module")
def orgs_by_name(organizations):
    return {o["name"]: o for o in organizations}


@pytest.fixture(scope="module")
def people_by_name(people):
    return {p["name"]: p for p in people}


def strings(obj):
    """Every string value (not keys) anywhere in a JSON structure."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from strings(x)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)


def surface_forms(row, *keys):
    out = [row["name"]]
    for k in keys:
        out.extend(row[k])
    return out


def holders(people, code, role, on):
    on = on.isoformat()
    return sorted(
        p["name"]
        for p in people
        if code is None or p["country"] == code
        for r in p["roles"]
        if r["role"] == role and r["start"] <= on and (r["end"] is None or on < r["end"])
    )


# ---------------------------------------------------------------- all files


@pytest.mark.parametrize("name", ["countries.json", "organizations.json", "people.json", "sectors.json"])
def test_strings_are_clean(name):
    data = load(name)
    for s in strings(data):
        assert s == s.strip(), f"{name}: leading/trailing whitespace in {s!r}"
        assert s, f"{name}: empty string"
        assert "  " not in s, f"{name}: double space in {s!r}"
        assert not s.startswith(("/", "~")), f"{name}: a local path in {s!r}"


# ---------------------------------------------------------------- countries


def test_country_schema(countries):
    assert 245 <= len(countries) <= 260
    for c in countries:
        assert set(c) == {"code", "name", "aliases", "demonyms", "capital", "seats"}, c.get("code")
        assert re.fullmatch(r"[A-Z]{3}", c["code"]), c["code"]
        assert isinstance(c["name"], str) and c["name"]
        assert isinstance(c["aliases"], list) and isinstance(c["demonyms"], list)
        if c["code"] in NO_CAPITAL:
            assert c["capital"] is None
        else:
            cap = c["capital"]
            assert set(cap) == {"name", "lat", "lon"}, c["code"]
            assert -90 <= cap["lat"] <= 90 and -180 <= cap["lon"] <= 180, c["code"]
        for seat in c["seats"]:
            assert set(seat) == {"text", "sector"}
            assert seat["sector"] in SECTORS


def test_country_codes_unique_and_complete(countries, country_codes):
    counts = Counter(c["code"] for c in countries)
    assert not [k for k, v in counts.items() if v > 1]
    # A spread of ISO 3166-1 codes, plus Kosovo's user-assigned code.
    for code in [
        "AFG",
        "ALA",
        "ATA",
        "BES",
        "CIV",
        "COD",
        "COG",
        "CUW",
        "GBR",
        "HKG",
        "MAC",
        "PRK",
        "KOR",
        "PSE",
        "SSD",
        "SXM",
        "TLS",
        "TWN",
        "USA",
        "VAT",
        "XKX",
        "ZWE",
    ]:
        assert code in country_codes, code
    for gone in ["ANT", "SCG", "YUG", "ZAR", "TMP"]:
        assert gone not in country_codes, gone


def test_country_surface_forms_unambiguous(countries):
    owner = defaultdict(set)
    for c in countries:
        for form in surface_forms(c, "aliases", "demonyms"):
            owner[form].add(c["code"])
        for seat in c["seats"]:
            owner[seat["text"]].add(c["code"])
    clashes = {f: sorted(o) for f, o in owner.items() if len(o) > 1}
    assert not clashes


def test_country_facts(by_code):
    def forms(code):
        c = by_code[code]
        return set(surface_forms(c, "aliases", "demonyms"))

    assert by_code["RUS"]["name"] == "Russia"
    assert by_code["PRK"]["name"] == "North Korea" and by_code["KOR"]["name"] == "South Korea"
    assert by_code["USA"]["name"] == "United States" and by_code["GBR"]["name"] == "United Kingdom"
    assert by_code["CIV"]["name"] == "Ivory Coast"
    assert {"DPRK", "North Korean", "North Koreans"} <= forms("PRK")
    assert {"Republic of Korea", "South Korean"} <= forms("KOR")
    assert {"U.S.", "US", "USA", "America", "American", "Americans"} <= forms("USA")
    assert {"Britain", "Great Britain", "UK", "U.K.", "British", "Briton", "Britons"} <= forms("GBR")
    assert {"Burma", "Burmese"} <= forms("MMR")
    assert {"Holland", "Dutch"} <= forms("NLD")
    assert {"Gaza", "West Bank", "Palestinian", "Palestinians"} <= forms("PSE")
    assert {"Filipino", "Filipinos"} <= forms("PHL")
    assert {"Czechia", "Czech"} <= forms("CZE")
    assert "Kosovo" in forms("XKX") and "Taiwan" in forms("TWN") and "Hong Kong" in forms("HKG")
    assert "Georgian" in forms("GEO")
    # Names that belong to no country or to a different one.
    assert "Korean" not in forms("KOR") and "Korean" not in forms("PRK")
    assert "Nigerian" in forms("NGA") and "Nigerien" in forms("NER") and "Nigerian" not in forms("NER")
    assert by_code["KOR"]["capital"]["name"] == "Seoul"
    assert by_code["PRK"]["capital"]["name"] == "Pyongyang"
    assert by_code["USA"]["capital"]["name"] == "Washington"
    moscow = by_code["RUS"]["capital"]
    assert (
        moscow["name"] == "Moscow" and abs(moscow["lat"] - 55.75) < 0.2 and abs(moscow["lon"] - 37.62) < 0.2
    )
    brasilia = by_code["BRA"]["capital"]
    assert abs(brasilia["lat"] + 15.8) < 0.3 and abs(brasilia["lon"] + 47.9) < 0.3


def test_seats(by_code):
    def seat(code, text):
        return {s["text"]: s["sector"] for s in by_code[code]["seats"]}.get(text)

    assert seat("RUS", "Kremlin") == "GOV"
    assert seat("USA", "White House") == "GOV"
    assert seat("USA", "Pentagon") == "MIL"
    assert seat("USA", "State Department") == "GOV"
    assert seat("USA", "Capitol Hill") == "LEG"
    assert seat("GBR", "Downing Street") == "GOV"
    assert seat("GBR", "Westminster") == "LEG"
    assert seat("FRA", "Elysee") == "GOV" and seat("FRA", "Élysée") == "GOV"
    assert seat("KOR", "Blue House") == "GOV"
    assert seat("CHN", "Zhongnanhai") == "GOV"
    assert seat("ISR", "Knesset") == "LEG"
    assert seat("JPN", "Kasumigaseki") == "GOV"
    assert seat("USA", "Kremlin") is None


# ---------------------------------------------------------------- organizations


def test_organization_schema(organizations, country_codes):
    assert len(organizations) >= 300
    for o in organizations:
        assert set(o) == {"name", "aliases", "country", "sector", "kind"}, o.get("name")
        assert o["country"] in country_codes | NON_STATE_CODES, o["name"]
        assert o["sector"] is None or o["sector"] in SECTORS, o["name"]
        assert o["kind"] in {"organization", "group"}, o["name"]
        assert isinstance(o["aliases"], list)
        assert o["name"] not in o["aliases"]


def test_organization_names_unique(organizations):
    owner = defaultdict(set)
    for o in organizations:
        for form in surface_forms(o, "aliases"):
            owner[form].add(o["name"])
    clashes = {f: sorted(n) for f, n in owner.items() if len(n) > 1}
    assert not clashes
    counts = Counter(o["name"] for o in organizations)
    assert not [k for k, v in counts.items() if v > 1]


def test_organizations_do_not_shadow_countries(organizations, countries):
    country_forms = {f for c in countries for f in surface_forms(c, "aliases", "demonyms")}
    shadowed = [f for o in organizations for f in surface_forms(o, "aliases") if f in country_forms]
    assert not shadowed


def test_organization_facts(orgs_by_name, organizations):
    alias_to = {f: o for o in organizations for f in surface_forms(o, "aliases")}

    def org(form):
        return alias_to[form]

    assert org("U.N.")["country"] == "IGO" and org("UN")["name"] == "United Nations"
    assert org("Security Council")["country"] == "IGO"
    assert org("NATO")["country"] == "IGO"
    assert org("EU")["name"] == "European Union"
    for form in ["ISIL", "Isis", "Daesh", "Islamic State"]:
        assert org(form)["name"] == "Islamic State"
    assert org("Islamic State")["country"] == "IMG" and org("al-Qaeda")["country"] == "IMG"
    assert org("Hamas")["country"] == "PSE"
    assert org("Hezbollah")["country"] == "LBN"
    assert org("Taliban")["country"] == "AFG" and org("Taliban")["sector"] == "REB"
    assert org("Houthis")["country"] == "YEM" and org("Houthis")["sector"] == "REB"
    assert org("SDF")["country"] == "SYR" and org("SDF")["sector"] == "REB"
    assert org("PKK")["country"] == "TUR" and org("PKK")["sector"] == "REB"
    assert org("Peshmerga")["country"] == "IRQ" and org("Peshmerga")["sector"] == "MIL"
    assert org("Palestinian Authority")["sector"] == "GOV"
    assert (org("IRGC")["country"], org("IRGC")["sector"]) == ("IRN", "MIL")
    assert (org("Revolutionary Guards")["country"], org("Revolutionary Guards")["sector"]) == ("IRN", "MIL")
    assert (org("CIA")["country"], org("CIA")["sector"]) == ("USA", "SPY")
    assert (org("FBI")["country"], org("FBI")["sector"]) == ("USA", "COP")
    assert (org("Mossad")["country"], org("Mossad")["sector"]) == ("ISR", "SPY")
    assert (org("FSB")["country"], org("FSB")["sector"]) == ("RUS", "SPY")
    assert (org("State Duma")["country"], org("State Duma")["sector"]) == ("RUS", "LEG")
    assert (org("Bundestag")["country"], org("Bundestag")["sector"]) == ("DEU", "LEG")
    assert (org("Congress")["country"], org("Congress")["sector"]) == ("USA", "LEG")
    for form, code in [
        ("Reuters", "GBR"),
        ("AP", "USA"),
        ("AFP", "FRA"),
        ("Xinhua", "CHN"),
        ("KCNA", "PRK"),
        ("Yonhap", "KOR"),
        ("Kyodo", "JPN"),
        ("TASS", "RUS"),
        ("Al Jazeera", "QAT"),
        ("BBC", "GBR"),
        ("IRNA", "IRN"),
        ("SANA", "SYR"),
        ("Anadolu", "TUR"),
        ("Haaretz", "ISR"),
        ("Nikkei", "JPN"),
    ]:
        assert org(form)["country"] == code, form
        assert org(form)["sector"] == "MED", form
    assert org("Amnesty International")["country"] == "NGO"
    assert org("Doctors Without Borders")["name"] == "Medecins Sans Frontieres"
    assert org("ICRC")["name"] == "International Committee of the Red Cross"
    assert orgs_by_name["International Criminal Court"]["sector"] == "JUD"


# ---------------------------------------------------------------- people


def test_people_schema(people, country_codes):
    assert len(people) >= 800
    for p in people:
        assert set(p) == {"name", "aliases", "country", "sector", "roles"}, p.get("name")
        assert p["country"] in country_codes | NON_STATE_CODES, p["name"]
        assert p["sector"] in SECTORS, p["name"]
        assert isinstance(p["aliases"], list) and p["name"] not in p["aliases"]
        assert p["roles"], p["name"]
        for r in p["roles"]:
            assert set(r) == {"role", "start", "end"}, p["name"]
            start = date.fromisoformat(r["start"])
            assert len(r["start"]) == 10
            if r["end"] is not None:
                assert len(r["end"]) == 10
                assert start <= date.fromisoformat(r["end"]), (p["name"], r)
            assert date(1940, 1, 1) <= start <= date(2026, 12, 31), (p["name"], r)


def test_people_names_unique(people):
    counts = Counter(p["name"] for p in people)
    assert not [k for k, v in counts.items() if v > 1]
    names = set(counts)
    # An alias may be shared by two people (told apart by dates), never be someone else's full name.
    stolen = [(a, p["name"]) for p in people for a in p["aliases"] if a in names]
    assert not stolen


def test_people_do_not_shadow_countries_or_organizations(people, countries, organizations):
    forms = {f for c in countries for f in surface_forms(c, "aliases", "demonyms")}
    forms |= {f for o in organizations for f in surface_forms(o, "aliases")}
    assert not [f for p in people for f in surface_forms(p, "aliases") if f in forms]


def test_head_offices_do_not_overlap(people):
    """Two people never hold the same single-seat office in one country at the same time."""
    single_seat = {
        "President",
        "Prime Minister",
        "Chancellor",
        "King",
        "Queen",
        "Emir",
        "Supreme Leader",
        "Premier",
        "Foreign Minister",
        "Secretary of State",
        "Secretary of Defense",
        "Foreign Secretary",
        "Defence Secretary",
        "External Affairs Minister",
        "Taoiseach",
    }
    disputed = {("CIV", "President"), ("MDG", "President"), ("KGZ", "President"), ("BGD", "President")}
    spans = defaultdict(list)
    for p in people:
        for r in p["roles"]:
            if r["role"] in single_seat:
                spans[(p["country"], r["role"])].append((r["start"], r["end"] or "9999-12-31", p["name"]))
    problems = []
    for key, rows in spans.items():
        if key in disputed:
            continue
        rows.sort()
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                if a[2] == b[2] or b[0] >= a[1]:
                    continue
                overlap = (date.fromisoformat(min(a[1], b[1])) - date.fromisoformat(b[0])).days
                if overlap > 10:
                    problems.append((key, a, b))
    assert not problems


def test_people_facts(people, people_by_name):
    xi = people_by_name["Xi Jinping"]
    assert xi["country"] == "CHN" and "Xi" in xi["aliases"]
    assert any(
        r["role"] == "President" and r["start"] == "2013-03-14" and r["end"] is None for r in xi["roles"]
    )
    kim = people_by_name["Kim Jong Un"]
    assert kim["country"] == "PRK" and "Kim Jong-un" in kim["aliases"]
    assert people_by_name["Kim Jong Il"]["country"] == "PRK"
    assert people_by_name["Kim Il Sung"]["country"] == "PRK"
    assert (
        people_by_name["Vladimir Putin"]["country"] == "RUS"
        and "Putin" in people_by_name["Vladimir Putin"]["aliases"]
    )
    assert "Erdogan" in people_by_name["Recep Tayyip Erdoğan"]["aliases"]
    assert "Netanyahu" in people_by_name["Benjamin Netanyahu"]["aliases"]
    assert people_by_name["Yasser Arafat"]["country"] == "PSE"
    assert (
        people_by_name["Abu Bakr al-Baghdadi"]["country"],
        people_by_name["Abu Bakr al-Baghdadi"]["sector"],
    ) == ("IMG", "REB")
    assert people_by_name["Osama bin Laden"]["country"] == "IMG"
    assert people_by_name["Hassan Nasrallah"]["country"] == "LBN"
    assert people_by_name["Aung San Suu Kyi"]["country"] == "MMR"
    assert people_by_name["Alexei Navalny"]["sector"] == "OPP"
    assert people_by_name["António Guterres"]["country"] == "IGO"
    trump = [r for r in people_by_name["Donald Trump"]["roles"] if r["role"] == "President"]
    assert len(trump) == 2 and trump[1]["end"] is None

    assert holders(people, "USA", "President", date(2010, 6, 1)) == ["Barack Obama"]
    assert holders(people, "USA", "President", date(1995, 6, 1)) == ["Bill Clinton"]
    assert holders(people, "USA", "Secretary of State", date(1998, 6, 1)) == ["Madeleine Albright"]
    assert holders(people, "GBR", "Prime Minister", date(2000, 6, 1)) == ["Tony Blair"]
    assert holders(people, "DEU", "Chancellor", date(2010, 6, 1)) == ["Angela Merkel"]
    assert holders(people, "RUS", "President", date(2010, 6, 1)) == ["Dmitry Medvedev"]
    assert holders(people, "RUS", "Foreign Minister", date(2015, 6, 1)) == ["Sergei Lavrov"]
    assert holders(people, "JPN", "Prime Minister", date(1997, 6, 1)) == ["Ryutaro Hashimoto"]
    assert holders(people, "KOR", "President", date(2000, 6, 1)) == ["Kim Dae-jung"]
    assert holders(people, "ZAF", "President", date(1996, 6, 1)) == ["Nelson Mandela"]
    assert holders(people, "ZWE", "President", date(2005, 6, 1)) == ["Robert Mugabe"]
    assert holders(people, "IGO", "Secretary-General of the United Nations", date(2000, 6, 1)) == [
        "Kofi Annan"
    ]
    assert holders(people, None, "Secretary General of NATO", date(2018, 6, 1)) == ["Jens Stoltenberg"]
    assert holders(people, None, "Secretary General of NATO", date(2026, 1, 1)) == ["Mark Rutte"]


# ---------------------------------------------------------------- sectors


def test_sector_words(sectors):
    assert set(sectors) == SECTORS
    seen = {}
    for code, words in sectors.items():
        assert isinstance(words, list) and words, code
        for w in words:
            assert w == w.lower(), (code, w)
            assert w not in seen, f"{w!r} is in both {seen.get(w)} and {code}"
            seen[w] = code
    expected = {
        "government": "GOV",
        "ministry": "GOV",
        "foreign ministry": "GOV",
        "spokesman": "GOV",
        "officials": "GOV",
        "troops": "MIL",
        "soldier": "MIL",
        "soldiers": "MIL",
        "army": "MIL",
        "warplanes": "MIL",
        "police": "COP",
        "riot police": "COP",
        "security forces": "COP",
        "court": "JUD",
        "judge": "JUD",
        "prosecutors": "JUD",
        "parliament": "LEG",
        "lawmakers": "LEG",
        "senator": "LEG",
        "party": "PTY",
        "rebels": "REB",
        "insurgents": "REB",
        "militants": "REB",
        "opposition": "OPP",
        "dissidents": "OPP",
        "civilians": "CVL",
        "protesters": "CVL",
        "villagers": "CVL",
        "refugees": "REF",
        "asylum seekers": "REF",
        "journalist": "MED",
        "newspaper": "MED",
        "news agency": "MED",
        "professor": "EDU",
        "university": "EDU",
        "analysts": "EDU",
        "students": "EDU",
        "company": "BUS",
        "union": "LAB",
        "workers": "LAB",
        "doctors": "HLH",
        "hospital": "HLH",
        "aid workers": "NGO",
        "cleric": "REL",
        "bishop": "REL",
        "smugglers": "CRM",
        "pirates": "CRM",
        "intelligence": "SPY",
        "spy agency": "SPY",
    }
    for word, code in expected.items():
        assert seen.get(word) == code, word


def test_security_and_finance_office_facts(people, people_by_name):
    """Second-tier offices: interior, defence, finance, opposition leaders, commanders."""
    assert holders(people, "GBR", "Home Secretary", date(2012, 6, 1)) == ["Theresa May"]
    assert holders(people, "GBR", "Chancellor of the Exchequer", date(2012, 6, 1)) == ["George Osborne"]
    assert holders(people, "GBR", "Leader of the Opposition", date(2017, 6, 1)) == ["Jeremy Corbyn"]
    assert holders(people, "USA", "Secretary of Homeland Security", date(2010, 6, 1)) == ["Janet Napolitano"]
    assert holders(people, "USA", "Secretary of the Treasury", date(2010, 6, 1)) == ["Timothy Geithner"]
    assert holders(people, "USA", "Commander of US Central Command", date(2004, 6, 1)) == ["John Abizaid"]
    assert holders(people, "DEU", "Interior Minister", date(2019, 6, 1)) == ["Horst Seehofer"]
    assert holders(people, "FRA", "Interior Minister", date(2003, 6, 1)) == ["Nicolas Sarkozy"]
    assert holders(people, "IND", "Home Minister", date(2010, 6, 1)) == ["P. Chidambaram"]
    assert holders(people, "UKR", "Defence Minister", date(2020, 6, 1)) == ["Andriy Taran"]
    assert holders(people, "PAK", "Leader of Tehrik-i-Taliban Pakistan", date(2015, 6, 1)) == [
        "Mullah Fazlullah"
    ]
    assert (people_by_name["Cemil Bayık"]["country"], people_by_name["Cemil Bayık"]["sector"]) == (
        "TUR",
        "REB",
    )
    assert people_by_name["Shahab al-Muhajir"]["country"] == "IMG"

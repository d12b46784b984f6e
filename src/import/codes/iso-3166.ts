/**
 * The states of ISO 3166-1: each alpha-3 code with its English short name, common name and
 * official name, one state a line, tab-separated.
 *
 * Source: the Debian iso-codes package 4.15.0 (Salsa, https://salsa.debian.org/iso-codes-team/iso-codes),
 * data/iso_3166-1.json, which follows the ISO 3166 Maintenance Agency's list; LGPL-2.1-or-later.
 * Copied from that file, with no change but the layout.
 */
export const ISO_3166_1 = `ABW	Aruba
AFG	Afghanistan	Islamic Republic of Afghanistan
AGO	Angola	Republic of Angola
AIA	Anguilla
ALA	Åland Islands
ALB	Albania	Republic of Albania
AND	Andorra	Principality of Andorra
ARE	United Arab Emirates
ARG	Argentina	Argentine Republic
ARM	Armenia	Republic of Armenia
ASM	American Samoa
ATA	Antarctica
ATF	French Southern Territories
ATG	Antigua and Barbuda
AUS	Australia
AUT	Austria	Republic of Austria
AZE	Azerbaijan	Republic of Azerbaijan
BDI	Burundi	Republic of Burundi
BEL	Belgium	Kingdom of Belgium
BEN	Benin	Republic of Benin
BES	Bonaire, Sint Eustatius and Saba
BFA	Burkina Faso
BGD	Bangladesh	People's Republic of Bangladesh
BGR	Bulgaria	Republic of Bulgaria
BHR	Bahrain	Kingdom of Bahrain
BHS	Bahamas	Commonwealth of the Bahamas
BIH	Bosnia and Herzegovina	Republic of Bosnia and Herzegovina
BLM	Saint Barthélemy
BLR	Belarus	Republic of Belarus
BLZ	Belize
BMU	Bermuda
BOL	Bolivia, Plurinational State of	Bolivia	Plurinational State of Bolivia
BRA	Brazil	Federative Republic of Brazil
BRB	Barbados
BRN	Brunei Darussalam
BTN	Bhutan	Kingdom of Bhutan
BVT	Bouvet Island
BWA	Botswana	Republic of Botswana
CAF	Central African Republic
CAN	Canada
CCK	Cocos (Keeling) Islands
CHE	Switzerland	Swiss Confederation
CHL	Chile	Republic of Chile
CHN	China	People's Republic of China
CIV	Côte d'Ivoire	Republic of Côte d'Ivoire
CMR	Cameroon	Republic of Cameroon
COD	Congo, The Democratic Republic of the
COG	Congo	Republic of the Congo
COK	Cook Islands
COL	Colombia	Republic of Colombia
COM	Comoros	Union of the Comoros
CPV	Cabo Verde	Republic of Cabo Verde
CRI	Costa Rica	Republic of Costa Rica
CUB	Cuba	Republic of Cuba
CUW	Curaçao
CXR	Christmas Island
CYM	Cayman Islands
CYP	Cyprus	Republic of Cyprus
CZE	Czechia	Czech Republic
DEU	Germany	Federal Republic of Germany
DJI	Djibouti	Republic of Djibouti
DMA	Dominica	Commonwealth of Dominica
DNK	Denmark	Kingdom of Denmark
DOM	Dominican Republic
DZA	Algeria	People's Democratic Republic of Algeria
ECU	Ecuador	Republic of Ecuador
EGY	Egypt	Arab Republic of Egypt
ERI	Eritrea	the State of Eritrea
ESH	Western Sahara
ESP	Spain	Kingdom of Spain
EST	Estonia	Republic of Estonia
ETH	Ethiopia	Federal Democratic Republic of Ethiopia
FIN	Finland	Republic of Finland
FJI	Fiji	Republic of Fiji
FLK	Falkland Islands (Malvinas)
FRA	France	French Republic
FRO	Faroe Islands
FSM	Micronesia, Federated States of	Federated States of Micronesia
GAB	Gabon	Gabonese Republic
GBR	United Kingdom	United Kingdom of Great Britain and Northern Ireland
GEO	Georgia
GGY	Guernsey
GHA	Ghana	Republic of Ghana
GIB	Gibraltar
GIN	Guinea	Republic of Guinea
GLP	Guadeloupe
GMB	Gambia	Republic of the Gambia
GNB	Guinea-Bissau	Republic of Guinea-Bissau
GNQ	Equatorial Guinea	Republic of Equatorial Guinea
GRC	Greece	Hellenic Republic
GRD	Grenada
GRL	Greenland
GTM	Guatemala	Republic of Guatemala
GUF	French Guiana
GUM	Guam
GUY	Guyana	Republic of Guyana
HKG	Hong Kong	Hong Kong Special Administrative Region of China
HMD	Heard Island and McDonald Islands
HND	Honduras	Republic of Honduras
HRV	Croatia	Republic of Croatia
HTI	Haiti	Republic of Haiti
HUN	Hungary
IDN	Indonesia	Republic of Indonesia
IMN	Isle of Man
IND	India	Republic of India
IOT	British Indian Ocean Territory
IRL	Ireland
IRN	Iran, Islamic Republic of	Iran	Islamic Republic of Iran
IRQ	Iraq	Republic of Iraq
ISL	Iceland	Republic of Iceland
ISR	Israel	State of Israel
ITA	Italy	Italian Republic
JAM	Jamaica
JEY	Jersey
JOR	Jordan	Hashemite Kingdom of Jordan
JPN	Japan
KAZ	Kazakhstan	Republic of Kazakhstan
KEN	Kenya	Republic of Kenya
KGZ	Kyrgyzstan	Kyrgyz Republic
KHM	Cambodia	Kingdom of Cambodia
KIR	Kiribati	Republic of Kiribati
KNA	Saint Kitts and Nevis
KOR	Korea, Republic of	South Korea
KWT	Kuwait	State of Kuwait
LAO	Lao People's Democratic Republic	Laos
LBN	Lebanon	Lebanese Republic
LBR	Liberia	Republic of Liberia
LBY	Libya
LCA	Saint Lucia
LIE	Liechtenstein	Principality of Liechtenstein
LKA	Sri Lanka	Democratic Socialist Republic of Sri Lanka
LSO	Lesotho	Kingdom of Lesotho
LTU	Lithuania	Republic of Lithuania
LUX	Luxembourg	Grand Duchy of Luxembourg
LVA	Latvia	Republic of Latvia
MAC	Macao	Macao Special Administrative Region of China
MAF	Saint Martin (French part)
MAR	Morocco	Kingdom of Morocco
MCO	Monaco	Principality of Monaco
MDA	Moldova, Republic of	Moldova	Republic of Moldova
MDG	Madagascar	Republic of Madagascar
MDV	Maldives	Republic of Maldives
MEX	Mexico	United Mexican States
MHL	Marshall Islands	Republic of the Marshall Islands
MKD	North Macedonia	Republic of North Macedonia
MLI	Mali	Republic of Mali
MLT	Malta	Republic of Malta
MMR	Myanmar	Republic of Myanmar
MNE	Montenegro
MNG	Mongolia
MNP	Northern Mariana Islands	Commonwealth of the Northern Mariana Islands
MOZ	Mozambique	Republic of Mozambique
MRT	Mauritania	Islamic Republic of Mauritania
MSR	Montserrat
MTQ	Martinique
MUS	Mauritius	Republic of Mauritius
MWI	Malawi	Republic of Malawi
MYS	Malaysia
MYT	Mayotte
NAM	Namibia	Republic of Namibia
NCL	New Caledonia
NER	Niger	Republic of the Niger
NFK	Norfolk Island
NGA	Nigeria	Federal Republic of Nigeria
NIC	Nicaragua	Republic of Nicaragua
NIU	Niue
NLD	Netherlands	Kingdom of the Netherlands
NOR	Norway	Kingdom of Norway
NPL	Nepal	Federal Democratic Republic of Nepal
NRU	Nauru	Republic of Nauru
NZL	New Zealand
OMN	Oman	Sultanate of Oman
PAK	Pakistan	Islamic Republic of Pakistan
PAN	Panama	Republic of Panama
PCN	Pitcairn
PER	Peru	Republic of Peru
PHL	Philippines	Republic of the Philippines
PLW	Palau	Republic of Palau
PNG	Papua New Guinea	Independent State of Papua New Guinea
POL	Poland	Republic of Poland
PRI	Puerto Rico
PRK	Korea, Democratic People's Republic of	North Korea	Democratic People's Republic of Korea
PRT	Portugal	Portuguese Republic
PRY	Paraguay	Republic of Paraguay
PSE	Palestine, State of	the State of Palestine
PYF	French Polynesia
QAT	Qatar	State of Qatar
REU	Réunion
ROU	Romania
RUS	Russian Federation
RWA	Rwanda	Rwandese Republic
SAU	Saudi Arabia	Kingdom of Saudi Arabia
SDN	Sudan	Republic of the Sudan
SEN	Senegal	Republic of Senegal
SGP	Singapore	Republic of Singapore
SGS	South Georgia and the South Sandwich Islands
SHN	Saint Helena, Ascension and Tristan da Cunha
SJM	Svalbard and Jan Mayen
SLB	Solomon Islands
SLE	Sierra Leone	Republic of Sierra Leone
SLV	El Salvador	Republic of El Salvador
SMR	San Marino	Republic of San Marino
SOM	Somalia	Federal Republic of Somalia
SPM	Saint Pierre and Miquelon
SRB	Serbia	Republic of Serbia
SSD	South Sudan	Republic of South Sudan
STP	Sao Tome and Principe	Democratic Republic of Sao Tome and Principe
SUR	Suriname	Republic of Suriname
SVK	Slovakia	Slovak Republic
SVN	Slovenia	Republic of Slovenia
SWE	Sweden	Kingdom of Sweden
SWZ	Eswatini	Kingdom of Eswatini
SXM	Sint Maarten (Dutch part)
SYC	Seychelles	Republic of Seychelles
SYR	Syrian Arab Republic	Syria
TCA	Turks and Caicos Islands
TCD	Chad	Republic of Chad
TGO	Togo	Togolese Republic
THA	Thailand	Kingdom of Thailand
TJK	Tajikistan	Republic of Tajikistan
TKL	Tokelau
TKM	Turkmenistan
TLS	Timor-Leste	Democratic Republic of Timor-Leste
TON	Tonga	Kingdom of Tonga
TTO	Trinidad and Tobago	Republic of Trinidad and Tobago
TUN	Tunisia	Republic of Tunisia
TUR	Türkiye	Republic of Türkiye
TUV	Tuvalu
TWN	Taiwan, Province of China	Taiwan
TZA	Tanzania, United Republic of	Tanzania	United Republic of Tanzania
UGA	Uganda	Republic of Uganda
UKR	Ukraine
UMI	United States Minor Outlying Islands
URY	Uruguay	Eastern Republic of Uruguay
USA	United States	United States of America
UZB	Uzbekistan	Republic of Uzbekistan
VAT	Holy See (Vatican City State)
VCT	Saint Vincent and the Grenadines
VEN	Venezuela, Bolivarian Republic of	Venezuela	Bolivarian Republic of Venezuela
VGB	Virgin Islands, British	British Virgin Islands
VIR	Virgin Islands, U.S.	Virgin Islands of the United States
VNM	Viet Nam	Vietnam	Socialist Republic of Viet Nam
VUT	Vanuatu	Republic of Vanuatu
WLF	Wallis and Futuna
WSM	Samoa	Independent State of Samoa
YEM	Yemen	Republic of Yemen
ZAF	South Africa	Republic of South Africa
ZMB	Zambia	Republic of Zambia
ZWE	Zimbabwe	Republic of Zimbabwe`

/**
 * How the actors event datasets name map to entente actor ids: CAMEO country codes where they
 * differ from ISO 3166-1, CAMEO codes of international organisations, and names of states and
 * organisations as ICEWS and POLECAT write them where ISO 3166 has another name. One mapping a
 * line, tab-separated. Names and codes not found here are "unknown actors": the importer
 * declares them, skips their rows or stops, as its `unknownActors` option says.
 */

/**
 * CAMEO country codes that are not ISO 3166-1 alpha-3 codes of today: code, entente id, name.
 *
 * Source: the CAMEO actor codebook (Schrodt, CAMEO v1.1b3, 2012, chapter 3 and appendix of
 * country codes, http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf), which keeps
 * some ISO codes ISO has since withdrawn; ISO 3166-3 (Debian iso-codes 4.15.0,
 * data/iso_3166-3.json) gives their successors. A withdrawn code whose state split or ended
 * (USSR, Yugoslavia, Czechoslovakia, East Germany, Serbia and Montenegro) stays an actor of its
 * own: the rows speak of that state, not of any one successor. CAMEO's code for the USSR is USR,
 * not ISO's SUN; Kosovo has no ISO code, and keeps CAMEO's KSV.
 */
export const CAMEO_COUNTRY_CODES = `ROM	ROU	Romania
TMP	TLS	Timor-Leste
ZAR	COD	Democratic Republic of the Congo
BUR	MMR	Myanmar
USR	SUN	Union of Soviet Socialist Republics
SUN	SUN	Union of Soviet Socialist Republics
YUG	YUG	Yugoslavia
CSK	CSK	Czechoslovakia
DDR	DDR	German Democratic Republic
SCG	SCG	Serbia and Montenegro
KSV	KSV	Kosovo`

/**
 * International organisations: entente id, name, then the CAMEO codes that stand for them
 * (known-group codes and full IGO actor codes), comma-separated.
 *
 * Source: the CAMEO actor codebook v1.1b3 (as above), its list of international governmental
 * organisations (`IGO` followed by a region and the group code: `IGOWSTNAT` is NATO, `IGOEUREEC`
 * the European Union, `IGOUNO` the United Nations), and GDELT's lookup CAMEO.knowngroup.txt
 * (http://data.gdeltproject.org/documentation/CAMEO.knowngroup.txt), which lists the same group
 * codes. The codes of the last six lines (FAO to SAARC) were checked against the CAMEO actor
 * dictionary's list of codes and names as the ICBe replication materials print it (Douglass et
 * al., "Introducing the ICBe Dataset", 2022): `IGOUNOAGRFAO` the Food and Agriculture
 * Organization, `IGOUNOLABILO` the International Labor Organization, `IGOUNOKID` UNICEF,
 * `IGOWAFWAS` ECOWAS, `IGOAFROAU` the Organization of African Unity, `IGOSASSAA` the South Asian
 * Association; the same list confirms the codes above (`IGOAFRAFU`, `IGOMEAARL`, `IGOSEAASN`,
 * `IGOBUSIMF`, `IGOBUSOPC`, `IGOBUSWTO`, `IGOUNODEVWBK`, `IGOUNOIAE`, ...). The Organization of
 * African Unity, which the African Union replaced in 2002, stays an actor of its own, as the
 * rows that name it speak of it. The Security Council has no CAMEO code of its own (CAMEO codes it as the UN); its
 * line names it for ICEWS and PLOVER rows. The entente ids of NATO, the EU and the UN Security Council are those of the fixtures.
 */
export const CAMEO_ORGANISATIONS = `NATO	North Atlantic Treaty Organization	NAT,IGOWSTNAT
EU	European Union	EEC,IGOEUREEC
UN	United Nations	UNO,IGOUNO
UNSC	United Nations Security Council	
AU	African Union	AFU,IGOAFRAFU
ASEAN	Association of Southeast Asian Nations	ASN,IGOSEAASN
LAS	League of Arab States	ARL,IGOMEAARL
OAS	Organization of American States	IGOOAS
IMF	International Monetary Fund	IMF,IGOBUSIMF
WB	World Bank	WBK,IGOUNODEVWBK
WTO	World Trade Organization	WTO,IGOBUSWTO
IAEA	International Atomic Energy Agency	IAE,IGOUNOIAE
G7	Group of Seven	GOS,IGOBUSGOS
G8	Group of Eight	GOE,IGOBUSGOE
OPEC	Organization of the Petroleum Exporting Countries	OPC,IGOBUSOPC
CIS	Commonwealth of Independent States	IGOCASCIS
COE	Council of Europe	IGOEURCOE
OIC	Organisation of Islamic Cooperation	IGOMOSOIC
GCC	Gulf Cooperation Council	IGOPGSGCC
OSCE	Organization for Security and Co-operation in Europe	IGOEURSCE
ICC	International Criminal Court	IGOJUDICC
ICJ	International Court of Justice	IGOUNOJUDICJ
WHO	World Health Organization	IGOUNOHLHWHO
UNHCR	United Nations High Commissioner for Refugees	IGOUNOREFHCR
WFP	World Food Programme	IGOUNOWFP
FAO	Food and Agriculture Organization of the United Nations	IGOUNOAGRFAO
ILO	International Labour Organization	ILO,IGOUNOLABILO
UNICEF	United Nations Children's Fund	KID,IGOUNOKID
ECOWAS	Economic Community of West African States	WAS,IGOWAFWAS
OAU	Organization of African Unity	OAU,IGOAFROAU
SAARC	South Asian Association for Regional Cooperation	SAA,IGOSASSAA`

/**
 * Names of states and organisations as event datasets write them, where ISO 3166-1 has
 * another name (its short, common and official names are matched already): name, entente id.
 *
 * Source: the country and organisation names of the ICEWS coded event data (Boschee et al.,
 * "ICEWS Coded Event Data", Harvard Dataverse, doi:10.7910/DVN/28075), which writes common
 * English names ("South Korea", "Occupied Palestinian Territory") and older names ("Czech
 * Republic", "Swaziland", "Macedonia"), and spells organisations out.
 */
export const DATASET_NAMES = `Occupied Palestinian Territory	PSE
Palestinian Territory, Occupied	PSE
Palestine	PSE
Democratic Republic of Congo	COD
Democratic Republic of the Congo	COD
Congo, Democratic Republic of the	COD
Republic of Congo	COG
Congo, Republic of	COG
Cote d'Ivoire	CIV
Ivory Coast	CIV
Czech Republic	CZE
Macedonia	MKD
Swaziland	SWZ
Cape Verde	CPV
Brunei	BRN
Burma	MMR
East Timor	TLS
Vatican City	VAT
Holy See	VAT
Micronesia	FSM
Turkey	TUR
Russia	RUS
Kosovo	KSV
Serbia and Montenegro	SCG
Yugoslavia	YUG
Soviet Union	SUN
United States of America	USA
UK	GBR
Great Britain	GBR
NATO	NATO
North Atlantic Treaty Organization	NATO
North Atlantic Treaty Organisation	NATO
European Union	EU
United Nations	UN
United Nations Security Council	UNSC
UN Security Council	UNSC
African Union	AU
Association of Southeast Asian Nations	ASEAN
Arab League	LAS
League of Arab States	LAS
Organization of American States	OAS
International Monetary Fund	IMF
World Bank	WB
World Trade Organization	WTO
International Atomic Energy Agency	IAEA
Group of Seven	G7
Group of Eight	G8
Organization of the Petroleum Exporting Countries	OPEC
Commonwealth of Independent States	CIS
Council of Europe	COE
Organization of Islamic Cooperation	OIC
Gulf Cooperation Council	GCC
Organization for Security and Co-operation in Europe	OSCE
International Criminal Court	ICC
International Court of Justice	ICJ
Food and Agriculture Organization	FAO
International Labor Organization	ILO
International Labour Organization	ILO
Organization of African Unity	OAU
United Nations Children's Fund	UNICEF
UNICEF	UNICEF
Economic Community of West African States	ECOWAS
ECOWAS	ECOWAS
South Asian Association for Regional Cooperation	SAARC
World Health Organization	WHO
United Nations High Commissioner for Refugees	UNHCR
World Food Programme	WFP`

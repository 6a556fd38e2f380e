// Generated from messages/fi.yaml by `npm run messages:build`: edit the YAML, not this file.
import type { Catalogue } from '../catalogue.js';

export const fi: Catalogue = {
  "locale": "fi",
  "rules": {
    "consent-by-use": {
      "description": "\"Käyttämällä sivustoa hyväksyt\": palvelun käyttäminen ei ole suostumus henkilötietojen käsittelyyn eikä evästeisiin.",
      "messages": {
        "implied-consent": "\"{quote}\" pitää sivuston tai palvelun käyttämistä hyväksyntänä. Suostumuksen on oltava selkeä, aktiivinen valinta: oletettu suostumus ei ole suostumus (tietosuoja-asetuksen 4 artiklan 11 kohta ja johdanto-osan 32 perustelukappale: vaikeneminen tai toimettomuus ei ole suostumus; {ruling}). Kerro käsittelyn todellinen oikeusperuste (sopimus, lakisääteinen velvoite, oikeutettu etu) ja pyydä suostumus aktiivisesti silloin, kun sitä tarvitaan."
      }
    },
    "cookie-consent-browser-settings": {
      "description": "Evästeet, joista voi kieltäytyä vain selaimen asetuksilla: se ei ole suostumus.",
      "messages": {
        "browser-only-tracking": "Seloste kertoo käytettävän evästeitä analytiikkaan tai mainontaan, ja ainoa tapa, jonka se tarjoaa niistä kieltäytymiseen, on selaimen asetukset. Se ei ole suostumus: muut kuin välttämättömät evästeet edellyttävät kävijän etukäteen antamaa, aktiivista suostumusta (sähköisen viestinnän tietosuojadirektiivi 2002/58/EY, 5 artiklan 3 kohta; {ruling}; Suomessa {finnishRuling} katsoi, etteivät evästeet yleisesti sallivat selaimen asetukset ole suostumus). Pyydä suostumus evästebannerilla tai suostumustyökalulla ennen evästeiden asettamista ja kerro lukijoille, miten he voivat muuttaa valintansa.",
        "browser-only": "Ainoa tapa, jonka seloste tarjoaa evästeistä kieltäytymiseen, on selaimen asetukset. Se ei ole suostumus: muut kuin välttämättömät evästeet edellyttävät kävijän etukäteen antamaa, aktiivista suostumusta (sähköisen viestinnän tietosuojadirektiivi 2002/58/EY, 5 artiklan 3 kohta; {ruling}; Suomessa {finnishRuling} katsoi, etteivät evästeet yleisesti sallivat selaimen asetukset ole suostumus). Pyydä suostumus evästebannerilla tai suostumustyökalulla ennen evästeiden asettamista ja kerro lukijoille, miten he voivat muuttaa valintansa. Jos sivusto asettaa vain välttämättömiä evästeitä, kerro se sen sijaan."
      }
    },
    "duplicate-section-number": {
      "description": "Sama luvun numero kahdella luvulla.",
      "messages": {
        "duplicate": "Luvun numeroa {number} on käytetty kahdesti: numeroi luvut uudelleen niin, että jokaisella on oma numeronsa.",
        "first": "luvun numero {number} ensimmäisen kerran tässä"
      }
    },
    "empty-section": {
      "description": "Otsikko, jonka alla ei ole tekstiä.",
      "messages": {
        "empty": "Luku \"{title}\" on tyhjä: kerro, mitä sen alla sovelletaan (tai ettei mitään), tai poista otsikko."
      }
    },
    "invalid-business-id": {
      "description": "Y-tunnus tai ruotsalainen organisationsnummer, jonka tarkistusnumero on väärä.",
      "messages": {
        "y-tunnus-impossible": "Y-tunnus {id} ei voi olla oikea: numeroilla {digits} alkavaa Y-tunnusta ei anneta koskaan (tarkistusnumeron sääntö, Y-tunnuksen painokertoimet 7-9-10-5-8-4-2). Tarkista tunnus kaupparekisteristä.",
        "y-tunnus-check-digit": "Y-tunnuksen {id} tarkistusnumero on väärä: numeroiden {digits} perään kuuluu -{expected}. Tarkista tunnus kaupparekisteristä.",
        "y-tunnus-length": "Y-tunnuksessa {id} on {count} numeroa ennen väliviivaa: Y-tunnuksessa on seitsemän numeroa ja tarkistusnumero (1234567-8). Tarkista tunnus kaupparekisteristä.",
        "vat-impossible": "ALV-numeron {vat} tarkistusnumero on väärä: FI-alkuinen numero on Y-tunnus ilman väliviivaa, eikä numeroilla {digits} ala yksikään kelvollinen Y-tunnus.",
        "vat-check-digit": "ALV-numeron {vat} tarkistusnumero on väärä: FI-alkuinen numero on Y-tunnus ilman väliviivaa, ja numeroiden {digits} perään kuuluu {expected}.",
        "organisationsnummer-check-digit": "Organisationsnummerin {id} tarkistusnumero on väärä (Luhn): numeroiden {digits} viimeiseksi numeroksi kuuluu {expected}. Tarkista numero Bolagsverketin rekisteristä."
      }
    },
    "invalidated-transfer-mechanism": {
      "description": "Siirrot, jotka perustuvat Safe Harbor -järjestelyyn, EU:n ja Yhdysvaltojen väliseen Privacy Shield -järjestelyyn tai vanhoihin vakiosopimuslausekkeisiin, jotka kaikki ovat nyt pätemättömiä.",
      "messages": {
        "safe-harbor": "\"{quote}\" mainitsee EU:n ja Yhdysvaltojen välisen Safe Harbor -järjestelyn, jonka unionin tuomioistuin totesi pätemättömäksi {since} ({judgment}): mikään siirto ei voi perustua siihen. Mainitse voimassa oleva suojatoimi, esimerkiksi EU:n ja Yhdysvaltojen välinen tietosuojakehys (tietosuojan riittävyyttä koskeva päätös 10.7.2023) sertifioiduille yhdysvaltalaisille vastaanottajille tai päätöksen (EU) 2021/914 mukaiset vakiosopimuslausekkeet.",
        "privacy-shield": "\"{quote}\" mainitsee EU:n ja Yhdysvaltojen välisen Privacy Shield -järjestelyn, jonka unionin tuomioistuin totesi pätemättömäksi {since} ({judgment}): mikään siirto ei voi perustua siihen. Mainitse voimassa oleva suojatoimi, esimerkiksi EU:n ja Yhdysvaltojen välinen tietosuojakehys (tietosuojan riittävyyttä koskeva päätös 10.7.2023) sertifioiduille yhdysvaltalaisille vastaanottajille tai päätöksen (EU) 2021/914 mukaiset vakiosopimuslausekkeet.",
        "old-sccs": "\"{quote}\" viittaa vanhoihin vakiosopimuslausekkeisiin, jotka lakkasivat olemasta voimassa {since}: mikään siirto ei voi perustua niihin. Mainitse voimassa oleva suojatoimi, esimerkiksi EU:n ja Yhdysvaltojen välinen tietosuojakehys (tietosuojan riittävyyttä koskeva päätös 10.7.2023) sertifioiduille yhdysvaltalaisille vastaanottajille tai päätöksen (EU) 2021/914 mukaiset vakiosopimuslausekkeet."
      }
    },
    "leftover-artifact": {
      "description": "Sivun rakenteeseen kuuluvaa tekstiä, piilotettuja sähköpostiosoitteita, raakaa HTML:ää, täyttämättömiä pohjan kenttiä, pohjan ohjeita tai työmerkintöjä (TODO) jäänyt selosteeseen.",
      "messages": {
        "navigation": "\"{text}\" on sivun navigaatiota, joka on kopioitu selosteen mukana: poista se.",
        "protected-email": "\"{text}\" on sähköpostiosoitteen paikalla: verkkopalvelu piilotti osoitteen, joten lukijat eivät näe, miten teihin saa yhteyden. Kirjoita osoite näkyviin selosteen lähdetekstiin.",
        "bracketed-choice": "\"{text}\" hakasulkeissa näyttää pohjan vaihtoehdolta, joka on jäänyt tekstiin: jätä soveltuvat sanat ilman hakasulkeita tai poista ne.",
        "work-marker": "\"{text}\" on kirjoittajalle tarkoitettu merkintä, joka on jäänyt selosteeseen: kirjoita, mitä sen paikalle kuuluu, tai poista se.",
        "template-note": "\"{text}\": selosteessa on yhä pohjan ohje sen täyttäjälle. Muokkaa teksti ja poista ohje.",
        "template-field": "\"{text}\" näyttää pohjan kentältä, jota ei ole täytetty: korvaa se oikealla tiedolla.",
        "dummy-number": "\"{text}\" on keksitty numero (sen numerot ovat 1234567), jollaisella pohja täyttää kenttänsä: kirjoita oikea numero.",
        "zero-number": "\"{text}\" on pelkkiä nollia, jollaisella pohja täyttää kenttänsä: kirjoita oikea numero.",
        "local-address": "\"{text}\" on osoite kirjoittajan omalla koneella (paikallinen esikatselupalvelin), ja se on jäänyt selosteeseen: lukija ei voi avata sitä. Linkitä julkaistuun sivuun.",
        "encoded-text": "\"{text}\" on koodattua tekstiä eikä sanoja: sivun skripti tai sen piilottama data on kopioitunut selosteeseen, ja lukija näkee sen sotkuna. Poista se tai kirjoita näkyviin, mitä sen paikalle kuuluu.",
        "placeholder-address": "\"{text}\" on osoite mallitunnuksella, pohjan esimerkki: kirjoita oikea osoite.",
        "tool-credit": "\"{text}\" on työkalun merkintä (konekääntäjän tunnus), joka on liitetty selosteeseen: poista se.",
        "bracketed-date": "\"{text}\": päivämäärä on yhä pohjan hakasulkeissa. Tarkista päivämäärä ja poista hakasulkeet.",
        "style-rule": "\"{text}\" on tyylisäännön (CSS) koodia, joka näkyy tekstinä: sivun koodia on kopioitunut selosteeseen. Poista se.",
        "raw-html-one-line": "Raakoja HTML-tageja ({tags}) tämän tekstimuotoisen selosteen yhdellä rivillä, ensimmäinen tässä: merkintäkieli on kopioitu tekstinä. Poista tagit.",
        "raw-html": "Raakoja HTML-tageja ({tags}) tämän tekstimuotoisen selosteen {lines} rivillä, ensimmäinen tässä: merkintäkieli on kopioitu tekstinä. Poista tagit."
      }
    },
    "legacy-encoding": {
      "description": "Tiedosto ei ole UTF-8-muotoinen, ja se luettiin vanhana merkistönä (Windows-1252), tai se on UTF-8-muotoinen lukuun ottamatta yksittäisiä tavuja.",
      "messages": {
        "stray-byte": "Tiedosto on UTF-8-muotoinen lukuun ottamatta yhtä tavua, joka ei ole kelvollista UTF-8:aa (tässä, luettuna Windows-1252-merkkinä: {character}), luultavasti liitetty vanhemmasta ohjelmasta. Tarkista merkki ja tallenna tiedosto kelvollisena UTF-8:na.",
        "stray-bytes": "Tiedosto on UTF-8-muotoinen lukuun ottamatta {count} tavua, jotka eivät ole kelvollista UTF-8:aa (ensimmäinen tässä, luettuna Windows-1252-merkkinä: {character}), luultavasti liitetty vanhemmasta ohjelmasta. Tarkista merkki ja tallenna tiedosto kelvollisena UTF-8:na.",
        "legacy": "Tiedosto ei ole kelvollista UTF-8:aa; se luettiin merkistönä {encoding}. Tarkista, että ä, ö, å ja lainausmerkit näkyvät oikein, ja tallenna tiedosto UTF-8-muodossa."
      }
    },
    "missing-automated-decision-making": {
      "description": "Seloste ei kerro, tehdäänkö automaattisia päätöksiä tai profilointia.",
      "messages": {
        "missing": "Seloste ei kerro, tehdäänkö automaattisia päätöksiä, profilointi mukaan luettuna: tietosuoja-asetuksen 13 artiklan 2 kohdan f alakohta edellyttää sitä (pelkkä toteamus, ettei niitä tehdä, riittää).{where}",
        "vague": "\"{quote}\" mainitsee automaattisia päätöksiä koskevan oikeuden mutta ei kerro, tehdäänkö niitä: tietosuoja-asetuksen 13 artiklan 2 kohdan f alakohdan mukaan selosteessa on kerrottava, tehdäänkö automaattisia päätöksiä, profilointi mukaan luettuna.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää esimerkiksi \"Emme tee pelkästään automaattiseen käsittelyyn perustuvia päätöksiä emmekä käytä tietojasi profilointiin.\""
      }
    },
    "missing-complaint-right": {
      "description": "Seloste ei mainitse oikeutta tehdä valitus valvontaviranomaiselle.",
      "messages": {
        "missing": "Seloste ei mainitse oikeutta tehdä valitus valvontaviranomaiselle: tietosuoja-asetuksen 13 artiklan 2 kohdan d alakohta edellyttää sitä (77 artikla).{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää esimerkiksi \"Sinulla on oikeus tehdä valitus valvontaviranomaiselle: Suomessa tietosuojavaltuutetun toimistolle (tietosuoja.fi), Ruotsissa IMY:lle (imy.se).\""
      }
    },
    "missing-consent-withdrawal": {
      "description": "Käsittely perustuu suostumukseen, mutta seloste ei kerro, että suostumuksen voi peruuttaa milloin tahansa.",
      "messages": {
        "missing": "Seloste käyttää suostumusta mutta ei kerro, että suostumuksen voi peruuttaa milloin tahansa: tietosuoja-asetuksen 13 artiklan 2 kohdan c alakohta edellyttää sitä, ja 7 artiklan 3 kohdan mukaan suostumuksen peruuttamisen on oltava yhtä helppoa kuin sen antamisen.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää esimerkiksi \"Voit peruuttaa suostumuksesi milloin tahansa uutiskirjeen peruutuslinkistä tai lähettämällä meille sähköpostia; peruuttaminen ei vaikuta sitä ennen tehtyyn käsittelyyn.\""
      }
    },
    "missing-controller-identity": {
      "description": "Seloste ei kerro, kuka rekisterinpitäjä on ja miten siihen saa yhteyden.",
      "messages": {
        "missing": "Seloste ei kerro, kuka rekisterinpitäjä on tai miten siihen saa yhteyden: tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohta edellyttää rekisterinpitäjän nimeä ja yhteystietoja.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Nimeä organisaatio, joka päättää käsittelystä, ja kerro sen Y-tunnus, postiosoite sekä sähköpostiosoite tai puhelinnumero."
      }
    },
    "missing-data-categories": {
      "description": "Seloste ei luettele käsiteltäviä henkilötietoryhmiä.",
      "messages": {
        "missing": "Seloste ei kerro, mitä henkilötietoja käsitellään: tietosuoja-asetuksen 14 artiklan 1 kohdan d alakohta edellyttää henkilötietoryhmiä silloin, kun tietoja ei kerätä pelkästään rekisteröidyltä itseltään, ja Suomen ja Ruotsin valvontaviranomaiset odottavat niitä jokaisessa selosteessa.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Luettele tiedot, esimerkiksi \"nimi, sähköpostiosoite, puhelinnumero, tilaushistoria ja maksujen tila\"."
      }
    },
    "missing-data-sources": {
      "description": "Seloste ei kerro, mistä henkilötiedot saadaan.",
      "messages": {
        "missing": "Seloste ei kerro, mistä henkilötiedot saadaan: tietosuoja-asetuksen 14 artiklan 2 kohdan f alakohta edellyttää niiden tietojen lähdettä, joita ei ole saatu rekisteröidyltä.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Nimeä lähteet, esimerkiksi \"Saamme tiedot sinulta tilauksen yhteydessä ja osoitteenmuutokset Postin osoitepalvelusta.\""
      }
    },
    "missing-dpo-contact": {
      "description": "Tietosuojavastaavan yhteystietoja ei ole (pakollisia, jos tietosuojavastaava on nimitetty; settings.dpoAppointed: true nostaa havainnon virheeksi, false poistaa sen).",
      "messages": {
        "missing": "Tietosuojavastaavan yhteystietoja ei ole: tietosuoja-asetuksen 13 artiklan 1 kohdan b alakohta edellyttää niitä, jos tietosuojavastaava on nimitetty (viranomaisten sekä organisaatioiden, joiden ydintehtävä on laajamittainen seuranta tai erityisten henkilötietoryhmien käsittely, on nimitettävä tietosuojavastaava).{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Jos olette nimittäneet tietosuojavastaavan, kerro tämän sähköpostiosoite tai osoite; jos ette ole, voitte kertoa sen ja poistaa tämän havainnon asetuksella \"dpoAppointed\": false."
      }
    },
    "missing-international-transfers": {
      "description": "Seloste ei kerro, siirretäänkö tietoja EU:n/ETA:n ulkopuolelle (virhe, kun se mainitsee yhdysvaltalaisia palveluja, kuten Google Analyticsin), tai kertoo sen mainitsematta kohdetta tai suojatoimia.",
      "messages": {
        "missing": "Seloste ei kerro, siirretäänkö henkilötietoja EU:n/ETA:n ulkopuolelle: tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohta edellyttää sitä ja siirroista tietosuojan riittävyyttä koskevaa päätöstä tai käytettyä suojatoimea.{services}{where}",
        "vague": "\"{quote}\" kertoo, että tietoja voidaan siirtää ulkomaille, mutta ei kerro minne tai millä suojatoimilla: tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohta edellyttää tietosuojan riittävyyttä koskevaa päätöstä tai suojatoimia (esimerkiksi vakiosopimuslausekkeita) ja tietoa siitä, miten niistä saa jäljennöksen.{services}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Kerro, siirretäänkö tietoja EU:n/ETA:n ulkopuolelle ja millä ehdoin, esimerkiksi \"Google Analyticsin tietoja siirretään Yhdysvaltoihin EU:n ja Yhdysvaltojen välisen tietosuojakehyksen perusteella (tietosuojan riittävyyttä koskeva päätös 10.7.2023)\" tai \"Emme siirrä henkilötietoja EU:n/ETA:n ulkopuolelle.\"",
        "us-service": " Seloste mainitsee palvelun {services}, joka käsittelee tietoja Yhdysvalloissa.",
        "us-services": " Seloste mainitsee palvelut {services}, jotka käsittelevät tietoja Yhdysvalloissa."
      }
    },
    "missing-legal-basis": {
      "description": "Käsittelylle ei ole 6 artiklan 1 kohdan mukaista oikeusperustetta, tai oikeusperusteeksi on nimetty vain suhde (\"asiakassuhde\").",
      "messages": {
        "missing": "Seloste ei kerro käsittelyn oikeusperustetta: tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta edellyttää sitä (6 artiklan 1 kohta: suostumus, sopimus, lakisääteinen velvoite, elintärkeät edut, yleinen etu tai julkinen valta tai oikeutettu etu).{where}",
        "vague": "\"{quote}\" nimeää suhteen, ei oikeusperustetta: asiakassuhde tai jäsenyys ei ole mikään tietosuoja-asetuksen 6 artiklan 1 kohdan oikeusperusteista, jotka 13 artiklan 1 kohdan c alakohdan mukaan on kerrottava selosteessa.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Kerro oikeusperuste kullekin käyttötarkoitukselle, esimerkiksi \"Käsittely on tarpeen kanssasi tehdyn sopimuksen täytäntöön panemiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta); laskutustositteiden osalta kirjanpitolain mukaisen lakisääteisen velvoitteen noudattamiseksi (6 artiklan 1 kohdan c alakohta).\""
      }
    },
    "missing-legitimate-interests": {
      "description": "Oikeusperusteeksi on nimetty oikeutettu etu, mutta seloste ei kerro, mikä se on.",
      "messages": {
        "missing": "Oikeusperusteeksi on nimetty oikeutettu etu, mutta seloste ei kerro, mikä tämä etu on: tietosuoja-asetuksen 13 artiklan 1 kohdan d alakohta edellyttää, että tavoiteltavat oikeutetut edut kerrotaan.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Kuvaa etu, esimerkiksi \"oikeutettu etumme kertoa nykyisille asiakkaillemme vastaavista tuotteista\" tai \"pitää tilamme ja henkilökuntamme turvassa\"."
      }
    },
    "missing-purposes": {
      "description": "Seloste ei kerro käsittelyn tarkoituksia.",
      "messages": {
        "missing": "Seloste ei kerro, mihin henkilötietoja käytetään: tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohta edellyttää käsittelyn tarkoituksia.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Luettele käyttötarkoitukset, esimerkiksi \"Käytämme tietojasi tilaustesi toimittamiseen, niiden laskuttamiseen ja uutiskirjeemme lähettämiseen.\""
      }
    },
    "missing-recipients": {
      "description": "Seloste ei nimeä tietojen vastaanottajia (tai vastaanottajaryhmiä) eikä kerro, ettei niitä ole.",
      "messages": {
        "missing": "Seloste ei kerro, kuka henkilötietoja vastaanottaa: tietosuoja-asetuksen 13 artiklan 1 kohdan e alakohta edellyttää vastaanottajia tai vastaanottajaryhmiä (käsittelijät, viranomaiset, yhteistyökumppanit) tai toteamusta, ettei niitä ole.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Nimeä vastaanottajat, esimerkiksi \"Tilitoimistomme ja IT-palveluntarjoajamme käsittelevät tietoja puolestamme; luovutamme tietoja viranomaisille vain lain niin vaatiessa.\""
      }
    },
    "missing-retention-period": {
      "description": "Seloste ei kerro, kuinka kauan tietoja säilytetään, tai sanoo vain \"niin kauan kuin on tarpeen\".",
      "messages": {
        "missing": "Seloste ei kerro, kuinka kauan henkilötietoja säilytetään: tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta edellyttää säilytysaikaa tai sen määrittämisperusteita.{where}",
        "vague": "\"{quote}\" ei kerro, kuinka kauan tietoja säilytetään: pelkkä \"niin kauan kuin on tarpeen\" tai \"lain edellyttämän ajan\" on liian epämääräinen tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohdan kannalta, sillä se edellyttää säilytysaikaa tai sen määrittämisperusteita.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Kerro säilytysaika ja sen alkamishetki tai konkreettiset perusteet, esimerkiksi \"Asiakastiedot poistetaan 24 kuukauden kuluttua viimeisestä tilauksestasi; kirjanpitoaineisto säilytetään 6 vuotta tilikauden päättymisestä (kirjanpitolaki).\""
      }
    },
    "missing-right-of-access": {
      "description": "Seloste ei mainitse oikeutta saada pääsy omiin tietoihin.",
      "messages": {
        "missing": "Seloste ei mainitse oikeutta saada pääsy omiin tietoihin (15 artikla): tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan mukaan rekisteröidylle on kerrottava siitä.{where}",
        "vague": "\"{quote}\" mainitsee oikeuden saada pääsy tietoihin vain kieltääkseen sen tai sivuuttaakseen sen: selosteen on silti kerrottava rekisteröidylle, että oikeus on olemassa (15 artikla) ja milloin sitä sovelletaan.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää se oikeuksiin, esimerkiksi \"Sinulla on oikeus tietää, mitä tietoja sinusta on, ja saada niistä jäljennös.\""
      }
    },
    "missing-right-to-erasure": {
      "description": "Seloste ei mainitse oikeutta tietojen poistamiseen (\"oikeus tulla unohdetuksi\").",
      "messages": {
        "missing": "Seloste ei mainitse oikeutta tietojen poistamiseen (\"oikeus tulla unohdetuksi\") (17 artikla): tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan mukaan rekisteröidylle on kerrottava siitä.{where}",
        "vague": "\"{quote}\" mainitsee oikeuden tietojen poistamiseen vain kieltääkseen sen tai sivuuttaakseen sen: selosteen on silti kerrottava rekisteröidylle, että oikeus on olemassa (17 artikla) ja milloin sitä sovelletaan.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää se oikeuksiin, esimerkiksi \"Sinulla on oikeus saada tietosi poistetuiksi, ellei meidän ole lain mukaan säilytettävä niitä.\""
      }
    },
    "missing-right-to-object": {
      "description": "Seloste ei mainitse oikeutta vastustaa käsittelyä (suoramarkkinointi mukaan luettuna).",
      "messages": {
        "missing": "Seloste ei mainitse oikeutta vastustaa käsittelyä (suoramarkkinointi mukaan luettuna) (21 artikla): tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan mukaan rekisteröidylle on kerrottava siitä.{where}",
        "vague": "\"{quote}\" mainitsee vastustamisoikeuden vain kieltääkseen sen tai sivuuttaakseen sen: selosteen on silti kerrottava rekisteröidylle, että oikeus on olemassa (21 artikla) ja milloin sitä sovelletaan.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää se oikeuksiin, esimerkiksi \"Voit vastustaa oikeutettuun etuumme perustuvaa käsittelyä ja suoramarkkinointia milloin tahansa.\""
      }
    },
    "missing-right-to-portability": {
      "description": "Seloste ei mainitse oikeutta siirtää tiedot järjestelmästä toiseen.",
      "messages": {
        "missing": "Seloste ei mainitse oikeutta siirtää tiedot järjestelmästä toiseen (20 artikla): tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan mukaan rekisteröidylle on kerrottava siitä.{where}",
        "vague": "\"{quote}\" mainitsee oikeuden siirtää tiedot järjestelmästä toiseen vain kieltääkseen sen tai sivuuttaakseen sen: selosteen on silti kerrottava rekisteröidylle, että oikeus on olemassa (20 artikla) ja milloin sitä sovelletaan.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää se oikeuksiin, esimerkiksi \"Sinulla on oikeus saada meille antamasi tiedot koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.\""
      }
    },
    "missing-right-to-rectification": {
      "description": "Seloste ei mainitse oikeutta saada virheelliset tiedot oikaistuiksi.",
      "messages": {
        "missing": "Seloste ei mainitse oikeutta saada virheelliset tiedot oikaistuiksi (16 artikla): tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan mukaan rekisteröidylle on kerrottava siitä.{where}",
        "vague": "\"{quote}\" mainitsee oikeuden tietojen oikaisemiseen vain kieltääkseen sen tai sivuuttaakseen sen: selosteen on silti kerrottava rekisteröidylle, että oikeus on olemassa (16 artikla) ja milloin sitä sovelletaan.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää se oikeuksiin, esimerkiksi \"Sinulla on oikeus saada sinua koskevat virheelliset tai puutteelliset tiedot oikaistuiksi.\""
      }
    },
    "missing-right-to-restriction": {
      "description": "Seloste ei mainitse oikeutta käsittelyn rajoittamiseen.",
      "messages": {
        "missing": "Seloste ei mainitse oikeutta käsittelyn rajoittamiseen (18 artikla): tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan mukaan rekisteröidylle on kerrottava siitä.{where}",
        "vague": "\"{quote}\" mainitsee oikeuden käsittelyn rajoittamiseen vain kieltääkseen sen tai sivuuttaakseen sen: selosteen on silti kerrottava rekisteröidylle, että oikeus on olemassa (18 artikla) ja milloin sitä sovelletaan.",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää se oikeuksiin, esimerkiksi \"Sinulla on oikeus pyytää meitä rajoittamaan tietojesi käsittelyä esimerkiksi sillä välin, kun tarkistamme niiden paikkansapitävyyden.\""
      }
    },
    "missing-statutory-requirement": {
      "description": "Seloste ei kerro, onko tietojen antaminen pakollista ja mitä seuraa, jos niitä ei anneta.",
      "messages": {
        "missing": "Seloste ei kerro, onko rekisteröidyn annettava tiedot ja mitä seuraa, jos hän ei anna niitä: tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohta edellyttää tietoa siitä, onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus, sekä tietojen antamatta jättämisen seurauksista.{where}",
        "belongs-under": " Se kuuluu otsikon \"{heading}\" alle.",
        "suggestion": "Lisää esimerkiksi \"Nimesi ja osoitteesi tarvitaan tilauksesi toimittamiseen; ilman niitä emme voi tehdä sopimusta. Kaikkien muiden tietojen antaminen on vapaaehtoista.\""
      }
    },
    "not-a-notice": {
      "description": "Tiedosto ei ole tietosuojaseloste (tyhjä tiedosto, README, evästebanneri); siitä ilmoitetaan kerran kahdenkymmenen puuttuvan kohdan sijaan.",
      "messages": {
        "empty": "Tiedosto on tyhjä: tarkistettavaa tietosuojaselostetta ei ole. Tarkista itse seloste tai jätä tämä tiedosto pois.",
        "not-a-notice": "Tämä tiedosto ei ole tietosuojaseloste: se tuskin puhuu henkilötiedoista eikä kerro juuri mitään siitä, mitä tietosuoja-asetuksen 13 ja 14 artikla edellyttävät (kuka rekisterinpitäjä on, käsittelyn tarkoitukset, oikeusperuste, vastaanottajat, säilytysaika, rekisteröidyn oikeudet). Jos sen on tarkoitus olla seloste, siitä puuttuu lähes kaikki; jos ei, jätä se pois tarkistettavista tiedostoista."
      }
    },
    "notice-date": {
      "description": "Selosteessa ei ole päiväystä, se on päivätty ennen tietosuoja-asetuksen soveltamisen alkamista, tai sitä ei ole tarkistettu yli kahteen vuoteen (hyvä käytäntö, ei lakisääteinen määräaika).",
      "messages": {
        "undated": "Selosteessa ei ole päiväystä, joten lukijat eivät voi tietää, onko se ajan tasalla. Lisää viimeisimmän päivityksen päivämäärä otsikon lähelle (\"Päivitetty\", \"Senast uppdaterad\" tai \"Last updated\" ja päivämäärä) ja muuta sitä jokaisen päivityksen yhteydessä.",
        "before-gdpr": "\"{text}\": seloste on päivätty {date}, ennen kuin tietosuoja-asetusta alettiin soveltaa {gdprDate}, eikä sitä ole päivätty sen jälkeen: se on voitu kirjoittaa vanhan lain mukaan. Tarkista se tietosuoja-asetuksen 13 ja 14 artiklan vaatimuksia vasten (oikeusperuste, säilytysaika, rekisteröidyn oikeudet, siirrot, valitusoikeus) ja merkitse uudelle versiolle päiväys.",
        "stale-months": "\"{text}\": seloste on päivätty viimeksi {date}, {months} kuukautta ennen päivää {today}. Vastaanottajat, palvelut, siirrot, säilytysajat ja viranomaisen yhteystiedot muuttuvat: tarkista, että seloste pitää yhä paikkansa, ja merkitse uudelle versiolle päiväys. Mikään laki ei määrää tarkistusväliä; tarkistus {reviewYears} vuoden välein ja aina käsittelyn muuttuessa on hyvä käytäntö.",
        "stale-years": "\"{text}\": seloste on päivätty viimeksi {date}, yli {years} vuotta ennen päivää {today}. Vastaanottajat, palvelut, siirrot, säilytysajat ja viranomaisen yhteystiedot muuttuvat: tarkista, että seloste pitää yhä paikkansa, ja merkitse uudelle versiolle päiväys. Mikään laki ei määrää tarkistusväliä; tarkistus {reviewYears} vuoden välein ja aina käsittelyn muuttuessa on hyvä käytäntö."
      }
    },
    "outdated-law-reference": {
      "description": "Kumottu laki (henkilötietolaki 523/1999, personuppgiftslagen, direktiivi 95/46/EY, ...) mainittu ikään kuin se olisi voimassa.",
      "messages": {
        "henkilotietolaki": "\"{quote}\" viittaa henkilötietolakiin (523/1999), joka kumottiin 1.1.2019; tietosuoja-asetusta on sovellettu 25.5.2018 lähtien.{detail} Viittaa sen sijaan tietosuoja-asetukseen (EU) 2016/679 ja tietosuojalakiin (1050/2018).",
        "henkilorekisterilaki": "\"{quote}\" viittaa henkilörekisterilakiin (471/1987), jonka korvasi vuonna 1999 henkilötietolaki, joka puolestaan kumottiin 1.1.2019.{detail} Viittaa sen sijaan tietosuoja-asetukseen (EU) 2016/679 ja tietosuojalakiin (1050/2018).",
        "tietosuojalautakuntalaki": "\"{quote}\" viittaa lakiin tietosuojalautakunnasta ja tietosuojavaltuutetusta (389/1994), joka kumottiin 1.1.2019, kun tietosuojalautakunta lakkautettiin.{detail} Viittaa sen sijaan tietosuoja-asetukseen (EU) 2016/679 ja tietosuojalakiin (1050/2018); valitukset tehdään tietosuojavaltuutetulle.",
        "sahkoisen-viestinnan-tietosuojalaki": "\"{quote}\" viittaa sähköisen viestinnän tietosuojalakiin (516/2004), jonka laki 917/2014 kumosi 1.1.2015.{detail} Viittaa sen sijaan lakiin sähköisen viestinnän palveluista (917/2014; evästeet: 205 §).",
        "directive-95-46": "\"{quote}\" viittaa tietosuojadirektiiviin 95/46/EY, jonka tietosuoja-asetus (EU) 2016/679 kumosi 25.5.2018 alkaen.{detail} Viittaa sen sijaan tietosuoja-asetukseen (EU) 2016/679.",
        "pul-se": "\"{quote}\" viittaa Ruotsin henkilötietolakiin (personuppgiftslagen 1998:204), joka kumottiin 25.5.2018: viittaa sen sijaan tietosuoja-asetukseen (EU) 2016/679 ja Ruotsin tietosuojalakiin (dataskyddslagen 2018:218).",
        "pul-either": "\"{quote}\" viittaa kumottuun henkilötietolakiin: Suomen (523/1999, kumottu 1.1.2019) tai Ruotsin (1998:204, kumottu 25.5.2018). Viittaa sen sijaan tietosuoja-asetukseen (EU) 2016/679 ja kansalliseen tietosuojalakiin (Suomi: tietosuojalaki 1050/2018; Ruotsi: dataskyddslagen 2018:218).",
        "section-8": " Sen 8 § (käsittelyn yleiset edellytykset) on nyt tietosuoja-asetuksen 6 artikla (käsittelyn oikeusperusteet).{next}",
        "section-10": " Sen 10 § (rekisteriseloste) ei vastaa mitään tietosuoja-asetuksen säännöstä: seloste itse antaa tietosuoja-asetuksen 13/14 artiklan tiedot.{next}",
        "section-24": " Sen 24 § (rekisteröidyn informointi) on nyt tietosuoja-asetuksen 13/14 artikla.{next}",
        "section-26": " Sen 26 § (tarkastusoikeus) on nyt tietosuoja-asetuksen 15 artikla.{next}",
        "section-27": " Sen 27 § (tarkastusoikeuden rajoitukset) on nyt tietosuoja-asetuksen 15 artikla.{next}",
        "section-28": " Sen 28 § (tarkastusoikeuden toteuttaminen) on nyt tietosuoja-asetuksen 15 artikla.{next}",
        "section-29": " Sen 29 § (virheen oikaiseminen) on nyt tietosuoja-asetuksen 16 artikla.{next}",
        "section-30": " Sen 30 § (kielto-oikeus, esimerkiksi suoramarkkinointiin) on nyt tietosuoja-asetuksen 21 artikla.{next}"
      }
    },
    "read-as-plain-text": {
      "description": "Tiedosto luettiin pelkkänä tekstinä: sen merkintäkieli oli sisäkkäistetty liian syvälle, tai sen lukeminen olisi vaatinut enemmän kuin yksikään seloste (liikaa korostusmerkkejä, taulukon soluja, otsikoita tai rivejä).",
      "messages": {
        "html": "Tämä HTML-tiedosto luettiin pelkkänä tekstinä ilman merkintäkieltä: {reason}, enemmän kuin tietosuojaselosteessa on. Sen otsikot, luettelot ja taulukot voivat tulla luetuiksi huonommin; tarkista, että tiedosto on tarkoittamasi seloste.",
        "markdown": "Tämä Markdown-tiedosto luettiin pelkkänä tekstinä ilman merkintäkieltä: {reason}, enemmän kuin tietosuojaselosteessa on. Sen otsikot, luettelot ja taulukot voivat tulla luetuiksi huonommin; tarkista, että tiedosto on tarkoittamasi seloste.",
        "text": "Tämä tekstitiedosto luettiin pelkkänä tekstinä ilman otsikoita: {reason}, enemmän kuin tietosuojaselosteessa on. Sen otsikot, luettelot ja taulukot voivat tulla luetuiksi huonommin; tarkista, että tiedosto on tarkoittamasi seloste."
      }
    },
    "stale-agency-name": {
      "description": "Suomalainen viranomainen nimellä, jota sillä ei enää ole (Väestörekisterikeskus, maistraatti, Viestintävirasto, Trafi, Liikennevirasto, Itella).",
      "messages": {
        "renamed": "\"{quote}\" mainitsee nimen {was}, josta tuli {now} {since}: käytä nykyistä nimeä.",
        "renamed-local": "\"{quote}\" mainitsee nimen {was}, josta tuli {now} {since}: käytä nykyistä nimeä ({local})."
      }
    },
    "stale-authority-contact": {
      "description": "Valvontaviranomaisen vanha osoite, postinumero, faksi, verkko-osoite tai sähköpostiosoite, tai Ruotsin viranomainen vanhalla nimellään.",
      "messages": {
        "old-url": "{url} on tietosuojavaltuutetun toimiston vanhan, vuodesta 2018 poistuneen verkkosivuston sivu: linkitä sen sijaan osoitteeseen {web}.",
        "wrong-email": "{email} ei ole tietosuojavaltuutetun toimiston sähköpostiosoite: se on {current}.",
        "old-street": "\"{text}\" on tietosuojavaltuutetun toimiston vanha käyntiosoite: toimisto on osoitteessa {street}, {visitingCode} {visitingCity}; posti osoitteeseen {postBox}, {postBoxCode} {postCity}.",
        "old-postal-code-post": "{code} on {what}: tietosuojavaltuutetun toimiston postiosoite on {postBox}, {postBoxCode} {city}.",
        "old-postal-code-visit": "{code} on {what}: tietosuojavaltuutetun toimiston käyntiosoite on {street}, {visitingCode} {city}.",
        "old-postal-code": "{code} on {what}: tietosuojavaltuutetun toimiston osoitteet ovat {postBox}, {postBoxCode} {city} (posti) ja {street}, {visitingCode} {city} (käynti).",
        "old-fax": "{phone} on {what}: poista se ja sen selite; vaihteen numero on {switchboard} ja sähköpostiosoite {email}.",
        "old-phone": "{phone} on {what}, eikä sitä enää ilmoiteta: käytä sen sijaan vaihteen numeroa {switchboard}.",
        "swedish-authority-in-finland": "\"{name}\" oli Ruotsin valvontaviranomainen (nimeltään {since} alkaen Integritetsskyddsmyndigheten, IMY), ei Suomen: Suomessa valitukset tehdään viranomaiselle {authority} ({web}).",
        "renamed-undated-sweden": "\"{name}\" on ollut nimeltään {current} {since} alkaen. Selosteessa ei ole päiväystä: käytä viranomaisen nykyistä nimeä.",
        "renamed-undated": "\"{name}\" on ollut nimeltään {current} {since} alkaen. Selosteessa ei ole päiväystä: käytä viranomaisen nykyistä nimeä (tai, jos seloste koskee Suomea, tietosuojavaltuutetun toimistoa, ruotsiksi Dataombudsmannens byrå).",
        "renamed-dated-sweden": "\"{name}\" on ollut nimeltään {current} {since} alkaen. Seloste on päivätty vuonna {year}: käytä viranomaisen nykyistä nimeä.",
        "renamed-dated": "\"{name}\" on ollut nimeltään {current} {since} alkaen. Seloste on päivätty vuonna {year}: käytä viranomaisen nykyistä nimeä (tai, jos seloste koskee Suomea, tietosuojavaltuutetun toimistoa, ruotsiksi Dataombudsmannens byrå).",
        "old-swedish-url": "{url} on Ruotsin valvontaviranomaisen vanha verkkosivusto, jonka nimi muuttui {since}: nykyinen osoite on https://www.{host}."
      }
    },
    "transfer-contradiction": {
      "description": "Seloste sanoo, että henkilötiedot pysyvät EU:n/ETA:n alueella, mutta mainitsee paikan tai palvelun sen ulkopuolelta.",
      "messages": {
        "contradiction": "Seloste sanoo, ettei henkilötietoja siirretä EU:n/ETA:n ulkopuolelle, mutta tässä se {what}{also}: nämä ovat ristiriidassa keskenään.{exception} {fix} (tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohta).",
        "uses-service": "käyttää palvelua {mention}, joka käsittelee henkilötietoja Yhdysvalloissa",
        "names-recipient": "mainitsee vastaanottajan {mention}",
        "places-data": "sijoittaa henkilötietoja kohteeseen {mention}",
        "places-data-no-adequacy": "sijoittaa henkilötietoja kohteeseen {mention}, maahan, josta ei ole tehty tietosuojan riittävyyttä koskevaa päätöstä",
        "also": " (myös {mentions})",
        "vague-exception": " Sen poikkeus ei kerro, minne tietoja siirretään tai millä perusteella.",
        "fix-claim": "Korjaa väite ja kerro siirrosta kohteeseen {country} sekä sen suojatoimesta",
        "fix-service": "Kerro, mitä tietoja siirretään Yhdysvaltoihin ja millä perusteella (EU:n ja Yhdysvaltojen välinen tietosuojakehys, vakiosopimuslausekkeet), tai lopeta palvelun käyttö",
        "claim": "väite, että henkilötiedot pysyvät EU:n/ETA:n alueella",
        "also-outside": "myös EU:n/ETA:n ulkopuolella: {mention}",
        "mention-service": "\"{name}\"",
        "mention-recipient": "\"{name}\", vastaanottaja maassa {country}",
        "mention-country": "{country} (\"{name}\")"
      }
    },
    "transfer-safeguards": {
      "description": "Siirtoja EU:n/ETA:n ulkopuolelle ilman mainittua tietosuojan riittävyyttä koskevaa päätöstä, suojatoimea tai poikkeusta.",
      "messages": {
        "no-adequacy": "Henkilötietoja voidaan siirtää kohteeseen {mention}, josta ei ole tehty tietosuojan riittävyyttä koskevaa päätöstä{note}, eikä seloste mainitse sille suojatoimea. Kerro 46 artiklan mukainen suojatoimi (päätöksen (EU) 2021/914 mukaiset vakiosopimuslausekkeet ja siirtovaikutusten arviointi, yritystä koskevat sitovat säännöt) tai 49 artiklan mukainen poikkeus, joka kattaa siirrot kohteeseen {country}, ja miten siitä saa jäljennöksen (tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohta).",
        "no-mechanism": "Seloste {said}, mutta ei mainitse siirtoperustetta. Kerro, mitä tietoja siirretään minne ja millä perusteella: tietosuojan riittävyyttä koskeva päätös (Yhdysvaltojen osalta vastaanottajan sertifiointi EU:n ja Yhdysvaltojen välisen tietosuojakehyksen mukaisesti), vakiosopimuslausekkeet (päätös (EU) 2021/914), yritystä koskevat sitovat säännöt tai 49 artiklan mukainen poikkeus, ja miten siitä saa jäljennöksen (tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohta).",
        "allows-transfers": "sallii siirrot kolmansiin maihin (\"{quote}\")",
        "places-in-usa": "sijoittaa tietoja Yhdysvaltoihin: {places}",
        "uses-service": "käyttää palvelua, joka käsittelee henkilötietoja Yhdysvalloissa: {services}",
        "uses-services": "käyttää palveluja, jotka käsittelevät henkilötietoja Yhdysvalloissa: {services}",
        "two-things": "{first} ja {second}",
        "three-things": "{first}, {second} ja {third}",
        "recipient": "vastaanottaja EU:n/ETA:n ulkopuolella: {mention}",
        "note": " ({note})",
        "mention-service": "\"{name}\"",
        "mention-recipient": "\"{name}\", vastaanottaja maassa {country}",
        "mention-country": "{country} (\"{name}\")"
      }
    },
    "vague-language": {
      "description": "Varaukset (\"saatetaan\", \"voidaan\", \"joitakin\", \"may\", \"kan komma att\"), jotka peittävät, mitä tiedoille tehdään.",
      "messages": {
        "hedged": "\"{hedges}\" lauseessa \"{sentence}\" jättää auki, tapahtuuko se ja milloin. Kerro, mitä tehdään, millä tiedoilla ja mihin tarkoitukseen tai kenen kanssa (WP260 rev.01 mainitsee huonona käytäntönä ilmaukset \"may\", \"might\", \"some\", \"possibly\").{more}",
        "more": " Vastaavia lauseita on vielä {more} (käsittelyn tarkoituksia, luovutuksia tai siirtoja koskevista {statements} lausumasta {hedged} sisältää varauksen)."
      }
    },
    "parity-item": {
      "description": "Yksi kieliversio kertoo tietosuoja-asetuksen 13/14 artiklan mukaisen tiedon, jonka toinen jättää pois",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sivu {page}, rivi {line}",
        "at-paragraph": "{file}, kappale {paragraph}",
        "said-at": "{text} ({where})",
        "not-stated": "{item}: ei mainita tässä versiossa, mutta mainitaan versiossa {where}{quoted}.",
        "quoted": " ({text})",
        "not-a-notice-one": "Tämä versio ei ole kokonainen tietosuojaseloste (se kertoo alle {min} tietosuoja-asetuksen vaatimasta tiedosta), mutta {full} on: versioita ei verrattu.",
        "not-a-notice-many": "Tämä versio ei ole kokonainen tietosuojaseloste (se kertoo alle {min} tietosuoja-asetuksen vaatimasta tiedosta), mutta {full} ovat: versioita ei verrattu."
      }
    },
    "parity-fact": {
      "description": "Kieliversiot kertovat eri tosiasioita: ajanjaksot, päivämäärät, sähköpostiosoitteet, puhelinnumerot, postinumerot, verkko-osoitteet, Y-tunnukset, nimetyt palvelut, maat, siirtoperusteet",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sivu {page}, rivi {line}",
        "at-paragraph": "{file}, kappale {paragraph}",
        "said-at": "{text} ({where})",
        "differs-one": "{name} {value} eroaa toisesta versiosta: {said}.",
        "differs-many": "{name} {value} eroaa muista versioista: {said}.",
        "only-here": "{name} {value} on vain tässä versiossa, ei versiossa {lacking}.",
        "not-here": "{name} {said} puuttuu tästä versiosta.",
        "kind-time": "Ajanjakso",
        "kind-date": "Päivämäärä",
        "kind-email": "Sähköpostiosoite",
        "kind-phone": "Puhelinnumero",
        "kind-postal-code": "Postinumero",
        "kind-web-address": "Verkko-osoite",
        "kind-business-id": "Y-tunnus",
        "kind-service": "Nimetty palvelu",
        "kind-country": "Maa",
        "kind-mechanism": "Siirtoperuste",
        "kind-law": "Viitattu laki",
        "kind-article": "Viitattu artikla"
      }
    },
    "parity-citation": {
      "description": "Kieliversiot viittaavat eri lakeihin tai tietosuoja-asetuksen artikloihin",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sivu {page}, rivi {line}",
        "at-paragraph": "{file}, kappale {paragraph}",
        "said-at": "{text} ({where})",
        "differs-one": "{name} {value} eroaa toisesta versiosta: {said}.",
        "differs-many": "{name} {value} eroaa muista versioista: {said}.",
        "only-here": "{name} {value} on vain tässä versiossa, ei versiossa {lacking}.",
        "not-here": "{name} {said} puuttuu tästä versiosta.",
        "kind-time": "Ajanjakso",
        "kind-date": "Päivämäärä",
        "kind-email": "Sähköpostiosoite",
        "kind-phone": "Puhelinnumero",
        "kind-postal-code": "Postinumero",
        "kind-web-address": "Verkko-osoite",
        "kind-business-id": "Y-tunnus",
        "kind-service": "Nimetty palvelu",
        "kind-country": "Maa",
        "kind-mechanism": "Siirtoperuste",
        "kind-law": "Viitattu laki",
        "kind-article": "Viitattu artikla"
      }
    },
    "parity-defect": {
      "description": "Virhe (kumottu laki, vanhentunut viranomaisen tieto, pätemätön siirtoperuste, ristiriita) on korjattu yhdessä kieliversiossa mutta ei toisessa",
      "messages": {
        "not-fixed": "{rule} on korjattu versiossa {fixedIn} mutta ei tässä versiossa: {message}"
      }
    },
    "parity-section": {
      "description": "Yhdessä kieliversiossa on luku (kohdistettu siinä kerrottujen tietojen ja sen paikan perusteella, ei otsikon perusteella), joka toisesta puuttuu",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sivu {page}, rivi {line}",
        "at-paragraph": "{file}, kappale {paragraph}",
        "said-at": "{text} ({where})",
        "no-section": "Tästä versiosta puuttuu luku {title} ({where}: {items}){before}.",
        "no-section-between": "Tästä versiosta puuttuu luku {title} ({where}), eikä sitä ympäröivien lukujen välissä ole mitään{before}.",
        "before": " (se tulisi ennen tätä lukua)"
      }
    },
    "parity-unchanged": {
      "description": "Pull request (tai push) muuttaa selosteen yhtä kieliversiota mutta ei muita (GitHub Action)",
      "messages": {
        "unchanged-one": "{what} muuttaa tätä kieliversiota mutta ei versiota {untouched}: päivitä sekin tai tarkista, että versiot sanovat yhä saman.",
        "unchanged-many": "{what} muuttaa tätä kieliversiota mutta ei versioita {untouched}: päivitä nekin tai tarkista, että versiot sanovat yhä saman."
      }
    }
  },
  "items": {
    "controller-identity": "Rekisterinpitäjän nimi ja yhteystiedot",
    "dpo-contact": "Tietosuojavastaavan yhteystiedot",
    "purposes": "Käsittelyn tarkoitukset",
    "legal-basis": "Käsittelyn oikeusperuste",
    "legitimate-interests": "Rekisterinpitäjän oikeutetut edut",
    "recipients": "Vastaanottajat tai vastaanottajaryhmät",
    "international-transfers": "Tietojen siirto kolmansiin maihin",
    "retention-period": "Säilytysaika",
    "right-of-access": "Oikeus saada pääsy tietoihin",
    "right-to-rectification": "Oikeus tietojen oikaisemiseen",
    "right-to-erasure": "Oikeus tietojen poistamiseen",
    "right-to-restriction": "Oikeus käsittelyn rajoittamiseen",
    "right-to-object": "Vastustamisoikeus",
    "right-to-portability": "Oikeus siirtää tiedot järjestelmästä toiseen",
    "consent-withdrawal": "Oikeus peruuttaa suostumus",
    "complaint-right": "Oikeus tehdä valitus valvontaviranomaiselle",
    "statutory-requirement": "Onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus",
    "automated-decision-making": "Automaattinen päätöksenteko, profilointi mukaan luettuna",
    "data-categories": "Henkilötietoryhmät",
    "data-sources": "Henkilötietojen lähde"
  },
  "report": {
    "problem-one": "{count} ongelma",
    "problem-other": "{count} ongelmaa",
    "error-one": "{count} virhe",
    "error-other": "{count} virhettä",
    "warning-one": "{count} varoitus",
    "warning-other": "{count} varoitusta",
    "info-one": "{count} huomautus",
    "info-other": "{count} huomautusta",
    "file-one": "{count} tiedostossa",
    "file-other": "{count} tiedostossa",
    "summary": "{problems} ({errors}, {warnings}, {infos}) {files}",
    "summary-not-linted": "{problems} ({errors}, {warnings}, {infos}) {files}, {fatal} tarkistamatta",
    "no-problems": "Ei ongelmia {files}",
    "md-not-linted": "Ei tarkistettu",
    "md-language-fi": "suomi",
    "md-language-sv": "ruotsi",
    "md-language-en": "englanti",
    "md-language-und": "määrittämätön",
    "md-no-items": "Tässä raportissa ei ole tietosuoja-asetuksen tietojen kattavuutta.",
    "md-items": "Tietosuoja-asetuksen tiedot",
    "md-item-counts": "{present} mainittu, {vague} epämääräinen, {missing} puuttuu, {na} ei sovellu",
    "md-missing": "Puuttuu",
    "md-vague": "Epämääräinen",
    "md-item-coverage": "Tietojen kattavuus",
    "md-head-item": "tieto",
    "md-head-status": "tila",
    "md-head-line": "rivi",
    "md-head-severity": "vakavuus",
    "md-head-rule": "sääntö",
    "md-head-finding": "havainto",
    "md-status-present": "mainittu",
    "md-status-vague": "epämääräinen",
    "md-status-missing": "puuttuu",
    "md-status-not-applicable": "ei sovellu",
    "md-severity-error": "virhe",
    "md-severity-warning": "varoitus",
    "md-severity-info": "huomautus",
    "md-no-findings": "Ei havaintoja.",
    "md-suggested-fix": "Korjausehdotus",
    "md-notice-one": "{count} seloste",
    "md-notice-other": "{count} selostetta",
    "md-not-linted-count-one": "{count} tarkistamatta",
    "md-not-linted-count-other": "{count} tarkistamatta",
    "md-truncated": "Yhteenveto on lyhennetty GitHubin {limit} KiB:n rajaan: {findings} ei näytetä. SARIF-, JSON- ja annotaatiotulosteissa ne ovat kaikki.",
    "md-truncated-notices": "Yhteenveto on lyhennetty GitHubin {limit} KiB:n rajaan: {findings} ja {notices} ei näytetä. SARIF-, JSON- ja annotaatiotulosteissa ne ovat kaikki.",
    "md-finding-one": "{count} havainto",
    "md-finding-other": "{count} havaintoa",
    "md-more-notice-one": "{count} muuta selostetta",
    "md-more-notice-other": "{count} muuta selostetta",
    "gh-not-linted-title": "noticelint: tiedostoa ei tarkistettu",
    "not-linted-line": "Tiedostoa {path} ei voitu tarkistaa: {reason}",
    "gh-more-title": "noticelint: lisää havaintoja",
    "gh-more": "{findings} ({kinds}) ei näytetä annotaatioina: GitHub näyttää kutakin lajia {limit} vaihetta kohden. Katso työn yhteenveto, koodiskannauksen hälytykset (SARIF) tai aja noticelint omalla koneellasi.",
    "gh-more-finding-one": "{count} muu havainto",
    "gh-more-finding-other": "{count} muuta havaintoa"
  },
  "terms": {
    "country-russia": "Venäjä",
    "country-china": "Kiina",
    "country-india": "Intia",
    "country-belarus": "Valko-Venäjä",
    "country-ukraine": "Ukraina",
    "country-turkey": "Turkki",
    "country-philippines": "Filippiinit",
    "country-vietnam": "Vietnam",
    "country-singapore": "Singapore",
    "country-australia": "Australia",
    "country-usa": "Yhdysvallat",
    "country-united-kingdom": "Yhdistynyt kuningaskunta",
    "country-switzerland": "Sveitsi",
    "country-japan": "Japani",
    "country-canada": "Kanada",
    "country-korea": "Etelä-Korea",
    "country-israel": "Israel",
    "country-new-zealand": "Uusi-Seelanti",
    "country-argentina": "Argentiina",
    "country-uruguay": "Uruguay",
    "country-andorra": "Andorra",
    "country-faroe-islands": "Färsaaret",
    "country-guernsey": "Guernsey",
    "country-jersey": "Jersey",
    "country-isle-of-man": "Mansaari",
    "country-brazil": "Brasilia",
    "country-note-russia": "Euroopan tietosuojaneuvoston lausunto 02/2022: tarvitaan V luvun mukainen siirtoperuste ja siirtovaikutusten arviointi"
  },
  "fileErrors": {
    "binary": "binääritiedosto (se sisältää NUL-tavuja), ei tekstimuotoinen seloste",
    "unknown-encoding": "tuntematon merkistö \"{encoding}\"",
    "directory": "on kansio, ei tiedosto",
    "file-too-large": "tiedosto on {size} tavua, yli {max} tavun rajan (settings.maxFileSize tai --max-file-size)",
    "input-too-large": "syöte ylittää {max} tavun rajan (settings.maxFileSize tai --max-file-size)",
    "stdin-too-large": "vakiosyöte ylittää {max} tavun rajan (settings.maxFileSize tai --max-file-size)",
    "unreadable": "tiedostoa ei voi lukea ({code})",
    "html-elements": "siinä on yli {count} HTML-elementtiä, enemmän kuin noticelint lukee yhdestä tiedostosta (tietosuojaselosteessa on muutama tuhat)",
    "docx-password": "salasanalla suojattu (salattu) Word-asiakirja: noticelint ei voi lukea sitä; tallenna kopio ilman salasanaa",
    "docx-old-office": "vanha binäärimuotoinen Office-tiedosto (Word 97–2003 .doc?), ei DOCX: tallenna se .docx-muodossa",
    "docx-is-pdf": "PDF-tiedosto .docx-nimellä, ei Word-asiakirja",
    "docx-not-zip": "ei Word-asiakirja: DOCX on ZIP-arkisto, eikä tämä tiedosto ole",
    "docx-bad-zip": "Word-asiakirjaa ei voi lukea: vioittunut ZIP-arkisto ({detail})",
    "docx-excel": "ei Word-asiakirja: Excel-työkirja, jossa ei ole DOCX-tiedoston word/document.xml-osaa",
    "docx-powerpoint": "ei Word-asiakirja: PowerPoint-esitys, jossa ei ole DOCX-tiedoston word/document.xml-osaa",
    "docx-opendocument": "ei Word-asiakirja: OpenDocument-tiedosto (tallenna se .docx-muodossa), jossa ei ole DOCX-tiedoston word/document.xml-osaa",
    "docx-other-zip": "ei Word-asiakirja: jonkin muun ZIP-arkisto, jossa ei ole DOCX-tiedoston word/document.xml-osaa",
    "docx-encrypted-zip": "salattu ZIP-arkisto: noticelint ei voi lukea sitä",
    "docx-part": "Word-asiakirjaa ei voi lukea: sen osa {part} on vioittunut tai purkautuu suuremmaksi kuin {mb} Mt, jonka noticelint lukee yhdestä asiakirjasta",
    "docx-error": "Word-asiakirjaa ei voi lukea ({detail})",
    "docx-elements": "siinä on yli {count} elementtiä, enemmän kuin noticelint lukee yhdestä asiakirjasta",
    "pdf-budget": "lukeminen kesti yli {seconds} s, kauemmin kuin seloste vaatii: noticelint luopui siitä",
    "pdf-password": "salasanalla suojattu (salattu) PDF: noticelint ei voi lukea sitä; tallenna kopio ilman salasanaa",
    "pdf-invalid": "PDF-tiedostoa ei voi lukea (se on vioittunut tai ei ole PDF lainkaan)",
    "pdf-error": "PDF-tiedostoa ei voi lukea ({detail})",
    "pdf-pages": "siinä on {pages} sivua, enemmän kuin {max}, jotka noticelint lukee yhdestä PDF-tiedostosta",
    "pdf-chars": "siinä on yli {max} merkkiä tekstiä, enemmän kuin noticelint lukee yhdestä tiedostosta",
    "pdf-no-text": "PDF ilman tekstiä (skannattu asiakirja?): noticelint ei lue tekstin kuvia (ei tekstintunnistusta); tarkista alkuperäinen asiakirja",
    "url-invalid": "virheellinen URL-osoite",
    "url-protocol": "uudelleenohjattu {protocol}-osoitteeseen; vain http- ja https-osoitteet haetaan",
    "url-loop": "uudelleenohjaussilmukka (takaisin osoitteeseen {url})",
    "url-redirects": "yli {max} uudelleenohjausta (--max-redirects)",
    "url-status": "palvelin vastasi HTTP {status} ({url})",
    "url-too-large": "sivu ylittää {max} tavun rajan (settings.maxFileSize tai --max-file-size)",
    "url-timeout": "täydellistä vastausta ei saatu {seconds} sekunnissa (--fetch-timeout)",
    "url-no-host": "ei voi hakea: palvelinta ei ole ({code})",
    "url-lookup": "ei voi hakea: palvelimen nimeä ei voitu selvittää ({code})",
    "url-refused": "ei voi hakea: yhteys evättiin ({code})",
    "url-reset": "ei voi hakea: yhteys katkesi ({code})",
    "url-timed-out": "ei voi hakea: yhteys aikakatkaistiin ({code})",
    "url-closed": "ei voi hakea: yhteys suljettiin ({code})",
    "url-tls": "ei voi hakea: palvelimen TLS-varmennetta ei hyväksytty ({code})",
    "url-error": "ei voi hakea ({detail})"
  }
};

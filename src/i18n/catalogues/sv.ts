// Generated from messages/sv.yaml by `npm run messages:build`: edit the YAML, not this file.
import type { Catalogue } from '../catalogue.js';

export const sv: Catalogue = {
  "locale": "sv",
  "rules": {
    "consent-by-use": {
      "description": "\"Genom att använda webbplatsen godkänner du\": att använda en tjänst är inget samtycke till behandling av personuppgifter eller till kakor.",
      "messages": {
        "implied-consent": "\"{quote}\" behandlar användningen av webbplatsen eller tjänsten som ett godkännande. Samtycke måste vara ett tydligt, aktivt val: underförstått samtycke är inget samtycke (artikel 4.11 och skäl 32 i dataskyddsförordningen: tystnad eller inaktivitet är inget samtycke; {ruling}). Ange den verkliga rättsliga grunden för behandlingen (avtal, rättslig förpliktelse, berättigat intresse) och be om samtycke aktivt där det behövs."
      }
    },
    "cookie-consent-browser-settings": {
      "description": "Kakor som bara kan avböjas via webbläsarens inställningar: det är inget samtycke.",
      "messages": {
        "browser-only-tracking": "Beskrivningen säger att kakor används för analys eller marknadsföring, och det enda sätt den erbjuder att avböja dem är webbläsarens inställningar. Det är inget samtycke: kakor som inte är nödvändiga kräver besökarens förhandsgivna, aktiva samtycke (direktivet om integritet och elektronisk kommunikation 2002/58/EG, artikel 5.3; {ruling}; i Finland slog {finnishRuling} fast att webbläsarinställningar som tillåter kakor i allmänhet inte är samtycke). Be om samtycke med en kakbanner eller ett samtyckesverktyg innan kakorna sätts, och berätta för läsarna hur de ändrar sitt val.",
        "browser-only": "Det enda sätt beskrivningen erbjuder att avböja dess kakor är webbläsarens inställningar. Det är inget samtycke: kakor som inte är nödvändiga kräver besökarens förhandsgivna, aktiva samtycke (direktivet om integritet och elektronisk kommunikation 2002/58/EG, artikel 5.3; {ruling}; i Finland slog {finnishRuling} fast att webbläsarinställningar som tillåter kakor i allmänhet inte är samtycke). Be om samtycke med en kakbanner eller ett samtyckesverktyg innan kakorna sätts, och berätta för läsarna hur de ändrar sitt val. Om webbplatsen bara sätter strikt nödvändiga kakor, skriv det i stället."
      }
    },
    "duplicate-section-number": {
      "description": "Samma avsnittsnummer används för två avsnitt.",
      "messages": {
        "duplicate": "Avsnittsnummer {number} används två gånger: numrera om avsnitten så att varje nummer är unikt.",
        "first": "avsnittsnummer {number} används första gången här"
      }
    },
    "empty-section": {
      "description": "En rubrik utan text under sig.",
      "messages": {
        "empty": "Avsnittet \"{title}\" är tomt: skriv vad som gäller under det (eller att ingenting gör det), eller ta bort rubriken."
      }
    },
    "invalid-business-id": {
      "description": "Ett finskt FO-nummer (Y-tunnus) eller svenskt organisationsnummer med fel kontrollsiffra.",
      "messages": {
        "y-tunnus-impossible": "FO-numret (Y-tunnus) {id} kan inte vara giltigt: inget FO-nummer som börjar med {digits} delas någonsin ut (kontrollsiffrans regel, FO-numrets vikter 7-9-10-5-8-4-2). Kontrollera numret mot handelsregistret.",
        "y-tunnus-check-digit": "FO-numret (Y-tunnus) {id} har fel kontrollsiffra: {digits} ska följas av -{expected}. Kontrollera numret mot handelsregistret.",
        "y-tunnus-length": "FO-numret (Y-tunnus) {id} har {count} siffror före bindestrecket: ett FO-nummer har sju siffror och en kontrollsiffra (1234567-8). Kontrollera numret mot handelsregistret.",
        "vat-impossible": "Momsregistreringsnumret {vat} har fel kontrollsiffra: FI-nummer är FO-numret utan bindestreck, och inget giltigt FO-nummer börjar med {digits}.",
        "vat-check-digit": "Momsregistreringsnumret {vat} har fel kontrollsiffra: FI-nummer är FO-numret utan bindestreck, och {digits} ska följas av {expected}.",
        "organisationsnummer-check-digit": "Organisationsnumret {id} har fel kontrollsiffra (Luhn): {digits} ska sluta med {expected}. Kontrollera det mot Bolagsverkets register."
      }
    },
    "invalidated-transfer-mechanism": {
      "description": "Överföringar som grundas på Safe Harbor, skölden för skydd av privatlivet mellan EU och USA (Privacy Shield) eller de gamla standardavtalsklausulerna, som alla är ogiltiga nu.",
      "messages": {
        "safe-harbor": "\"{quote}\" nämner principerna om säker hamn mellan EU och USA (Safe Harbor), som EU-domstolen ogiltigförklarade den {since} ({judgment}): ingen överföring kan grundas på dem. Ange en giltig skyddsåtgärd, till exempel ramen för dataskydd mellan EU och USA (beslut om adekvat skyddsnivå av den 10.7.2023) för certifierade mottagare i USA, eller standardavtalsklausulerna i beslut (EU) 2021/914.",
        "privacy-shield": "\"{quote}\" nämner skölden för skydd av privatlivet mellan EU och USA (Privacy Shield), som EU-domstolen ogiltigförklarade den {since} ({judgment}): ingen överföring kan grundas på den. Ange en giltig skyddsåtgärd, till exempel ramen för dataskydd mellan EU och USA (beslut om adekvat skyddsnivå av den 10.7.2023) för certifierade mottagare i USA, eller standardavtalsklausulerna i beslut (EU) 2021/914.",
        "old-sccs": "\"{quote}\" hänvisar till de gamla standardavtalsklausulerna, som upphörde att gälla den {since}: ingen överföring kan grundas på dem. Ange en giltig skyddsåtgärd, till exempel ramen för dataskydd mellan EU och USA (beslut om adekvat skyddsnivå av den 10.7.2023) för certifierade mottagare i USA, eller standardavtalsklausulerna i beslut (EU) 2021/914."
      }
    },
    "leftover-artifact": {
      "description": "Sidnavigering, dolda e-postadresser, rå HTML, oifyllda mallfält, mallanvisningar eller arbetsmarkeringar (TODO) kvar i beskrivningen.",
      "messages": {
        "navigation": "\"{text}\" är sidnavigering som kopierats med beskrivningen: ta bort den.",
        "protected-email": "\"{text}\" står där en e-postadress stod: webbtjänsten dolde den, så läsarna kan inte se hur de kontaktar er. Skriv ut adressen i beskrivningens källtext.",
        "bracketed-choice": "\"{text}\" inom hakparentes ser ut som ett val ur en mall som blivit kvar: behåll de ord som gäller, utan hakparenteser, eller ta bort dem.",
        "work-marker": "\"{text}\" är en anteckning till skribenten som blivit kvar i beskrivningen: skriv det den står för, eller ta bort den.",
        "template-note": "\"{text}\": beskrivningen innehåller fortfarande mallens anvisning till den som fyller i den. Anpassa texten och ta bort anvisningen.",
        "template-field": "\"{text}\" ser ut som ett mallfält som aldrig fyllts i: ersätt det med den verkliga uppgiften.",
        "dummy-number": "\"{text}\" är ett påhittat nummer (dess siffror är 1234567), sådant som en mall fyller sina fält med: skriv det riktiga numret.",
        "zero-number": "\"{text}\" är ett nummer av bara nollor, sådant som en mall fyller sina fält med: skriv det riktiga numret.",
        "local-address": "\"{text}\" är en adress på skribentens egen dator (en lokal förhandsgranskningsserver) som har blivit kvar i texten: läsaren kan inte öppna den. Länka till den publicerade sidan.",
        "encoded-text": "\"{text}\" är kodad text, inte ord: ett skript på sidan eller dess dolda data har kopierats in i texten, och läsaren ser det som skräp. Ta bort det eller skriv ut vad som ska stå där.",
        "placeholder-address": "\"{text}\" är en adress på en exempeldomän, mallens exempel: skriv den riktiga adressen.",
        "tool-credit": "\"{text}\" är ett verktygs märkning (en maskinöversättares) som klistrats in med texten: ta bort den.",
        "bracketed-date": "\"{text}\": datumet står fortfarande inom mallens hakparenteser. Kontrollera datumet och ta bort hakparenteserna.",
        "style-rule": "\"{text}\" är en stilmallsregel (CSS) som syns som text: sidans kod har kopierats in i beskrivningen. Ta bort den.",
        "raw-html-one-line": "Rå HTML-taggar ({tags}) på 1 rad i denna beskrivning i vanlig text, den första här: märkningen har kopierats som text. Ta bort taggarna.",
        "raw-html": "Rå HTML-taggar ({tags}) på {lines} rader i denna beskrivning i vanlig text, den första här: märkningen har kopierats som text. Ta bort taggarna."
      }
    },
    "legacy-encoding": {
      "description": "Filen är inte UTF-8 och lästes som en äldre teckenkodning (Windows-1252), eller är UTF-8 med enstaka byte som inte är det.",
      "messages": {
        "stray-byte": "Filen är UTF-8 utom en byte som inte är giltig UTF-8 (här, läst som Windows-1252: {character}), troligen inklistrad från ett äldre program. Kontrollera tecknet och spara filen som giltig UTF-8.",
        "stray-bytes": "Filen är UTF-8 utom {count} byte som inte är giltig UTF-8 (den första här, läst som Windows-1252: {character}), troligen inklistrade från ett äldre program. Kontrollera tecknet och spara filen som giltig UTF-8.",
        "legacy": "Filen är inte giltig UTF-8; den lästes som {encoding}. Kontrollera att ä, ö, å och citattecken visas rätt, och spara den som UTF-8."
      }
    },
    "missing-automated-decision-making": {
      "description": "Beskrivningen säger inte om automatiserat beslutsfattande eller profilering förekommer.",
      "messages": {
        "missing": "Beskrivningen säger inte om automatiserat beslutsfattande, inbegripet profilering, förekommer: artikel 13.2 f i dataskyddsförordningen kräver det (ett enkelt besked om att det inte förekommer räcker).{where}",
        "vague": "\"{quote}\" nämner rättigheten som gäller automatiserade beslut men säger inte om några sådana fattas: enligt artikel 13.2 f i dataskyddsförordningen ska beskrivningen ange om automatiserat beslutsfattande, inbegripet profilering, förekommer.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till till exempel \"Vi fattar inga beslut som enbart grundas på automatiserad behandling, och vi använder inte dina uppgifter för profilering.\""
      }
    },
    "missing-complaint-right": {
      "description": "Beskrivningen nämner inte rätten att lämna klagomål till en tillsynsmyndighet.",
      "messages": {
        "missing": "Beskrivningen nämner inte rätten att lämna klagomål till en tillsynsmyndighet: artikel 13.2 d i dataskyddsförordningen kräver det (artikel 77).{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till till exempel \"Du har rätt att lämna klagomål till tillsynsmyndigheten: i Finland Dataombudsmannens byrå (tietosuoja.fi), i Sverige IMY (imy.se).\""
      }
    },
    "missing-consent-withdrawal": {
      "description": "Samtycke används, men beskrivningen säger inte att det kan återkallas när som helst.",
      "messages": {
        "missing": "Beskrivningen använder samtycke men säger inte att samtycket kan återkallas när som helst: artikel 13.2 c i dataskyddsförordningen kräver det, och enligt artikel 7.3 ska det vara lika lätt att återkalla som att ge samtycke.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till till exempel \"Du kan när som helst återkalla ditt samtycke via avregistreringslänken eller genom att mejla oss; återkallelsen påverkar inte behandlingen före den.\""
      }
    },
    "missing-controller-identity": {
      "description": "Beskrivningen säger inte vem den personuppgiftsansvarige är och hur man kontaktar den.",
      "messages": {
        "missing": "Beskrivningen säger inte vem den personuppgiftsansvarige är eller hur den nås: artikel 13.1 a i dataskyddsförordningen kräver den personuppgiftsansvariges identitet och kontaktuppgifter.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Ange den organisation som bestämmer över behandlingen, med organisationsnummer, postadress och en e-postadress eller ett telefonnummer."
      }
    },
    "missing-data-categories": {
      "description": "Beskrivningen räknar inte upp vilka kategorier av personuppgifter som behandlas.",
      "messages": {
        "missing": "Beskrivningen säger inte vilka personuppgifter som behandlas: artikel 14.1 d i dataskyddsförordningen kräver kategorierna av personuppgifter när uppgifterna inte bara samlas in från den registrerade, och de finska och svenska myndigheterna förväntar sig dem i varje beskrivning.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Räkna upp uppgifterna, till exempel \"namn, e-postadress, telefonnummer, orderhistorik och betalningsstatus\"."
      }
    },
    "missing-data-sources": {
      "description": "Beskrivningen säger inte varifrån personuppgifterna kommer.",
      "messages": {
        "missing": "Beskrivningen säger inte varifrån personuppgifterna kommer: artikel 14.2 f i dataskyddsförordningen kräver källan till uppgifter som inte samlats in från den registrerade.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Ange källorna, till exempel \"Vi får dina uppgifter från dig när du beställer, och adressändringar från Postis adresstjänst.\""
      }
    },
    "missing-dpo-contact": {
      "description": "Inga kontaktuppgifter till ett dataskyddsombud (krävs om ett sådant har utsetts; settings.dpoAppointed: true gör det till ett fel, false stänger av det).",
      "messages": {
        "missing": "Inga kontaktuppgifter till ett dataskyddsombud: artikel 13.1 b i dataskyddsförordningen kräver dem om ett dataskyddsombud har utsetts (myndigheter och organisationer vars kärnverksamhet är storskalig övervakning eller särskilda kategorier av personuppgifter måste utse ett).{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Om ni har utsett ett dataskyddsombud, ange ombudets e-postadress eller adress; om ni inte har det kan ni skriva det, och ange \"dpoAppointed\": false i konfigurationen för att stänga av detta fynd."
      }
    },
    "missing-international-transfers": {
      "description": "Beskrivningen säger inte om uppgifter överförs utanför EU/EES (ett fel när den nämner amerikanska tjänster som Google Analytics), eller säger det utan mottagarland eller skyddsåtgärd.",
      "messages": {
        "missing": "Beskrivningen säger inte om personuppgifter överförs utanför EU/EES: artikel 13.1 f i dataskyddsförordningen kräver det, och för överföringar beslutet om adekvat skyddsnivå eller den skyddsåtgärd som används.{services}{where}",
        "vague": "\"{quote}\" säger att uppgifter kan föras utomlands men inte vart eller med vilken skyddsåtgärd: artikel 13.1 f i dataskyddsförordningen kräver beslutet om adekvat skyddsnivå eller skyddsåtgärderna (till exempel standardavtalsklausuler) och hur man får en kopia av dem.{services}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Ange om uppgifter lämnar EU/EES och på vilka villkor, till exempel \"Uppgifter från Google Analytics överförs till USA med stöd av ramen för dataskydd mellan EU och USA (beslut om adekvat skyddsnivå av den 10.7.2023)\", eller \"Vi överför inte personuppgifter utanför EU/EES.\"",
        "us-service": " Beskrivningen nämner {services}, som behandlar uppgifter i USA.",
        "us-services": " Beskrivningen nämner {services}, som behandlar uppgifter i USA."
      }
    },
    "missing-legal-basis": {
      "description": "Ingen rättslig grund enligt artikel 6.1 för behandlingen, eller bara en relation (\"kundrelation\") angiven som grund.",
      "messages": {
        "missing": "Beskrivningen anger inte den rättsliga grunden för behandlingen: artikel 13.1 c i dataskyddsförordningen kräver den (artikel 6.1: samtycke, avtal, rättslig förpliktelse, grundläggande intressen, allmänt intresse eller myndighetsutövning, eller berättigat intresse).{where}",
        "vague": "\"{quote}\" anger en relation, inte en rättslig grund: en kundrelation eller ett medlemskap är inte någon av grunderna i artikel 6.1 i dataskyddsförordningen, som beskrivningen enligt artikel 13.1 c ska ange.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Ange grunden för varje ändamål, till exempel \"Behandlingen är nödvändig för att fullgöra vårt avtal med dig (artikel 6.1 b i dataskyddsförordningen); för faktureringsunderlag för att fullgöra vår rättsliga förpliktelse enligt bokföringslagen (artikel 6.1 c).\""
      }
    },
    "missing-legitimate-interests": {
      "description": "Berättigat intresse anges som grund, men beskrivningen säger inte vilket intresset är.",
      "messages": {
        "missing": "Berättigat intresse anges som rättslig grund, men beskrivningen säger inte vilka dessa intressen är: artikel 13.1 d i dataskyddsförordningen kräver att de berättigade intressen som eftersträvas anges.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Beskriv intresset, till exempel \"vårt berättigade intresse av att berätta för befintliga kunder om liknande produkter\" eller \"av att hålla våra lokaler och vår personal säkra\"."
      }
    },
    "missing-purposes": {
      "description": "Beskrivningen anger inte ändamålen med behandlingen.",
      "messages": {
        "missing": "Beskrivningen säger inte vad personuppgifterna används till: artikel 13.1 c i dataskyddsförordningen kräver ändamålen med behandlingen.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Räkna upp ändamålen, till exempel \"Vi använder dina uppgifter för att leverera dina beställningar, fakturera dem och skicka vårt nyhetsbrev.\""
      }
    },
    "missing-recipients": {
      "description": "Beskrivningen anger inte mottagarna (eller kategorierna av mottagare) av uppgifterna, eller att det inte finns några.",
      "messages": {
        "missing": "Beskrivningen säger inte vem som tar emot personuppgifterna: artikel 13.1 e i dataskyddsförordningen kräver mottagarna eller kategorierna av mottagare (personuppgiftsbiträden, myndigheter, samarbetspartner), eller ett besked om att det inte finns några.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Ange mottagarna, till exempel \"Vår redovisningsbyrå och vår IT-leverantör behandlar uppgifterna för vår räkning; vi lämnar ut uppgifter till myndigheter bara när lagen kräver det.\""
      }
    },
    "missing-retention-period": {
      "description": "Beskrivningen säger inte hur länge uppgifterna sparas, eller säger bara \"så länge som behövs\".",
      "messages": {
        "missing": "Beskrivningen säger inte hur länge personuppgifterna sparas: artikel 13.2 a i dataskyddsförordningen kräver lagringstiden eller de kriterier som används för att bestämma den.{where}",
        "vague": "\"{quote}\" säger inte hur länge uppgifterna sparas: enbart \"så länge som behövs\" eller \"så länge lagen kräver\" är för vagt för artikel 13.2 a i dataskyddsförordningen, som kräver lagringstiden eller de kriterier som bestämmer den.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Ange en tid med en startpunkt eller konkreta kriterier, till exempel \"Kunduppgifter raderas 24 månader efter din senaste beställning; bokföringsmaterial sparas i 6 år efter räkenskapsårets slut (bokföringslagen).\""
      }
    },
    "missing-right-of-access": {
      "description": "Beskrivningen nämner inte rätten till tillgång till de egna uppgifterna.",
      "messages": {
        "missing": "Beskrivningen nämner inte rätten till tillgång till de egna uppgifterna (artikel 15): enligt artikel 13.2 b i dataskyddsförordningen ska den registrerade informeras om den.{where}",
        "vague": "\"{quote}\" nämner rätten till tillgång bara för att neka den eller åsidosätta den: beskrivningen måste ändå berätta för den registrerade att rättigheten finns (artikel 15) och när den gäller.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till den bland rättigheterna, till exempel \"Du har rätt att få veta vilka uppgifter vi har om dig och att få en kopia av dem.\""
      }
    },
    "missing-right-to-erasure": {
      "description": "Beskrivningen nämner inte rätten till radering (\"rätten att bli bortglömd\").",
      "messages": {
        "missing": "Beskrivningen nämner inte rätten till radering (\"rätten att bli bortglömd\") (artikel 17): enligt artikel 13.2 b i dataskyddsförordningen ska den registrerade informeras om den.{where}",
        "vague": "\"{quote}\" nämner rätten till radering bara för att neka den eller åsidosätta den: beskrivningen måste ändå berätta för den registrerade att rättigheten finns (artikel 17) och när den gäller.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till den bland rättigheterna, till exempel \"Du har rätt att få dina uppgifter raderade, om vi inte enligt lag måste spara dem.\""
      }
    },
    "missing-right-to-object": {
      "description": "Beskrivningen nämner inte rätten att invända mot behandling (inklusive direktmarknadsföring).",
      "messages": {
        "missing": "Beskrivningen nämner inte rätten att invända mot behandling (inklusive direktmarknadsföring) (artikel 21): enligt artikel 13.2 b i dataskyddsförordningen ska den registrerade informeras om den.{where}",
        "vague": "\"{quote}\" nämner rätten att invända bara för att neka den eller åsidosätta den: beskrivningen måste ändå berätta för den registrerade att rättigheten finns (artikel 21) och när den gäller.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till den bland rättigheterna, till exempel \"Du kan invända mot behandling som grundas på vårt berättigade intresse, och mot direktmarknadsföring när som helst.\""
      }
    },
    "missing-right-to-portability": {
      "description": "Beskrivningen nämner inte rätten till dataportabilitet.",
      "messages": {
        "missing": "Beskrivningen nämner inte rätten till dataportabilitet (artikel 20): enligt artikel 13.2 b i dataskyddsförordningen ska den registrerade informeras om den.{where}",
        "vague": "\"{quote}\" nämner rätten till dataportabilitet bara för att neka den eller åsidosätta den: beskrivningen måste ändå berätta för den registrerade att rättigheten finns (artikel 20) och när den gäller.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till den bland rättigheterna, till exempel \"Du har rätt att få de uppgifter du lämnat till oss i ett maskinläsbart format och att få dem överförda till en annan personuppgiftsansvarig.\""
      }
    },
    "missing-right-to-rectification": {
      "description": "Beskrivningen nämner inte rätten att få felaktiga uppgifter rättade.",
      "messages": {
        "missing": "Beskrivningen nämner inte rätten att få felaktiga uppgifter rättade (artikel 16): enligt artikel 13.2 b i dataskyddsförordningen ska den registrerade informeras om den.{where}",
        "vague": "\"{quote}\" nämner rätten till rättelse bara för att neka den eller åsidosätta den: beskrivningen måste ändå berätta för den registrerade att rättigheten finns (artikel 16) och när den gäller.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till den bland rättigheterna, till exempel \"Du har rätt att få felaktiga eller ofullständiga uppgifter om dig rättade.\""
      }
    },
    "missing-right-to-restriction": {
      "description": "Beskrivningen nämner inte rätten till begränsning av behandling.",
      "messages": {
        "missing": "Beskrivningen nämner inte rätten till begränsning av behandling (artikel 18): enligt artikel 13.2 b i dataskyddsförordningen ska den registrerade informeras om den.{where}",
        "vague": "\"{quote}\" nämner rätten till begränsning av behandling bara för att neka den eller åsidosätta den: beskrivningen måste ändå berätta för den registrerade att rättigheten finns (artikel 18) och när den gäller.",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till den bland rättigheterna, till exempel \"Du har rätt att be oss begränsa behandlingen av dina uppgifter, till exempel medan vi kontrollerar att de är korrekta.\""
      }
    },
    "missing-statutory-requirement": {
      "description": "Beskrivningen säger inte om det är obligatoriskt att lämna uppgifterna, och vad som händer om de inte lämnas.",
      "messages": {
        "missing": "Beskrivningen säger inte om den registrerade måste lämna uppgifterna, och vad som händer om hen inte gör det: artikel 13.2 e i dataskyddsförordningen kräver uppgift om huruvida det är ett lagstadgat eller avtalsenligt krav och om följderna av att uppgifterna inte lämnas.{where}",
        "belongs-under": " Det hör hemma under rubriken \"{heading}\".",
        "suggestion": "Lägg till till exempel \"Ditt namn och din adress behövs för att leverera din beställning; utan dem kan vi inte ingå avtalet. Allt annat är frivilligt.\""
      }
    },
    "not-a-notice": {
      "description": "Filen är ingen integritetsinformation (en tom fil, en README, en kakbanner); rapporteras en gång i stället för tjugo saknade punkter.",
      "messages": {
        "empty": "Filen är tom: det finns ingen integritetsinformation att granska. Granska själva beskrivningen, eller utelämna den här filen.",
        "not-a-notice": "Den här filen är ingen integritetsinformation: den talar knappt om personuppgifter och anger nästan inget av det som artiklarna 13 och 14 i dataskyddsförordningen kräver (vem den personuppgiftsansvarige är, ändamål, rättslig grund, mottagare, lagringstid, rättigheter). Om den är tänkt som en beskrivning saknar den nästan allt; om inte, utelämna den från de filer som granskas."
      }
    },
    "notice-date": {
      "description": "Beskrivningen är odaterad, daterad innan dataskyddsförordningen började tillämpas, eller inte granskad på över två år (god praxis, ingen lagstadgad tidsfrist).",
      "messages": {
        "undated": "Beskrivningen saknar datum, så läsarna kan inte avgöra om den är aktuell. Lägg till datumet för den senaste uppdateringen nära rubriken (\"Päivitetty\", \"Senast uppdaterad\" eller \"Last updated\" och datumet), och ändra det vid varje uppdatering.",
        "before-gdpr": "\"{text}\": beskrivningen är daterad {date}, innan dataskyddsförordningen började tillämpas den {gdprDate}, och har inte daterats sedan dess: den kan ha skrivits för den gamla lagen. Granska den mot artiklarna 13 och 14 i dataskyddsförordningen (rättslig grund, lagringstid, rättigheter, överföringar, rätt att klaga) och datera den nya versionen.",
        "stale-months": "\"{text}\": beskrivningen daterades senast {date}, {months} månader före {today}. Mottagare, tjänster, överföringar, lagringstider och myndighetens kontaktuppgifter ändras: kontrollera att den fortfarande stämmer och datera den nya versionen. Ingen lag anger hur ofta den ska granskas; en granskning vart {reviewYears}:e år, och när behandlingen ändras, är god praxis.",
        "stale-years": "\"{text}\": beskrivningen daterades senast {date}, över {years} år före {today}. Mottagare, tjänster, överföringar, lagringstider och myndighetens kontaktuppgifter ändras: kontrollera att den fortfarande stämmer och datera den nya versionen. Ingen lag anger hur ofta den ska granskas; en granskning vart {reviewYears}:e år, och när behandlingen ändras, är god praxis."
      }
    },
    "outdated-law-reference": {
      "description": "En upphävd lag (Henkilötietolaki 523/1999, personuppgiftslagen, direktiv 95/46/EG, ...) åberopad som om den gällde.",
      "messages": {
        "henkilotietolaki": "\"{quote}\" hänvisar till Finlands personuppgiftslag (henkilötietolaki 523/1999), som upphävdes den 1.1.2019; dataskyddsförordningen har tillämpats sedan den 25.5.2018.{detail} Hänvisa i stället till dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (tietosuojalaki 1050/2018).",
        "henkilorekisterilaki": "\"{quote}\" hänvisar till personregisterlagen (henkilörekisterilaki 471/1987), som 1999 ersattes av personuppgiftslagen, i sin tur upphävd den 1.1.2019.{detail} Hänvisa i stället till dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (tietosuojalaki 1050/2018).",
        "tietosuojalautakuntalaki": "\"{quote}\" hänvisar till lagen om datasekretessnämnden och dataombudsmannen (389/1994), som upphävdes den 1.1.2019 när datasekretessnämnden (tietosuojalautakunta) avskaffades.{detail} Hänvisa i stället till dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (tietosuojalaki 1050/2018); klagomål lämnas till dataombudsmannen.",
        "sahkoisen-viestinnan-tietosuojalaki": "\"{quote}\" hänvisar till lagen om dataskydd vid elektronisk kommunikation (516/2004), som upphävdes den 1.1.2015 genom lag 917/2014.{detail} Hänvisa i stället till lagen om tjänster inom elektronisk kommunikation (laki sähköisen viestinnän palveluista 917/2014; kakor: 205 §).",
        "directive-95-46": "\"{quote}\" hänvisar till dataskyddsdirektivet 95/46/EG, som upphävdes genom dataskyddsförordningen (EU) 2016/679 med verkan från den 25.5.2018.{detail} Hänvisa i stället till dataskyddsförordningen (EU) 2016/679.",
        "pul-se": "\"{quote}\" hänvisar till personuppgiftslagen (1998:204), som upphävdes den 25.5.2018: hänvisa i stället till dataskyddsförordningen (EU) 2016/679 och dataskyddslagen (2018:218).",
        "pul-either": "\"{quote}\" hänvisar till en upphävd personuppgiftslag: Finlands (523/1999, upphävd den 1.1.2019) eller Sveriges (1998:204, upphävd den 25.5.2018). Hänvisa i stället till dataskyddsförordningen (EU) 2016/679 och den nationella dataskyddslagen (Finland: tietosuojalaki 1050/2018; Sverige: dataskyddslagen 2018:218).",
        "section-8": " Dess 8 § (allmänna förutsättningar för behandling) motsvaras nu av dataskyddsförordningens artikel 6 (rättslig grund).{next}",
        "section-10": " Dess 10 § (registerbeskrivning) har ingen motsvarighet i dataskyddsförordningen: beskrivningen ger själv uppgifterna i artikel 13/14.{next}",
        "section-24": " Dess 24 § (information till den registrerade) motsvaras nu av dataskyddsförordningens artikel 13/14.{next}",
        "section-26": " Dess 26 § (rätt till insyn) motsvaras nu av dataskyddsförordningens artikel 15.{next}",
        "section-27": " Dess 27 § (begränsningar av rätten till insyn) motsvaras nu av dataskyddsförordningens artikel 15.{next}",
        "section-28": " Dess 28 § (utövande av rätten till insyn) motsvaras nu av dataskyddsförordningens artikel 15.{next}",
        "section-29": " Dess 29 § (rättelse) motsvaras nu av dataskyddsförordningens artikel 16.{next}",
        "section-30": " Dess 30 § (rätt att förbjuda, t.ex. direktmarknadsföring) motsvaras nu av dataskyddsförordningens artikel 21.{next}"
      }
    },
    "read-as-plain-text": {
      "description": "En fil lästes som ren text: dess märkning var för djupt nästlad, eller den skulle kosta mer att läsa än någon beskrivning kan (för många betoningstecken, tabellceller, rubriker eller rader).",
      "messages": {
        "html": "Den här HTML-filen lästes som ren text, utan sin märkning: {reason}, mer än en integritetsinformation har. Dess rubriker, listor och tabeller kan läsas sämre; kontrollera att filen är den beskrivning du avsåg.",
        "markdown": "Den här Markdown-filen lästes som ren text, utan sin märkning: {reason}, mer än en integritetsinformation har. Dess rubriker, listor och tabeller kan läsas sämre; kontrollera att filen är den beskrivning du avsåg.",
        "text": "Den här textfilen lästes som ren text, utan sina rubriker: {reason}, mer än en integritetsinformation har. Dess rubriker, listor och tabeller kan läsas sämre; kontrollera att filen är den beskrivning du avsåg."
      }
    },
    "stale-agency-name": {
      "description": "En finsk myndighet under ett namn den inte längre har (Väestörekisterikeskus, maistraatti, Viestintävirasto, Trafi, Liikennevirasto, Itella).",
      "messages": {
        "renamed": "\"{quote}\" nämner {was}, som blev {now} den {since}: ange den nuvarande myndigheten.",
        "renamed-local": "\"{quote}\" nämner {was}, som blev {now} den {since}: ange den nuvarande myndigheten ({local})."
      }
    },
    "stale-authority-contact": {
      "description": "Tillsynsmyndighetens gamla adress, postnummer, fax, webbadress eller e-postadress, eller Sveriges myndighet under sitt gamla namn.",
      "messages": {
        "old-url": "{url} är en sida på Dataombudsmannens byrås gamla webbplats, borta sedan 2018: länka i stället till {web}.",
        "wrong-email": "{email} är inte Dataombudsmannens byrås e-postadress: den är {current}.",
        "old-street": "\"{text}\" är Dataombudsmannens byrås gamla besöksadress: byrån finns på {street}, {visitingCode} {visitingCity}; post skickas till {postBox}, {postBoxCode} {postCity}.",
        "old-postal-code-post": "{code} är {what}: Dataombudsmannens byrås postadress är {postBox}, {postBoxCode} {city}.",
        "old-postal-code-visit": "{code} är {what}: Dataombudsmannens byrås besöksadress är {street}, {visitingCode} {city}.",
        "old-postal-code": "{code} är {what}: Dataombudsmannens byrås adresser är {postBox}, {postBoxCode} {city} (post) och {street}, {visitingCode} {city} (besök).",
        "old-fax": "{phone} är {what}: ta bort det med sin etikett; växeln är {switchboard} och e-postadressen {email}.",
        "old-phone": "{phone} är {what} och anges inte längre: använd i stället växeln {switchboard}.",
        "swedish-authority-in-finland": "\"{name}\" var Sveriges tillsynsmyndighet (bytte namn till Integritetsskyddsmyndigheten, IMY, den {since}), inte Finlands: klagomål i Finland lämnas till {authority} ({web}).",
        "renamed-undated-sweden": "\"{name}\" heter {current} sedan den {since}. Beskrivningen saknar datum: ange myndigheten med dess nuvarande namn.",
        "renamed-undated": "\"{name}\" heter {current} sedan den {since}. Beskrivningen saknar datum: ange myndigheten med dess nuvarande namn (eller, om beskrivningen gäller Finland, Dataombudsmannens byrå).",
        "renamed-dated-sweden": "\"{name}\" heter {current} sedan den {since}. Beskrivningen är daterad {year}: ange myndigheten med dess nuvarande namn.",
        "renamed-dated": "\"{name}\" heter {current} sedan den {since}. Beskrivningen är daterad {year}: ange myndigheten med dess nuvarande namn (eller, om beskrivningen gäller Finland, Dataombudsmannens byrå).",
        "old-swedish-url": "{url} är den gamla webbplatsen för Sveriges tillsynsmyndighet, som bytte namn den {since}: den är https://www.{host} nu."
      }
    },
    "transfer-contradiction": {
      "description": "Beskrivningen säger att personuppgifterna stannar inom EU/EES, men nämner en plats eller tjänst utanför.",
      "messages": {
        "contradiction": "Beskrivningen säger att personuppgifter inte överförs utanför EU/EES, men här {what}{also}: de två motsäger varandra.{exception} {fix} (artikel 13.1 f i dataskyddsförordningen).",
        "uses-service": "används {mention}, en tjänst som behandlar personuppgifter i USA",
        "names-recipient": "nämns {mention}",
        "places-data": "placeras personuppgifter i {mention}",
        "places-data-no-adequacy": "placeras personuppgifter i {mention}, ett land utan beslut om adekvat skyddsnivå",
        "also": " (även {mentions})",
        "vague-exception": " Dess undantag säger inte vart uppgifterna går eller på vilken grund.",
        "fix-claim": "Rätta påståendet och ange överföringen till {country} med dess skyddsåtgärd",
        "fix-service": "Ange vilka uppgifter som går till USA och på vilken grund (ramen för dataskydd mellan EU och USA, standardavtalsklausuler), eller sluta använda tjänsten",
        "claim": "påståendet att personuppgifterna stannar inom EU/EES",
        "also-outside": "även utanför EU/EES: {mention}",
        "mention-service": "\"{name}\"",
        "mention-recipient": "\"{name}\", en mottagare i {country}",
        "mention-country": "{country} (\"{name}\")"
      }
    },
    "transfer-safeguards": {
      "description": "Överföringar utanför EU/EES utan angivet beslut om adekvat skyddsnivå, skyddsåtgärd eller undantag.",
      "messages": {
        "no-adequacy": "Personuppgifter kan gå till {mention}, som saknar beslut om adekvat skyddsnivå{note}, och beskrivningen anger ingen skyddsåtgärd för det. Ange skyddsåtgärden enligt artikel 46 (standardavtalsklausulerna i beslut (EU) 2021/914 med en konsekvensbedömning av överföringen, bindande företagsbestämmelser) eller det undantag enligt artikel 49 som omfattar överföringar till {country}, och hur man får en kopia (artikel 13.1 f i dataskyddsförordningen).",
        "no-mechanism": "Beskrivningen {said}, men anger ingen grund för överföringen. Ange vilka uppgifter som går vart, och på vilken grund: ett beslut om adekvat skyddsnivå (för USA: mottagarens certifiering enligt ramen för dataskydd mellan EU och USA), standardavtalsklausuler (beslut (EU) 2021/914), bindande företagsbestämmelser eller ett undantag enligt artikel 49, och hur man får en kopia (artikel 13.1 f i dataskyddsförordningen).",
        "allows-transfers": "tillåter överföringar till tredjeländer (\"{quote}\")",
        "places-in-usa": "placerar uppgifter i USA: {places}",
        "uses-service": "använder en tjänst som behandlar personuppgifter i USA: {services}",
        "uses-services": "använder tjänster som behandlar personuppgifter i USA: {services}",
        "two-things": "{first} och {second}",
        "three-things": "{first}, {second} och {third}",
        "recipient": "mottagare utanför EU/EES: {mention}",
        "note": " ({note})",
        "mention-service": "\"{name}\"",
        "mention-recipient": "\"{name}\", en mottagare i {country}",
        "mention-country": "{country} (\"{name}\")"
      }
    },
    "vague-language": {
      "description": "Förbehåll (\"kan komma att\", \"vissa\", \"may\", \"saatetaan\") som döljer vad som görs med uppgifterna.",
      "messages": {
        "hedged": "\"{hedges}\" i \"{sentence}\" lämnar öppet om och när det sker. Skriv vad som görs, med vilka uppgifter och för vilket ändamål eller med vem (WP260 rev.01 nämner \"may\", \"might\", \"some\", \"possibly\" som dålig praxis).{more}",
        "more": " Ytterligare {more} sådana meningar följer ({hedged} av {statements} uttalanden om ändamål, utlämnande eller överföring innehåller förbehåll)."
      }
    },
    "parity-item": {
      "description": "En språkversion anger en uppgift enligt artikel 13/14 i dataskyddsförordningen som en annan utelämnar",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sidan {page}, rad {line}",
        "at-paragraph": "{file}, stycke {paragraph}",
        "said-at": "{text} ({where})",
        "not-stated": "{item}: anges inte i den här versionen, men anges i {where}{quoted}.",
        "quoted": " ({text})",
        "not-a-notice-one": "Den här versionen är ingen fullständig dataskyddsbeskrivning (den anger färre än {min} av de uppgifter dataskyddsförordningen kräver), medan {full} är det: versionerna jämfördes inte.",
        "not-a-notice-many": "Den här versionen är ingen fullständig dataskyddsbeskrivning (den anger färre än {min} av de uppgifter dataskyddsförordningen kräver), medan {full} är det: versionerna jämfördes inte."
      }
    },
    "parity-fact": {
      "description": "Språkversionerna anger olika fakta: tidsperioder, datum, e-postadresser, telefonnummer, postnummer, webbadresser, organisationsnummer, namngivna tjänster, länder, överföringsmekanismer",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sidan {page}, rad {line}",
        "at-paragraph": "{file}, stycke {paragraph}",
        "said-at": "{text} ({where})",
        "differs-one": "{name} {value} skiljer sig från den andra versionen: {said}.",
        "differs-many": "{name} {value} skiljer sig från de andra versionerna: {said}.",
        "only-here": "{name} {value} finns bara i den här versionen, inte i {lacking}.",
        "not-here": "{name} {said} saknas i den här versionen.",
        "kind-time": "Tidsperioden",
        "kind-date": "Datumet",
        "kind-email": "E-postadressen",
        "kind-phone": "Telefonnumret",
        "kind-postal-code": "Postnumret",
        "kind-web-address": "Webbadressen",
        "kind-business-id": "Organisationsnumret",
        "kind-service": "Den namngivna tjänsten",
        "kind-country": "Landet",
        "kind-mechanism": "Överföringsmekanismen",
        "kind-law": "Den citerade lagen",
        "kind-article": "Den citerade artikeln"
      }
    },
    "parity-citation": {
      "description": "Språkversionerna hänvisar till olika lagar eller artiklar i dataskyddsförordningen",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sidan {page}, rad {line}",
        "at-paragraph": "{file}, stycke {paragraph}",
        "said-at": "{text} ({where})",
        "differs-one": "{name} {value} skiljer sig från den andra versionen: {said}.",
        "differs-many": "{name} {value} skiljer sig från de andra versionerna: {said}.",
        "only-here": "{name} {value} finns bara i den här versionen, inte i {lacking}.",
        "not-here": "{name} {said} saknas i den här versionen.",
        "kind-time": "Tidsperioden",
        "kind-date": "Datumet",
        "kind-email": "E-postadressen",
        "kind-phone": "Telefonnumret",
        "kind-postal-code": "Postnumret",
        "kind-web-address": "Webbadressen",
        "kind-business-id": "Organisationsnumret",
        "kind-service": "Den namngivna tjänsten",
        "kind-country": "Landet",
        "kind-mechanism": "Överföringsmekanismen",
        "kind-law": "Den citerade lagen",
        "kind-article": "Den citerade artikeln"
      }
    },
    "parity-defect": {
      "description": "Ett fel (upphävd lag, inaktuell myndighetsuppgift, ogiltig överföringsmekanism, motsägelse) har rättats i en språkversion men inte i en annan",
      "messages": {
        "not-fixed": "{rule} är rättat i {fixedIn} men inte i den här versionen: {message}"
      }
    },
    "parity-section": {
      "description": "En språkversion har ett avsnitt (matchat efter de uppgifter det anger och dess plats bland dem, inte efter rubriken) som en annan saknar",
      "messages": {
        "at-line": "{file}:{line}",
        "at-page": "{file}, sidan {page}, rad {line}",
        "at-paragraph": "{file}, stycke {paragraph}",
        "said-at": "{text} ({where})",
        "no-section": "Den här versionen saknar avsnittet {title} ({where}: {items}){before}.",
        "no-section-between": "Den här versionen saknar avsnittet {title} ({where}), och det finns inget mellan avsnitten runt det{before}.",
        "before": " (det skulle komma före det här avsnittet)"
      }
    },
    "parity-unchanged": {
      "description": "En pull request (eller push) ändrar en språkversion av en beskrivning men inte de andra (GitHub Action)",
      "messages": {
        "unchanged-one": "{what} ändrar den här språkversionen men inte {untouched}: uppdatera den också, eller kontrollera att versionerna fortfarande säger samma sak.",
        "unchanged-many": "{what} ändrar den här språkversionen men inte {untouched}: uppdatera dem också, eller kontrollera att versionerna fortfarande säger samma sak."
      }
    }
  },
  "items": {
    "controller-identity": "Den personuppgiftsansvariges identitet och kontaktuppgifter",
    "dpo-contact": "Dataskyddsombudets kontaktuppgifter",
    "purposes": "Ändamålen med behandlingen",
    "legal-basis": "Rättslig grund för behandlingen",
    "legitimate-interests": "Berättigade intressen som eftersträvas",
    "recipients": "Mottagare eller kategorier av mottagare",
    "international-transfers": "Överföring till tredjeland",
    "retention-period": "Lagringstid",
    "right-of-access": "Rätt till tillgång",
    "right-to-rectification": "Rätt till rättelse",
    "right-to-erasure": "Rätt till radering",
    "right-to-restriction": "Rätt till begränsning av behandling",
    "right-to-object": "Rätt att göra invändningar",
    "right-to-portability": "Rätt till dataportabilitet",
    "consent-withdrawal": "Rätt att återkalla samtycke",
    "complaint-right": "Rätt att lämna klagomål till en tillsynsmyndighet",
    "statutory-requirement": "Om uppgifterna är ett lagstadgat eller avtalsenligt krav",
    "automated-decision-making": "Automatiserat beslutsfattande, inbegripet profilering",
    "data-categories": "Kategorier av personuppgifter",
    "data-sources": "Personuppgifternas källa"
  },
  "report": {
    "problem-one": "{count} problem",
    "problem-other": "{count} problem",
    "error-one": "{count} fel",
    "error-other": "{count} fel",
    "warning-one": "{count} varning",
    "warning-other": "{count} varningar",
    "info-one": "{count} notering",
    "info-other": "{count} noteringar",
    "file-one": "{count} fil",
    "file-other": "{count} filer",
    "summary": "{problems} ({errors}, {warnings}, {infos}) i {files}",
    "summary-not-linted": "{problems} ({errors}, {warnings}, {infos}) i {files}, {fatal} inte granskade",
    "no-problems": "Inga problem i {files}",
    "md-not-linted": "Inte granskad",
    "md-language-fi": "finska",
    "md-language-sv": "svenska",
    "md-language-en": "engelska",
    "md-language-und": "obestämt",
    "md-no-items": "Rapporten visar inte täckningen av dataskyddsförordningens uppgifter.",
    "md-items": "Uppgifter enligt dataskyddsförordningen",
    "md-item-counts": "{present} finns, {vague} vaga, {missing} saknas, {na} ej tillämpliga",
    "md-missing": "Saknas",
    "md-vague": "Vaga",
    "md-item-coverage": "Uppgifternas täckning",
    "md-head-item": "uppgift",
    "md-head-status": "status",
    "md-head-line": "rad",
    "md-head-severity": "allvarlighet",
    "md-head-rule": "regel",
    "md-head-finding": "fynd",
    "md-status-present": "finns",
    "md-status-vague": "vag",
    "md-status-missing": "saknas",
    "md-status-not-applicable": "ej tillämplig",
    "md-severity-error": "fel",
    "md-severity-warning": "varning",
    "md-severity-info": "info",
    "md-no-findings": "Inga fynd.",
    "md-suggested-fix": "Förslag till rättelse",
    "md-notice-one": "{count} beskrivning",
    "md-notice-other": "{count} beskrivningar",
    "md-not-linted-count-one": "{count} inte granskad",
    "md-not-linted-count-other": "{count} inte granskade",
    "md-truncated": "Sammanfattningen är förkortad för att hålla sig under GitHubs gräns på {limit} KiB: {findings} visas inte. SARIF-, JSON- och annoteringsutdata har dem alla.",
    "md-truncated-notices": "Sammanfattningen är förkortad för att hålla sig under GitHubs gräns på {limit} KiB: {findings} och {notices} visas inte. SARIF-, JSON- och annoteringsutdata har dem alla.",
    "md-finding-one": "{count} fynd",
    "md-finding-other": "{count} fynd",
    "md-more-notice-one": "{count} beskrivning till",
    "md-more-notice-other": "{count} beskrivningar till",
    "gh-not-linted-title": "noticelint: filen granskades inte",
    "not-linted-line": "{path} kunde inte granskas: {reason}",
    "gh-more-title": "noticelint: fler fynd",
    "gh-more": "{findings} ({kinds}) visas inte som annoteringar: GitHub visar {limit} av varje slag per steg. Se jobbets sammanfattning, kodskanningens varningar (SARIF) eller kör noticelint lokalt.",
    "gh-more-finding-one": "{count} fynd till",
    "gh-more-finding-other": "{count} fynd till"
  },
  "terms": {
    "country-russia": "Ryssland",
    "country-china": "Kina",
    "country-india": "Indien",
    "country-belarus": "Belarus",
    "country-ukraine": "Ukraina",
    "country-turkey": "Turkiet",
    "country-philippines": "Filippinerna",
    "country-vietnam": "Vietnam",
    "country-singapore": "Singapore",
    "country-australia": "Australien",
    "country-usa": "USA",
    "country-united-kingdom": "Storbritannien",
    "country-switzerland": "Schweiz",
    "country-japan": "Japan",
    "country-canada": "Kanada",
    "country-korea": "Sydkorea",
    "country-israel": "Israel",
    "country-new-zealand": "Nya Zeeland",
    "country-argentina": "Argentina",
    "country-uruguay": "Uruguay",
    "country-andorra": "Andorra",
    "country-faroe-islands": "Färöarna",
    "country-guernsey": "Guernsey",
    "country-jersey": "Jersey",
    "country-isle-of-man": "Isle of Man",
    "country-brazil": "Brasilien",
    "country-note-russia": "Europeiska dataskyddsstyrelsens uttalande 02/2022: det krävs ett verktyg enligt kapitel V och en bedömning av överföringens konsekvenser"
  },
  "fileErrors": {
    "binary": "binärfil (den innehåller NUL-byte), ingen textbeskrivning",
    "unknown-encoding": "okänd teckenkodning \"{encoding}\"",
    "directory": "är en mapp, inte en fil",
    "file-too-large": "filen är {size} byte, över gränsen på {max} byte (settings.maxFileSize eller --max-file-size)",
    "input-too-large": "indata är över gränsen på {max} byte (settings.maxFileSize eller --max-file-size)",
    "stdin-too-large": "standard input är över gränsen på {max} byte (settings.maxFileSize eller --max-file-size)",
    "unreadable": "filen kan inte läsas ({code})",
    "html-elements": "har över {count} HTML-element, fler än noticelint läser från en fil (en integritetspolicy har några tusen)",
    "docx-password": "lösenordsskyddat (krypterat) Word-dokument: noticelint kan inte läsa det; spara en kopia utan lösenord",
    "docx-old-office": "en gammal binär Office-fil (Word 97–2003 .doc?), inte DOCX: spara den som .docx",
    "docx-is-pdf": "en PDF-fil med ett .docx-namn, inte ett Word-dokument",
    "docx-not-zip": "inte ett Word-dokument: en DOCX är ett ZIP-arkiv, och den här filen är inte det",
    "docx-bad-zip": "Word-dokumentet kan inte läsas: skadat ZIP-arkiv ({detail})",
    "docx-excel": "inte ett Word-dokument: en Excel-arbetsbok, utan den word/document.xml som en DOCX har",
    "docx-powerpoint": "inte ett Word-dokument: en PowerPoint-presentation, utan den word/document.xml som en DOCX har",
    "docx-opendocument": "inte ett Word-dokument: en OpenDocument-fil (spara den som .docx), utan den word/document.xml som en DOCX har",
    "docx-other-zip": "inte ett Word-dokument: ett ZIP-arkiv med något annat, utan den word/document.xml som en DOCX har",
    "docx-encrypted-zip": "ett krypterat ZIP-arkiv: noticelint kan inte läsa det",
    "docx-part": "Word-dokumentet kan inte läsas: dess del {part} är skadad eller packas upp till mer än de {mb} MB som noticelint läser från ett dokument",
    "docx-error": "Word-dokumentet kan inte läsas ({detail})",
    "docx-elements": "har över {count} element, fler än noticelint läser från ett dokument",
    "pdf-budget": "tog över {seconds} s att läsa, längre än en beskrivning kräver: noticelint gav upp",
    "pdf-password": "lösenordsskyddad (krypterad) PDF: noticelint kan inte läsa den; spara en kopia utan lösenord",
    "pdf-invalid": "PDF-filen kan inte läsas (den är skadad eller ingen PDF alls)",
    "pdf-error": "PDF-filen kan inte läsas ({detail})",
    "pdf-pages": "har {pages} sidor, fler än de {max} som noticelint läser från en PDF",
    "pdf-chars": "har över {max} tecken text, fler än noticelint läser från en fil",
    "pdf-no-text": "en PDF utan text (ett skannat dokument?): noticelint läser inte bilder av text (ingen OCR); granska originaldokumentet",
    "url-invalid": "ingen giltig URL",
    "url-protocol": "omdirigerad till en {protocol}-URL; bara http och https hämtas",
    "url-loop": "omdirigeringsslinga (tillbaka till {url})",
    "url-redirects": "fler än {max} omdirigeringar (--max-redirects)",
    "url-status": "servern svarade HTTP {status} ({url})",
    "url-too-large": "sidan är över gränsen på {max} byte (settings.maxFileSize eller --max-file-size)",
    "url-timeout": "inget fullständigt svar inom {seconds} s (--fetch-timeout)",
    "url-no-host": "kan inte hämta: ingen sådan värd ({code})",
    "url-lookup": "kan inte hämta: värdnamnet kunde inte slås upp ({code})",
    "url-refused": "kan inte hämta: anslutningen nekades ({code})",
    "url-reset": "kan inte hämta: anslutningen återställdes ({code})",
    "url-timed-out": "kan inte hämta: anslutningen tog för lång tid ({code})",
    "url-closed": "kan inte hämta: anslutningen stängdes ({code})",
    "url-tls": "kan inte hämta: serverns TLS-certifikat godtogs inte ({code})",
    "url-error": "kan inte hämta ({detail})"
  }
};

# -*- coding: utf-8 -*-
# The ten projects of heldout108: fiction (names, people, figures) set in real municipalities and regions.
# Body items: ("h2", text) | ("p", text) | ("img", src, alt, caption) ; a ("p", text, "nodesc") paragraph is
# shown on the page but is no part of the expected description (the fund's own section).

P1 = dict(
    title="Vardagssällskap",
    lead="Vardagssällskap är ett projekt för dig som är äldre, bor ensam och saknar någon att dela vardagen med. En utbildad volontär kommer hem till dig, följer med på en promenad eller till en aktivitet och blir en fast punkt i veckan.",
    body=[
        ("h2", "Bakgrund"),
        ("p", "Allt fler äldre i Ljungby kommun bor ensamma. Bland kommunens invånare som är 80 år eller äldre bor nästan tre av fyra ensamma, och många av dem berättar i hemtjänstens samtal att de kan gå flera dagar utan att prata med någon."),
        ("p", "Ofrivillig ensamhet ökar risken för nedstämdhet, fallolyckor och ett tidigt behov av hemtjänst och särskilt boende. Samtidigt finns det många invånare som gärna vill göra en insats för en äldre granne men inte vet hur de ska komma i kontakt med någon."),
        ("p", "Syftet med Vardagssällskap är att minska den ofrivilliga ensamheten bland äldre och att fler ska kunna bo kvar hemma med god livskvalitet."),
        ("h2", "Vem kan vara med?"),
        ("p", "Vardagssällskap riktar sig till personer över 65 år som bor ensamma i Ljungby kommun och som känner sig ensamma eller isolerade. Du behöver inget biståndsbeslut för att vara med, och det kostar ingenting."),
        ("p", "Du kan anmäla intresse själv, men det går också bra att en anhörig, distriktssköterskan eller någon i hemtjänsten hjälper dig att ta kontakten."),
        ("h2", "Så fungerar det"),
        ("p", "När du har anmält intresse kommer någon från projektet hem till dig för ett första samtal om vad du tycker om att göra. Sedan matchas du ihop med en volontär som bor i närheten och har liknande intressen."),
        ("p", "Ni träffas ungefär en gång i veckan, hemma hos dig eller ute. Många fikar och pratar, andra går till biblioteket, handlar tillsammans eller följer med till någon av kommunens träffpunkter i Ljungby, Lagan, Ryssby eller Lidhult."),
        ("img", "/images/18.4c1e5b2a19a0d7f3e6b1c2d/1736860411873/vardagssallskap-promenad.jpg", "Två kvinnor går en promenad längs Lagan.", "Promenader längs Lagan är en av de vanligaste aktiviteterna."),
        ("p", "Två aktivitetsombud delar på en heltidstjänst i projektet. De matchar ihop deltagare och volontärer och ger volontärerna utbildning och handledning. Alla volontärer har tystnadslöfte och lämnar utdrag ur belastningsregistret innan de börjar."),
        ("p", "– Jag trodde inte att jag skulle bry mig om det, men nu ser jag fram emot torsdagarna hela veckan. Vi har gått igenom alla mina gamla fotoalbum, berättar en av deltagarna i Lagan."),
        ("h2", "Organisation"),
        ("p", "Det är vård- och omsorgsförvaltningen som äger frågan om ofrivillig ensamhet i kommunen, och Vardagssällskap är en del av förvaltningens förebyggande arbete."),
        ("p", "Volontärerna rekryteras och utbildas tillsammans med bland andra Svenska kyrkan i Ljungby, Röda Korset Ljungby och PRO Ljungby, som också tipsar sina medlemmar om projektet."),
        ("h2", "Tid och pengar"),
        ("p", "Vardagssällskap startade i januari 2025 och pågår fram till sommaren 2027. Därefter ska kommunen ta ställning till om arbetssättet ska bli en del av den ordinarie verksamheten."),
        ("p", "Projektet kostar cirka 1,5 miljoner kronor under hela projekttiden. Pengarna kommer till största delen från kommunens sociala investeringsfond, men även Region Kronoberg bidrar med folkhälsomedel."),
    ],
)

P2 = dict(
    title="Närvarokraft",
    lead="Närvarokraft är ett projekt för elever på högstadiet i Eksjö kommun som ofta är borta från skolan. Under läsåret 2025/26 prövar kommunens högstadieskolor nya sätt att fånga upp eleverna tidigt och få dem tillbaka till undervisningen.",
    body=[
        ("h2", "Varför Närvarokraft?"),
        ("p", "Förra läsåret hade var sjätte högstadieelev i Eksjö en frånvaro på mer än 15 procent. Hög frånvaro är en av de tydligaste varningssignalerna för att en elev inte kommer att bli behörig till gymnasiet, och ju längre frånvaron pågår, desto svårare är den att vända."),
        ("p", "Målet med Närvarokraft är att fler elever ska vara i skolan varje dag och att alla elever ska lämna årskurs 9 med behörighet till ett nationellt program."),
        ("h2", "Vilka elever gäller det?"),
        ("p", "Projektet riktar sig till elever i åk 7–9 som har hög eller ökande frånvaro, och till deras vårdnadshavare."),
        ("h2", "Så arbetar vi"),
        ("p", "Varje morgon går en närvarosamordnare igenom frånvaron. Om en elev inte har kommit ringer skolan hem redan under första lektionen, och efter tre dagars frånvaro bjuds eleven och vårdnadshavarna in till ett möte där man tillsammans gör en plan för att komma tillbaka."),
        ("p", "En socialpedagog är anställd i projektet på en 75-procentig tjänst och arbetar med enskilda elever och små grupper. Skolkuratorerna leder dessutom en samtalsgrupp för elever med oro och ångest, vilket tar ungefär fyra timmar i veckan."),
        ("p", "– Vi har sett att det gör skillnad när någon hör av sig samma morgon. Eleven märker att vi har saknat hen, och då är det lättare att komma tillbaka dagen efter, säger Jonas Lindahl, rektor på Norrtullsskolan."),
        ("h2", "Organisation och samverkan"),
        ("p", "Barn- och utbildningsförvaltningen står som sökande och ansvarar för genomförandet. I arbetet medverkar även fritidsgården Tornet och Studiefrämjandet Höglandet, som ordnar aktiviteter på eftermiddagarna för elever som behöver en mjukare väg tillbaka."),
        ("p", "Polisen och Eksjö Basket är också med på ett hörn, bland annat under temaveckorna om trygghet och idrott."),
        ("p", "– Många av eleverna känner oss sedan tidigare. Här kan vi fånga upp dem på ett annat sätt än skolan kan, säger Sara Holm, fritidsledare på fritidsgården Tornet."),
        ("h2", "Tid och finansiering"),
        ("p", "Närvarokraft pågår under läsåret 2025/26. Under våren följs projektet upp, och därefter beslutar barn- och utbildningsnämnden om arbetssättet ska fortsätta."),
        ("p", "Projektet har beviljats drygt 800 000 kr ur kommunens sociala investeringsfond. Insatsen har dessutom fått ekonomiskt stöd av Länsstyrelsen i Jönköpings län, som bidrar med 200 000 kronor till gruppverksamheten."),
    ],
)

P3 = dict(
    title="Ung på gång",
    lead="Ung på gång är ett projekt i Lycksele för unga som varken arbetar eller studerar och som behöver stöd med hälsan för att kunna ta nästa steg. Projektet får pengar ur Region Västerbottens medel för sociala investeringar.",
    body=[
        ("h2", "Bakgrund"),
        ("p", "I Lycksele kommun finns omkring 120 unga vuxna som varken arbetar eller studerar. Många av dem har psykisk ohälsa, sömnproblem eller svårt att komma i gång på morgnarna, och arbetsmarknadsinsatser räcker sällan ensamma."),
        ("p", "Syftet är att fler unga ska få en fungerande vardag och en bättre hälsa, så att de kan börja arbeta, studera eller delta i en arbetsmarknadsinsats."),
        ("h2", "Målgrupp"),
        ("p", "Målgruppen är unga i åldrarna 16 till 24 år som är folkbokförda i Lycksele kommun och som varken arbetar eller studerar."),
        ("h2", "Arbetssätt"),
        ("p", "Varje deltagare får en egen hälsolots som hjälper till med vardagsrutiner, kontakter med vården och en plan för vad som ska hända härnäst. Lotsen kan följa med till hälsocentralen, till Arbetsförmedlingen eller till ett första möte på en skola."),
        ("p", "Projektet har en och en halv tjänst, fördelad på två hälsolotsar. Den ena har en bakgrund som sjuksköterska och den andra som socionom."),
        ("h2", "Organisation"),
        ("p", "Projektet är förlagt till Arbetsmarknadsenheten i Lycksele kommun, där lotsarna också har sina kontor."),
        ("p", "Kring projektet finns ett lokalt nätverk som träffas varannan månad. Nätverket består av Arbetsförmedlingen, Försäkringskassan, Lycksele gymnasieskola och hälsocentralen i Lycksele."),
        ("h2", "Finansiering"),
        ("p", "Projektets budget är sammanlagt 2 250 tkr för hela projektperioden. Region Västerbotten står för merparten av kostnaden, 1 800 tkr, medan Lycksele kommun och Samordningsförbundet Södra Lappland delar på resten."),
        ("h2", "Tidsplan"),
        ("p", "Projektet pågår i tre år, med start i april 2025. Under hösten 2026 gör forskare vid Umeå universitet en halvtidsutvärdering av arbetssättet."),
        ("h2", "Om regionens medel för sociala investeringar", "nodesc"),
        ("p", "Region Västerbotten avsätter varje år tio miljoner kronor till sociala investeringar. Kommuner, samordningsförbund och regionens egna verksamheter kan söka medel två gånger per år, senast den 15 mars och den 15 september.", "nodesc"),
    ],
)

P4 = dict(
    title="Tonårsforum",
    lead="Tonårsforum är ett nytt projekt för dig som är förälder till en tonåring i Hagfors kommun. Du får träffa andra föräldrar, prata om det som känns svårt och få kunskap om vad som händer under tonåren.",
    body=[
        ("h2", "Därför startar vi Tonårsforum"),
        ("p", "Många föräldrar hör av sig till oss först när konflikterna hemma har blivit stora, när skolan har ringt om frånvaro eller när de är oroliga för alkohol och droger. Nästan alla säger att de hade velat få stöd tidigare."),
        ("p", "Syftet med Tonårsforum är att stärka föräldrar i relationen till sina tonåringar, så att färre familjer behöver mer omfattande stöd från socialtjänsten."),
        ("h2", "Vem kan delta?"),
        ("p", "Tonårsforum vänder sig till föräldrar till tonåringar i Hagfors kommun."),
        ("p", "Det spelar ingen roll om du bor ihop med din tonåring eller inte, och ni får gärna komma två. Du anmäler dig via kommunens e-tjänst eller genom att ringa familjeenheten."),
        ("h2", "Så går det till"),
        ("p", "Tonårsforum består av sex kvällsträffar i en grupp med högst tolv föräldrar. Varje kväll har ett tema, till exempel kommunikation, gränser, skärmar, skola och alkohol. Träffarna hålls på Folkets hus i Hagfors och det bjuds på en enklare middag."),
        ("p", "Vi som leder grupperna är familjebehandlare och socialsekreterare. Varje träff leds av två av oss, och projektet tar sammanlagt ungefär tre timmar i veckan av vår arbetstid."),
        ("p", "Studieförbundet Vuxenskolan och Hagfors församling har anslutit sig till projektet och håller i varsin träff om föreningsliv och fritid för hela familjen."),
        ("h2", "Ansvar och finansiering"),
        ("p", "Det är individ- och familjeomsorgen som har det övergripande ansvaret för Tonårsforum."),
        ("p", "Tonårsforum genomförs under första halvåret 2026. Totalt kostar projektet knappt en kvarts miljon kronor, och kostnaden delas lika mellan Hagfors kommun och Region Värmland."),
    ],
)

P5 = dict(
    title="Läsklivet",
    lead="Läsklivet är ett projekt på Björkvallsskolan som ska ge de yngsta eleverna en stark start i läsningen. Eleverna får läsa mer varje dag, och de som behöver får extra stöd tidigt.",
    body=[
        ("h2", "Bakgrund"),
        ("p", "Andelen elever i årskurs 3 som når kunskapskraven i svenska har minskat i Kungsör de senaste tre åren. Elever som inte har knäckt läskoden när de lämnar lågstadiet får ofta svårigheter i alla ämnen senare under skoltiden."),
        ("p", "Syftet med Läsklivet är att alla elever ska kunna läsa med flyt och förståelse när de börjar årskurs 4."),
        ("h2", "Målgrupp"),
        ("p", "Projektet riktar sig till barn i förskoleklass och lågstadiet på Björkvallsskolan."),
        ("h2", "Så arbetar vi"),
        ("p", "Varje klass har en gemensam läsestund på 30 minuter varje morgon. Elever som behöver mer stöd får korta lästräningspass i små grupper tre gånger i veckan, och alla elever får låna hem böcker på fredagarna."),
        ("p", "Två speciallärare arbetar i projektet med 50 procent var. En logoped från logopedmottagningen kommer dessutom till skolan en förmiddag i veckan och handleder lärarna."),
        ("img", "/uploads/_1200xAUTO_crop_center-center_82_none/lasklivet-lasestund.jpg", "Elever i förskoleklass läser tillsammans i en soffa.", "Läsestund i förskoleklassen på Björkvallsskolan."),
        ("h2", "Ansvar och samverkan"),
        ("p", "Barn- och utbildningsnämnden är ytterst ansvarig för projektet, medan den dagliga ledningen ligger hos Björkvallsskolan."),
        ("p", "Projektet görs i samverkan mellan skolan, Kungsörs bibliotek och logopedmottagningen i Region Västmanland. Biblioteket ordnar bokprat i alla klasser en gång i månaden."),
        ("h2", "Tid och pengar"),
        ("p", "Läsklivet pågår under tre terminer med start höstterminen 2025."),
        ("p", "Skolan har fått knappt 1,2 miljoner kronor ur den sociala investeringsfonden. Med ett bidrag på 150 000 kronor från Sparbanksstiftelsen Västra Mälardalen kan projektet dessutom köpa in nya böcker till klassrummen."),
    ],
)

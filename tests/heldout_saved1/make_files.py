#!/usr/bin/env python3
"""Generate the blind set of saved pages (tests/heldout_saved1/files/ and cases.json).

Written without reading the extractor: only README.md and the seed texts, which are embedded
below verbatim (from /work/shared/seeds/)."""

SEEDS = {
    'enkoping': 'Sociala investeringar\n\nEnköpings kommun har en social investeringsfond. Det är en fond som investerar pengar i förebyggande sociala projekt.\n\nFoto: IBL Bildbyrå\n\nSociala investeringar ska minska utanförskap och bidra till trygghet för alla, oavsett förutsättningar. 2013 beslutade kommunen att använda budgetöverskottet från 2012 till en social investeringsfond.\n\nSociala investeringar är förebyggande insatser för att minska utanförskapet i samhället på lång sikt. Det handlar om att investera i människor, för att skapa ett socialt och ekonomiskt hållbart samhälle. De kortsiktiga kostnaderna vägs upp av de långsiktiga samhällsvinsterna som ett minskat utanförskap innebär. Tanken är att hitta nya vägar som leder till att färre människor hamnar i sociala och ekonomiska problem.\n\nSamarbete med Idéer för livet\n\nEnköpings kommun samarbetar med stiftelsen Idéer för livet som stödjer projekt inriktade på att få barn och ungdomar att upptäcka sina egna förmågor och stärka sin självkänsla. Stiftelsen grundades 1987 av Skandia och har under åren bidragit till ett flertal framgångsrika projekt inom barn och ungas hälsa.\n\nPågående satsningar\xa0\n\nMer energi i Hummelsta\n\nEtt stort antal elever i årskurs 1–6 på Hummelstaskolan mår inte bra av sin sociala situation. Genom daglig stimulerande och inte tävlingsinriktad fysisk aktivitet vill det här projektet utöka antalet idrottstimmar på schemat. Skolan har också värdegrundsprojekt, trygghetsteam och elevhälsa, entreprenöriellt lärande och samverkan med det lokala föreningslivet via Skol-IF. Projektet ska bidra till att eleverna känner tillit till sin inre förmåga, blir mer motiverade, får en bättre kunskapsutveckling och mår psykiskt och fysiskt bra. Projektet pågår 2014–2018.\n\nVägledande samspel, vägledarutbildning\n\nEnköpings kommun har två öppna förskolor: Kråkans och Flisans familjecentrum. De har olika föräldrastödsprogram, men ingen utbildning till småbarnsföräldrar med barn som är 1–3 år. Det här projektet går ut på att utbilda småbarnsföräldrarna. Utbildningen kallas för Vägledande samtal. Det är ett hälsofrämjande samspelsprogram som grundar sig på barns växande och lärande. Programmet bygger på modern småbarnsforskning och FN:s barnkonvention. Projektet pågår 2014–2016 och är ett samarbete mellan Enköpings kommun och Landstinget i Uppsala län.\n\nElevcoach mellanstadiet\n\nBergvretenskolan vill satsa på en elevcoach på mellanstadiet. I dag finns en elevcoach på högstadiet – och resultatet är mycket positivt. Hela högstadiet mår bättre och är mer motiverade. Eleverna på mellanstadiet har behov av trygghet och vägledning. Elevcoachen ska öka tryggheten och trivseln och motverka utanförskap och frånvaro i skolan. Coachen kan också ha tät kontakt med elevernas hem. Det ska skapa en trygg lärmiljö där alla elever kan utvecklas utifrån sina förutsättningar. Elever som inte deltar i undervisningen ska kunna fångas upp tidigare än i dag. Projektet pågår 2014–2016.\n\nChatta med soc!\n\nAtt chatta med soc blir ett komplement till den traditionella socialtjänsten. Det är ett sätt att öka ungas möjlighet att få råd och stöd. En chatt kan göra det lättare att ta den första kontakten. Unga kan känna sig mer bekväma och mindre rädda att höra av sig. Chatten vänder sig främst till ungdomar upp till 18 år, men i andra hand också till vuxna och de ungas vuxna närstående. Projektet pågår 2014–2016.\n\nEl Sistema\n\nEleverna på Enögla- och Rombergaskolan ska arbeta enligt El Sistema, som är en modell för kör- och orkesterskola. Modellen använder musiken som ett verktyg för social och mänsklig utveckling. Eleverna kommer att arbeta med professionella musiker och får låna instrumenten gratis. Projektet ska öka inkluderingen, delaktigheten, självkänslan och stoltheten. Det ska leda till att eleverna lär sig mer och att skolorna får en bättre kontakt med föräldrarna.\n\nVad krävs för ett socialt investeringsprojekt?\n\n  • Det ska ha ett tydligt metodutvecklande perspektiv och utveckla den ordinarie verksamheten.\n  • Förebyggande och tidiga insatser prioriteras. Kommunen uppmuntrar därför satsningar på barn och ungas naturliga sammanhang.\n  • Kommunen uppmundrar också satsningar i samverkan mellan kommunens olika aktörer eller i samband med landsting och föreningsliv.\n\nVem kan ansöka om ett socialt investeringsprojekt?\n\nI Enköpings kommun är det nämnderna som ansöker om sociala investeringsprojekt. Kommunstyrelsen beslutar om vilka projekt som får ekonomiskt stöd.\n\n\xa0\n\nKontakt\n\nTelefon: 0171-62 50 00\nE-post: kommunen@enkoping.se\nBesöksadress: Kungsgatan 42\nPostadress: 745 80 Enköping\n\nNär du besöker denna webbplats sparas viss information om ditt besök.',
    'fyrbodal': 'Webbplatsen använder teknik som troligen inte stöds av din webbläsare som exempelvis Internet Explorer 11. Vissa saker kan se konstiga ut eller inte fungera. Vi rekommenderar att du byter till en modern webbläsare istället.\n\nGå direkt till huvudinnehållet\n\nPartnerskapsatsning i Fyrbodal - SIM Spår 2\n\nDelregional samverkan för sociala investeringar i en partnerskapsatsning\n\nPROJEKTET AVSLUTAT\n\nProjektet har inte levererat det som var tänkt inom projekttiden och därför har projektet avslutats. Läs gärna slutrapporten under "Dokument" för att ta del at slutsater, rekomendationer och resultat.\n\nAtt arbeta ur ett socialt investeringsperspektiv innebär att man går in med insatser tidigt i barn liv i syfte att förhindra eller förminska risken för utanförskap och psykiskt dåligt mående när de växer upp och blir äldre. Det är viktigt att göra en kartläggning av de behov som målgruppen har dvs barn och unga 0-12 år (som SIM spår 2 fokuserar på) för att i senare skede kunna sätta in adekvata insatser kopplade till behoven som man i kartläggningen kommit fram till finns.\n\nSociala investeringar skall ses som ett arbete som ger långsiktiga positiva effekter av det arbetet som påbörjas nu och det kan därav vara svårt att mäta direkta effekter av insatserna för barnen. Det gäller att vara strävsam, engagerad och målmedveten för att så småningom se de förhoppningsvis positiva effekterna för barnens mående och utveckling.\n\nI denna partnerskapsatsning finns ”öronmärkta” pengar, som RUN beslutat om samt som är tilltänka att gå till kommande insatser för barn och unga i spår 2. Varje insats som påbörjas inom sociala investeringar, spår 2 måste dock ansökas om och beviljas av RUN innan det kan betalas ut.\xa0 I projektplanen finns en beskrivning på hur införandet kommer gå till.\xa0Projektplanen skall ses som ett levande dokument som kan komma att behöva revideras under denna längre resa.\n\nGrunden för beviljade medel är att personal inom kommun och regionens verksamheter i Fyrbodal är beredda att gå in i ett gemensamt arbete med gemensamma mål att sträva emot för att på längre sikt öka antalet elever som klarar grundskolan. ”Att sitta vid samma bord” och komma överens om vad som behöver göras samt se till att insatserna startas och fortlöper är vidare grunden. Insatserna kan komma att bli upp till 3 år med medfinansiering av RUN och syftet är sedan att insatserna skall komma att implementeras som ordinarie verksamhet i kommunerna och regionens verksamheter i Fyrbodal. I kommande arbete kommer projektledaren inom Vårdsamverkan Fyrbodal hålla dialog samt stödja de lokala arbetsgrupperna för SIM, spår 2.\n\nAlla kommuner i Fyrbodal kan dessvärre inte aktivt delta i de kommande insatserna men planeringen är att de kommuner som inte blir pilotkommuner skall bjudas in till dialogträffar i syfte att kunna följa arbetet och så småningom också kunna implementera insatserna i sina verksamheter om man ser att insatserna når framgång utifrån det långsiktigt satta målet att våra barn skall klara grundskolan.\n\nOrdförande\n\nSaid Niklund, Förvaltningschef Arbetsmarknad och socialförvaltningen, Trollhättans Stad\n\nMedlemmar\n\nHelena Kronberg, Sektorchef Barn och utbildning, Färgelanda kommun\nAnna Nyman Holgersson, Folkhälsosamordnare, Lysekils kommun\nCarina Hansson, Regionutvecklare, Enheten för nämndsamordning, VGR\nHenrik Lindh, Förvaltningschef utbildning, Orust kommun\nLisbeth Tilly, Förvaltningsområdeschef, Orust kommun\nMajvor Martinsson, Områdeschef, NU Ledning, VGR\nPer Midtvedt, Verksamhetschef, Strömstad Barnavårdscentral\nMats Dahl, Primärvårdschef område V2, Närhälsan\n\nAdjungerade\n\nElisabeth Bengtsson, Regionutvecklare, Avdelning Folkhälsa\nMaria Gäbel, Regionutvecklare, Avdelning Folkhälsa\n\nFör att då medel för sociala invsteringar finns det flera kriterier som behöver uppfyllas.\xa0\nLänk till hemsidan för Sociala investeringar i Västra Götalandsregionen\n\nLänk till en film som sammanfattar grundtanken med sociala investeringar\nFilm om sociala investeringar\n\nIkon för telefonnummer\nTelefonnummer\nBitr. projektledare\nIkon för telefonnummer\nTelefonnummer\n\nSenast uppdaterad: 2018-03-23 15:06',
    'kungalv': 'Sociala investeringar blir nu konkreta insatser och resurser\n\nNotera att denna artikel/nyhet är gammal. Hela eller delar av informationen i denna nyhet kan därför vara inaktuell eller felaktig.\n\nEtt av projekten är ”Multikompetent team i förskolan” som startar under 2016 och är tänkt att pågå under åtta år. För detta arbete anställs en psykolog, en socionom och en specialpedagog på heltid för att tillsammans stödja barn och föräldrar i nära samverkan med förskolans personal.\n\n”Teknikstöd i skolan” är ett fyraårigt projekt som startade i början av 2015. I detta är en specialpedagog och en IT-pedagog anställda på halvtid för att arbeta med anpassningar och särskilt stöd genom teknikanvändande för ungdomar och personal.\n\n”Riktad Drogprevention” är ett femårigt projekt som startar under våren 2016. I detta ska projektledare och medarbetare, totalt sex heltidstjänster, arbeta med insatser för ungdomar både på skoltid och fritid för att förhindra missbruk av olika slags droger.\n\n- Dessa projekt kommer att följas upp vid återkommande tillfällen för att få veta vilka effekter som kan ses, och hur erfarenheterna kan föras in i kommunens ordinarie verksamhet, säger Lars Berfenhag.\n\nKungälvs kommun arbetar sedan flera år tillbaka med frågan om hur vi tillsammans med olika lokala och regionala intressenter och aktörer kan skapa ett socialt hållbart samhälle. Sveriges Kommuner och Landsting (SKL) forskat och kunskapat om hur ett systematiskt arbete med tidiga och verkningsfulla insatser kan bedrivas. En utgångspunkt är att stödja friskfaktorer och så långt som möjligt undanröja riskfaktorer under uppväxttiden.\n\nKommunstyrelsen fick 2013 i uppdrag att ta fram riktlinjer för detta arbete. Dessa ska grundas i kommunfullmäktiges strategiska mål att ”minska segregationen” med resultatmålen om ”minskad barnfattigdom” och ”minskat utanförskap”.\n\n- \xa0Under 2015 har en Social översiktsplan (SÖP) antagits och denna ska nu tydliggöras med prioriterade insatsområden och faktiska aktiviteter, exempelvis dessa projekt, säger Lars Berfenhag.\n\n- Ett av villkoren är att projekten drivs i samverkan mellan flera verksamheter, just nu skola och socialtjänst, och att nya arbetssätt och arbetsmetoder ska prövas, fortsätter Lars Berfenhag.\n\nLäs mer om arbetet med den sociala översiktsplanen http://www.kungalv.se/Bygga--bo--miljo/samhallsplanering/oversiktsplanering\n\n\xa0\n\nAndra projekt som startat utifrån den sociala översiktplanen:\n\nMultikompetent team i förskolan\n\nRiktad drogprevention\xa0\n\nFamiljehuset Klippan\n\nLänk till Sveriges Kommuner och Landsting – SKL om sociala investeringar\n\n\xa0 Sidan skapades:',
    'sandviken': 'Startsidan för Sandvikens kommuns webbplats\n\n14 miljoner för att minska utanförskap – lyckat skolprojekt får del av pengarna\n\nSandvikens Kommun får åtta miljoner kronor av Tillväxtverket för att skapa inkludering och minska segregeringen i samhället. Samtidigt satsar vi sex miljoner kronor i kommunala medel för att förbättra livsvillkoren för kommunens medborgare.\n\nDet här känns bra! Den här satsningen är helt i linje med våra politiska fokusområden i kommunen - förbättra resultaten i skolan, få fler personer i arbete samt att öka inkluderingen, Säger Kerstin Almén, kommunalråd (S).\n\nUnder 2019 påbörjades ett samarbete mellan Kunskapsförvaltningen, Individ- och familjeomsorgsförvaltningen och Region Gävleborg för att skolelever som riskerar att få hög problematisk skolfrånvaro ska upptäckas i tid.\n\nDen här satsningen, Tidiga samordnade insatser i skolan, är nu 1 av 16 projekt/aktiviteter i kommunen, med syfte att skapa inkludering och minska segregering i samhället, som får ta del av potten på cirka 14 miljoner kronor.\n\nNu kan vi avsätta lite fler personer för att arbeta med det här. Pengarna innebär en breddad möjlighet för oss att göra det här arbetet. Vi har jobbat ett tag men vi ser att det behövs ännu mer riktat arbete, säger Catharina Högström, chef för Elevhälsan.\n\nSatsningar för att bryta en negativ trend\n\nUnder 2018 så införde regeringen ett ekonomiskt stöd till kommuner som brottas med utmaningar som hög arbetslöshet och låg utbildningsnivå. Pengarna ska vara en del i arbetet med att stärka en kommuns ekonomiska och sociala utveckling.\n\nI en ekonomiskt bekymmersam och osäker situation för kommunen genomför vi satsningar med riktade medel för att bryta en negativ trend som vi nu skall vända till inkludering, möjligheter, delaktighet och framtidstro. Vi måste förändra och effektivisera delar av verksamheterna samtidigt som vi satsar, prioriterar och fördelar om till verksamheter med målet att uppnå våra politiska löften, säger Per-Ola Grönberg, kommunalråd (L).\n\nSkolprojektet erbjuds till fler skolor\n\nSkolprojektet har testats på en grundskola i kommunen med ett lyckat resultat. Nu handlar det om att använda pengarna och fortsätta arbetet inom kommunen och erbjuda fler skolor att implementera arbetssättet. Målet är att ta fram nya och kommunövergripande samarbetsformer mellan skola, socialtjänst och Region Gävleborg för att tidigare kunna uppmärksamma och ge rätt stöd till elever med problematisk- eller tecken på problematisk skolfrånvaro.\n\nVi är mycket glada för möjligheten att förfina och förbättra samarbetet mellan förvaltningarna. Förhoppningen är att tillsammans kunna erbjuda ett mer träffsäkert och samlat arbetssätt för föräldrar och barn som har det besvärligt, så att skolgången säkras och vardagen fungerar för familjerna, säger Helena Hedman, chef för Familjecenter på Individ- och familjeomsorgsförvaltningen.\n\n\nSå här fördelas det ekonomiska tillskottet\n\nProjekt/aktivitet\n\nNämnd/nämnder\n\nBelopp,\n\ntkr\n\nTidiga samordnade insatser i skolan för att förbättra förutsättningarna för att alla barn ska klara kunskapskraven i grundskolan genom att bland annat tidigare upptäcka tecken på problematisk skolfrånvaro.\n\nIndivid- & familjeomsorgsnämnden/\n\nKunskapsnämnden\n\n1 400\n\nGenomföra en uppdatering med den senaste statistiken av kartläggningen ”Skillnader i livsvillkor och levnadsvanor i Sandvikens kommun”.\n\nIndivid- & familjeomsorgsnämnden/\n\nKommunstyrelsen\n\n150\n\n\xa0\n\nFörebyggande och kontaktskapande verksamhet med ungdomar genom den så kallade ungdomsbilen.\n\nKommunstyrelsen\n\n100\n\n\xa0\n\nUtökad undervisningstid på Spår 1 på SFI för snabbare och stabilare språkutveckling för de med kort utbildningsbakgrund.\n\nArbetslivsnämnden\n\n530\n\n\xa0\n\nFörberedande språkutbildning, svenska med yrkestermer samt engelska inför start på yrkesförberedande utbildningar inom vuxenutbildningen.\n\nArbetslivsnämnden\n\n2 070\n\n\xa0\n\nEtableringskoordinatorer inom Integrationsenheten som genom uppsökande verksamhet ska placera hundratals nyanlända arbetslösa i praktik.\n\nArbetslivsnämnden\n\n1 600\n\n\xa0\n\nDirektplaceringar från Individ- & familjeomsorgsförvaltningen till Arbetslivsförvaltningen – kommunens egna anordnade arbetstränings- och rehabiliteringsplatser.\n\nArbetslivsnämnden/Individ- & familjeomsorgsnämnden\n\n\xa0\n\n1 500\n\n\xa0\n\nFamiljepedagog (tjänsten finansieras till hälften av medel från Tillväxtverket och till hälften av kommunala medel)\n\nKunskapsnämnden/Individ- & familjeomsorgsnämnden/Kultur- & fritidsnämnden\n\n700\n\n\xa0\n\nRådet för folkhälsa ska genomföra medborgardialog i samband med Sandvikendagarna i juni.\n\nIndivid- & familjeomsorgsnämnden (kommunövergripande)\n\n500\n\n\xa0\n\nFältverksamheten, de ska arbeta förebyggande för att skapa förutsättningar för barn och unga i samhället att utvecklas samt att ge rätt stöd och hjälp i tid.\n\nIndivid- & familjeomsorgsnämnden\n\n2 600\n\n\xa0\n\nLedning/uppföljning av fältverksamheten\n\nIndivid- & familjeomsorgsnämnden\n\n300\n\n\xa0\n\nAktiviteter i bostadsområden av Fritidsbanken\n\nKultur- & fritidsnämnden och Sandvikenhus\n\n200\n\n\xa0\n\nLäsfrämjande insatser i bostadsområden av biblioteket. Projektet innefattar utökning av en halvtidstjänst inom ramen för befintligt statligt finansierade projekt ”Stärkta bibliotek”.\n\nKultur- & fritidsnämnden och Sandvikenhus\n\n150\n\n\xa0\n\nBuffert inkludering och livsvillkor\n\nKommunstyrelsen\n\n1 252\n\nUtveckling av detaljplaner ur ett socioekonomiskt perspektiv\n\nVästra Gästriklands samhällsbyggnadsnämnd\n\n235\n\n\xa0\n\n\nSidan publicerad:\nRapportera fel på sidan: medborgarservice@sandviken.se\n\nEn solig vinterdag',
    'vgr': 'Webbplatsen använder teknik som troligen inte stöds av din webbläsare som exempelvis Internet Explorer 11. Vissa saker kan se konstiga ut eller inte fungera. Vi rekommenderar att du byter till en modern webbläsare istället.\n\nGå direkt till huvudinnehållet\n\nPågående sociala investeringar\n\nSamverkansparter: Mölndals Stad och RISE.\n\nSyfte: Det primära syftet med investeringen är att Kungälvs kommun och Mölndals stad ska utveckla och testa modeller som tydligare kopplar samman övergripande styrning mot social hållbarhet med lämpliga uppföljnings- och utvärderingsupplägg för enskilda projekt och insatser.\n\nMålgrupp: Politik, ledning och strategiska- och operativa funktioner i kommunerna.\n\nTidsperiod: 2020-09-01 till och med 2023-09-01.\n\nInnehåll: Investeringen är en särskild satsning. Målet är att utforma och testa en modell som ger politik och ledning bättre möjlighet att följa och styra mot sociala hållbarhetsmål. Vidare vill projektet åstadkomma organisatorisk utveckling där medvetenheten om och kapaciteten att arbeta systematiskt med analys, uppföljning, utvärdering, förändringsledning och styrning ökar.\n\nSamverkansparter:\xa0Närhälsan Södra Ryd och Närhälsan Billingen\n\nSyfte:\xa0Genom att utveckla och tillgängliggöra föräldrastöd, SFI-kurser för föräldralediga och samverkan med det civila samhället ge utrikesfödda föräldrar en ökad möjlighet att stödja sina barns kunskapsutveckling i skolan.\n\nMålgrupp:\xa0Utrikesfödda föräldrar boende i Skövde kommun, i första hand föräldralediga och föräldrar till barn 0-12 år.\n\nTidsperiod:\xa02021-01-15 till och med 2024-01-15\n\nInnehåll:\xa0Anpassade föräldragrupper utvecklas och genomförs av personal från familjecentraler, barnmorskor och barnsjuksköterskor. Träffarna anpassas efter målgruppens behov och behandlar teman som rör barnets första tid i livet, vanliga barnsjukdomar, sömn och amning. Genom att samverka med integrationssamordnare och samhällsorienteringskommunikatörer nås en stor del av de utrikesfödda föräldrarna i Skövde. Dessa funktioner hjälper till med anpassningar, kultur- och språktolkar samt slussar föräldrar till träffarna. En utvecklad samverkan med civilsamhället som till exempel kulturföreningar förväntas ge en dialog om hur verksamheten kan anpassas.\n\nSamverkansparter:\xa0Borås Kommun, Trollhättans Kommun, Uddevalla Kommun, Göteborgs Stad och Sjukhusen i Väster-VGR\n\nSyfte:\xa0Med hjälp av en ny profession i tandvården, Hälsopromotörer, samverka med andra aktörer och stödja utveckling mot mer hälsosamma levnadsvanor för familjer i socioekonomiskt resurssvaga områden.\n\nMålgrupp:\xa0Generella insatser ges till barn och föräldrar i upptagningsområden för de kliniker med sämst tandhälsa bland 6-åringar i regionen. Riktat stöd ges i form av hälsosamtal till alla familjer med barn 0-6 år med behov av stöd.\n\nTidsperiod:\xa02021-01-01 till och med 2023-12-31\n\nInnehåll:\xa0Aktiviteter på förskolor och familjecentraler som bygger på ”Tandboxen”, ett pedagogiskt material, samt delta på föräldramöten/föräldrastöd. Interventioner på folktandvårdskliniker innebär hälsosamtal på de elva klinikerna med enskilda familjer som bedöms vara i behov av stöd. Tre-sex samtal per familj planeras med utgångspunkt i motiverande samtal och Social Cognitive Theory.\n\nSamverkansparter:\xa0Närhälsan Biskopsgården och Förskoleförvaltningen, Göteborgs Stad\n\nSyfte:\xa0Genom ett nytt arbetssätt, Spädbarnverksamheten, stärka anknytningen mellan barn och förälder samt stärka det sociala nätverket runt familjen och på så sätt minska social isolering.\n\nMålgrupp:\xa0Föräldrar som bedöms ha svårighet med anknytning till sina barn och som behöver mer stöd och hjälp än vad personalen inom det familjecentrerade arbetet i stadsdelen kan erbjuda. Målgruppen är drygt 60 barn med föräldrar.\n\nTidsperiod:\xa02021-01-01 till och med 2023-12-31\n\nInnehåll:\xa0Verksamheten kommer ha två grupper i veckan för gruppträffar med cirka sex familjer per grupp och inkluderar. Ytterligare ett syfte är att ta fram ett evidensbaserat observationsverktyg för att på ett systematiskt sätt kunna mäta effekterna av verksamheten. Familjerna fångas upp av personalen på familjecentralen i södra Biskopsgården, samt personal inom det familjecentralsliknande arbetet i norra Biskopsgården och i Torslanda (barnmorskemottagning, barnhälsovård, förebyggande socialtjänst och öppen förskola), Socialtjänsten i Västra Hisingen samt Hagateamet.\n\nSamverkansparter:\xa0Central barnhälsovård södra Älvsborg vid Regionhälsan\n\nSyfte:\xa0Att öka förutsättningarna för att alla barn får en gynnsam språkutveckling genom att utveckla och erbjuda språkutvecklande aktiviteter på en familjecentral/öppen förskola i Borås.\n\nMålgrupp:\xa0föräldrar och barn (0–6) år som har behov av stöttning kring språkutveckling\n\nTidsperiod:\xa02021-01-01 till och med 2023-12-31.\n\nInnehåll:\xa0Centralt innehåll i projektet är att skapa en mötesplats för barn och föräldrar där de kan få information och kunskap om barns språkutveckling och få delta i språkstimulerande aktiviteter tillsammans med professionella i olika yrkeskategorier. Investeringen genomförs i samverkan mellan öppna förskola, bibliotekarie, specialpedagog, socialrådgivare och logoped.\n\nSamverkansparter:\xa0MedPro Clinic Vårdcentral Åmål\n\nSyfte:\xa0Att identifiera och undanröja hinder för barns möjlighet att vara delaktiga i lärandet och den sociala gemenskapen.\n\nMålgrupp:\xa0Totalt förväntas cirka 20 barn med familjer per år ingå i projektet vid överlämningen från förskola till förskoleklass. Under projekttiden nås cirka 60 barn med familjer.\n\nTidsperiod:\xa02021-01-01 till och med 2023-12-31\n\nInnehåll:\xa0Utveckla samarbetsformer i övergången från barnhälsovård och förskola till elevhälsa och skola samt förbättra tillgänglighet, delaktighet och inkludering för barn. Vidare tillsätts ett team och en koordinator som ska utveckla ett arbetssätt som fokuserar på orosfaktorer snarare än riskfaktorer. För att arbeta med tillgänglighet ska två nya arbetssätt testas, en pedagogisk terapihund och det digitala verktyg, AV1-robot.\n\nSamverkansparter: Barn- och utvecklingsförvaltningen och socialtjänsten i Öckerö kommun samt Närhälsan och Barnmedicin, VGR\n\nSyfte: Investeringen syftar till att skapa hållbara rutiner, en samsyn och en gemensam plattform för att hantera problematisk skolfrånvaro.\n\nMålgrupp: Elever i grundskolan med problematisk skolfrånvaro som har, eller riskerar att utveckla, psykisk ohälsa och/eller riskerar att inte gå ut grundskolan med godkända betyg.\n\nTidsperiod: 2020-03-01\xa0 - 2022-12-31\n\nInnehåll: Projektet syftar till att skapa gemensamma rutiner och tidiga insatser för barn som har eller riskerar att få problematisk skolfrånvaro. Det syftar därmed till att öka elevernas möjligheter till att nå målen samt erhålla en god psykisk hälsa. Barnkonventionen ligger som grund för arbetet med att främja elevernas närvaro.\n\nSamverkansparter: BUP, socialtjänst, skola, fritid och Närhälsan, Norra Hisingen.\n\nSyfte: förbättra förutsättningarna för att alla barn ska lyckas i skolan samt öka den psykiska, fysiska och sociala hälsan och förebygga ohälsa hos barn i mellanstadieåldern.\n\nMålgrupp: Barn i årskurs 4-6 boende på Norra Hisingen och med identifierad frånvaro mer än 20% de senaste två månaderna.\n\nTidsperiod: 190401 - 220331\n\nInnehåll: Att skapa ett mobilt konsultativt barnteam som i sin tur kan skapa nya arbetssätt och nya samverkansformer runt barn med problematisk skolnärvaro och psykisk ohälsa. Teamets insatser kommer bestå av screening och utredning, stödsamtal, föräldrastödjande/familjebehandlande insatser, psykopedagogiska insatser, anpassningar i lärmiljön och fysiskt aktivitet/fritidsaktiviteter.\n\nSamverkansparter: Specialistcentrum barn och unga, Sjukhusen i Väster, Logopedimottagning barn och ungdom, Sahlgrenska universitetssjukhuset, Habilitering Hisingen barn och ungdom, Capio Läkarhus Angered centrum, Närhälsan Angered centrum, vårdcentral och BVC, Närhälsan Lövgärdet vårdcentral och BVC, Förskoleförvaltningen Göteborgs stad och Göteborgs psykologenhet för mödra- och barnhälsovård.\n\nSyfte: Det primära syftet är att öka möjligheten att tidigt identifiera, bedöma och ge insatser till barn 0-3 år med regleringsproblem (svårigheter med sömn, mat och/eller skrikighet) och andra utvecklingsrelaterade svårigheter. Målsättning är att erbjuda insatser för barn och familj nära familjen på rätt nivå och genom nya strukturer ge förutsättningar för en effektiv samverkan mellan verksamheter.\n\nMålgrupp: Barn i ålder 0-3 år som är inskrivna i barnhälsovården på Familjecentral i Angered centrum och Lövgärdet. En samtidig målgrupp är barnets familj samt all personal på aktuella familjecentraler samt pedagoger inom förskolan.\n\nTidsperiod: 2020-10-01 till och med 2023-09-01\n\nInnehåll: Utbildningssatsningar för att öka kunskap om små barn med utvecklingsavvikelser i berörda verksamheter. Utarbeta och pröva strukturer för samverkan mellan verksamheter. Utarbeta stöd, införa och utvärdera metoder för tidig identifiering samt verktyg för rätt insats på rätt nivå.\n\n\xa0\n\nGenom att fånga upp ohälsa hos föräldrarna i ett tidigt skede när barnet börjar uppvisa skolsvårigheter förväntas föräldraförmågan stärkas. När ett barn aktualiserats för elevhälsoteamet kommer barnets föräldrar kontaktas och erbjudas ett första hälsosamtal på Skepplanda Läkarhus & Rehab. Vid behov och önskemål erbjuds vidare stöd eller vård i någon form som exempelvis psykologisk behandling, medicinsk behandling eller sjukgymnastisk behandling.\n\nSamverkansparter: Skepplanda läkarhus och Rehab och Ale kommun\n\nSyfte: Att stärka den fysiska och psykiska hälsan hos föräldrar till barn i Skepplanda.\n\nMålgrupp:\xa0Elever i F-6:e klass i Skepplanda med problematisk skolfrånvaro, beteendeproblem i skolan och/eller inlärningssvårigheter, samt deras föräldrar.\n\nTidsperiod: 2022-01-01 till och med 2024-12-31\n\nProjektet består av tre centrala delar; att utveckla språkscreening på modersmål på BVC, att utveckla föräldrastöd generellt i kommun till flerspråkiga föräldrar samt att förstärka det förebyggande arbetet kring språk på förskolan.\n\nSamverkansparter: Munkedals kommun och Närhälsan Munkedal vårdcentral\n\nSyfte: Att tidigt fånga upp barn med ökad risk att inte klara grundskolan med särskilt\xa0fokus på språkstörningar.\n\nMålgrupp: 2,5-åringar som är listade vid Närhälsan Munkedal. Cirka 100 barn per årskull.\n\nTidsperiod: 2022-01-01 till och med 2024-12-31\n\nProjektet ska testa effekterna av att en fysioterapeut ingår i elevhälsoteamet. Med stöd av denna nya funktion i elevhälsoteamet kommer satsningen stödja eleverna med verktyg och strategier som kan användas för att motverka stillasittande och sömnbrist.\n\nSamverkansparter: Dals-Ed kommun och Närhälsan Dals-Ed Rehabmottagning\n\nSyfte: Att testa en metod för skolan att arbeta främjande och förebyggande med tidiga insatser för att motverka stillasittande, sömnbrist och i förlängningen psykisk och fysisk ohälsa.\n\nMålgrupp: Elever i Förskoleklass samt årskurs 1-9. Totalt cirka 500 elever.\n\nTidsperiod: 2022-01-01 till och med 2024-12-31\n\nTillsammans med Närhälsans psykosociala team, BUP och IFO planeras generella insatser i form av kompetensutveckling till skolpersonal och utbildning av vårdnadshavare, samt riktade insatser till eleverna med hjälp av språkstödjare. Digitaliseringspedagoger och studie- och yrkesvägledare arbetar med lärmiljöer och motivationshöjande insatser.\n\nSamverkansparter: Bengtsfors kommun och Närhälsan Bengtsfors vårdcentral\n\nSyfte: Att fånga upp vårdnadshavare och tillsammans med dem förebygga de risker som problematisk frånvaro, språk- och kulturklyftor skapar. Syftet är att nå grupper med ökad risk för skolmisslyckanden i ett tidigt skede samt arbeta långsiktigt med hela familjesituationen.\n\nMålgrupp: Elever 7-11 år, med risk för eller med psykisk ohälsa och/eller utländsk bakgrund och/eller med oroväckande frånvaro.\n\nTidsperiod: 2022-01-01 – 2024-12-31\n\nSamverkanspart:\xa0\nDet lokala näringslivet i Åmål och andra kommunala verksamheter\n\n\nSyfte:\nAtt öka elevers motivation till studier genom ökad förståelse för arbetsliv, vikten av egen försörjning, individens bidrag till samhällets utveckling och entreprenörskap. Därtill ökad förståelse för sin egen drivkraft och insikt om sina förmågor och möjligheter. Projektets mål är främst att alla unga ska nå gymnasiebehörighet.\n\nMålgrupp:\nElever i årskurs 6-9 i Åmåls kommun\n\nTidsperiod:\n2023-01-01 – 2025-12-31\n\nInnehåll:\nInvesteringen möjliggör en utökning av studie- och yrkesvägledningen för att förstärka, utveckla och bredda arbetet med arbetslivsdagar och prao. Genom att erbjuda sommarlovsskola, lovskola och andra gymnasieförberedande aktiviteter stärks eleverna och tränar sina entreprenöriella kompetenser. Satsningen förväntas öka framtidstron hos barn och unga, öka andelen med gymnasiekompetens och på sikt minska ungdomsarbetslösheten i kommunen.\n\n\xa0\n\nSamverkanspart: Andra kommunala förvaltningar inom Vänersborgs kommun\n\nSyfte:\nAtt utveckla en närvarokultur i förskolan hos vårdnadshavare och pedagoger. Målet är att öka närvaron för de barn som är i förskolan. De långsiktiga målen är att öka andel barn i Vänersborgs kommun som deltar i förskolans utbildning samt ökad förståelse hos vårdnadshavarna om förskolans betydelse för barns utveckling och lärande. Genom barnen närvarar i högre grad på förskolan får de tillgång till lärande miljöer vilket bedöms vara gynnsamt för kommande skolgång.\n\nMålgrupp:\nFamiljer med barn i åldern 1–5 år i den kommunala förskolan\n\nTidsperiod:\n2022-12-01 – 2025-11-30\n\nInnehåll:\nDen huvudsakliga aktiviteten i projektet är att en insatskoordinator anställs i förskolan. Insatskoordinatorn är tänkt att vara länken mellan förskolan, barnhälsan och familjecentralen. Koordinatorn ska skapa kontakter och förutsättningar till rätt insatser för barnen och deras vuxna. Koordinatorn blir en del av förskolans barnhälsoteam och ett kompletterande stöd i det pågående främjande och förebyggande barnhälsoarbetet. Koordinatorn arbetar som en brobyggare som kan ge stöd till familjer där barnen har eller riskerar få en oroväckande frånvaro.\n\nSamverkanspart:\xa0\nFörskoleförvaltningen i Borås Stad\n\nSyfte:\nAtt möjliggöra för fler utrikesfödda vårdnadshavare med barn 6–12 år att få föräldraskapsstöd. Genom att stärka utrikesfödda vårdnadshavare i sin föräldraroll ökar förutsättningar för ökad inkludering i samhället. Att stärka vårdnadshavarna i föräldrarollen bedöms också gynna barnens möjligheter att fullföljda sina studier och gå ut 9:an med gymnasiekompetens. Genom att barnen tar del av Navets aktiviteter ges möjlighet till ett stärkt vetenskapligt kapital, vilket också kan gynna skolgång och fullföljda studier. Projektets långsiktiga effekter handlar om att hitta en långsiktigt hållbar modell för hur ABC-utbildningar når utlandsfödda föräldrar med äldre barn i Borås stad.\n\nMålgrupp:\nUtrikesfödda vårdnadshavare med barn 6–12 år och deras barn. \xa0\n\nTidsperiod:\n2023-01-01 – 2025-12-31\n\nInnehåll:\nProjektet består främst i att genomföra ABC-föräldragrupper. Samtidigt som föräldragrupperna pågår deltar barnen på aktiviteter på Navet. På det sättet nås en grupp som vanligtvis inte besöker Navet. Ytterligare en del i projektet handlar om att utveckla samverkan mellan projektets aktörer, intressenter och potentiella nya samverkansparter samt att sprida resultat\n\nSamverkanspart:\nElevhälsan i kommunerna Tjörn, Orust, Lysekil, Stenungssund och Uddevalla samt Närhälsan Tjörn, Lysekil, Stenungssund och Dalaberg (Uddevalla)\n\nSyfte:\nÖvergripande mål för projektet är att förhindra insjuknande i en första depression hos ungdomar under högstadiet, så att fler klarar grundskolan med fullständiga betyg och får möjligheter till vidare studier på gymnasial nivå, vilket underlättar för positiv etablering i vuxenlivet.\nProjektet är en fortsättning på en treårig social investering, programmet Tanke & Hälsa mellan Primärvården (Närhälsan) och elevhälsan i Tjörn och Orust kommuner. Genom att skala upp projektet och erbjuda programmet till fler kommuner skapas nu förutsättningar och möjlighet för elevhälsan och primärvården att i ökad grad arbeta förebyggande mot psykisk ohälsa. Samtidigt får fler ungdomar tillgång till Tanke & Hälsa. Uppskalningen ger också förutsättningar för att stärka evidensen för metoden och för att undersöka om den fungerar i svensk skola.\n\nMålgrupp:\nUngdomar i årskurs 8 (13–16 år) i de medverkande kommunerna. Programmet riktar sig till ungdomar med ökad sårbarhet att utveckla en första depression under tonårstiden\n\nTidsperiod:\n2022-09-01 – 2024-08-31\n\nInnehåll:\nDe centrala delarna av programmet är att erbjuda ungdomarna en kartläggning och återkoppling av deras psykiska hälsa inom ramen för elevhälsans uppdrag. Ungdomar som genom kartläggningen visar tecken på depression eller ökad sårbarhet för att utveckla depression kontaktas av elevhälsan och där är den preventiva kursen Tanke & Hälsa en av insatserna.\nAktiviteter i projektet bygger på utbildningsinsatser, metodstöd och information till vårdcentraler och skolor samt utveckling av programmet och en digital plattform. Projektet är också en pilot i det Regionala barnuppdraget\n\nSamverkanspart:\nHögskolan i Skövde\n\nSyfte:\nAtt göra en vetenskaplig förankrad uppföljning och analys av den pågående sociala investeringen i Skövde kommun" Anpassat föräldraskapsstöd på familjecentraler” vilket kan bidra till ett lärande för kommunen, regionen och för akademin om hur kommuner kan arbeta för att främja integration och inkludering\n\nMålgrupp: Kommun, region och akademi\n\nTidsperiod:\n2022-11-01 – 2023-12-31\n\nInnehåll:\nUppföljningen består av att skriva en etikansökan, genomföra intervjuer med de föräldrar som fått föräldrastöd i projektet samt professionella som arbetat i projektet. Därtill framtagning av modell och publicering av en vetenskaplig artikel. Inom projektet kommer även en kostnadsvärdering\xa0att göras avseende språkligt och kulturellt anpassat föräldrastöd. Resultatet är tänkt att spridas via Högskolans kanaler samt via det pågående projektets nätverk och regionens nätverk för sociala investeringar.\n\nMarie Ahlberg\n\nIkon för telefonnummer\nTelefonnummer\n\nSenast uppdaterad: 2023-06-28 08:44',
}

# ---------------------------------------------------------------------------
# Everything below builds realistic saved copies of municipal pages whose main
# content is one of the seed texts above (SEEDS), in the ways people save pages.
# Standard library only.  Run:  python3 tests/heldout_saved1/make_files.py
# ---------------------------------------------------------------------------
import base64, email.header, email.utils, gzip, html, io, json, os, plistlib, quopri, random, re
import shutil, struct, sys, textwrap, unicodedata, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
RNG = random.Random(20241203)
esc = lambda s: html.escape(s, quote=True)


def paras(text):
    out = []
    for block in re.split(r"\n[ \t\xa0]*\n", text.replace("\r\n", "\n")):
        b = block.strip(" \t\n\xa0")
        if b:
            out.append(b)
    return out


# ----------------------------------------------------------------- seed -> blocks
# block kinds: h1, lead, p, h2, h3, ul(list), tag, figure, notice, table(rows),
#              people(title, lines), links(list of (text, href)), project(title, [blocks])

ENK_H2 = {"Samarbete med Idéer för livet", "Pågående satsningar",
          "Vad krävs för ett socialt investeringsprojekt?",
          "Vem kan ansöka om ett socialt investeringsprojekt?"}
ENK_PROJECTS = ["Mer energi i Hummelsta", "Vägledande samspel, vägledarutbildning",
                "Elevcoach mellanstadiet", "Chatta med soc!", "El Sistema"]


def enkoping_blocks():
    ps = paras(SEEDS["enkoping"])
    blocks = [("h1", ps[0]), ("lead", ps[1]), ("figure", ps[2])]
    for p in ps[3:]:
        if p.startswith("Kontakt"):
            break
        if p in ENK_H2:
            blocks.append(("h2", p))
        elif p in ENK_PROJECTS:
            blocks.append(("h3", p))
        elif p.lstrip().startswith("•"):
            items = [re.sub(r"^\s*•\s*", "", l) for l in p.split("\n")]
            blocks.append(("ul", items))
        else:
            blocks.append(("p", p))
    return blocks


def kungalv_blocks():
    ps = paras(SEEDS["kungalv"])
    blocks = [("h1", ps[0]), ("notice", ps[1])]
    i = 2
    while i < len(ps):
        p = ps[i]
        if p.startswith("Andra projekt som startat"):
            blocks.append(("p", p))
            items = []
            i += 1
            while i < len(ps) and not ps[i].startswith("Länk till"):
                items.append(ps[i].strip())
                i += 1
            blocks.append(("links", [(t, "/omsorg-och-stod/sociala-investeringar/" + slug(t) + "/") for t in items]))
            continue
        if p.startswith("Länk till Sveriges"):
            blocks.append(("links", [(p, "https://skr.se/skr/demokratiledningstyrning/sociala-investeringar.html")]))
        elif p.startswith("Sidan skapades"):
            break
        else:
            blocks.append(("p", p))
        i += 1
    return blocks


def fyrbodal_blocks():
    ps = paras(SEEDS["fyrbodal"])
    ps = ps[2:]  # browser banner and skip link belong to the chrome
    blocks = [("h1", ps[0]), ("lead", ps[1]), ("tag", ps[2])]
    i = 3
    while i < len(ps):
        p = ps[i]
        if p in ("Ordförande", "Medlemmar", "Adjungerade"):
            blocks.append(("people", p, ps[i + 1].split("\n")))
            i += 2
            continue
        if p.startswith("Länk till hemsidan"):
            lines = p.split("\n")
            blocks.append(("p", lines[0]))
            blocks.append(("links", [(lines[1], "https://www.vgregion.se/regional-utveckling/verksamhetsomraden/folkhalsa/sociala-investeringar/")]))
        elif p.startswith("Länk till en film"):
            lines = p.split("\n")
            blocks.append(("p", lines[0]))
            blocks.append(("links", [(lines[1], "https://play.vgregion.se/media/Film+om+sociala+investeringar/0_x1y2z3")]))
        elif p.startswith("Ikon för telefonnummer"):
            break
        else:
            blocks.append(("p", p))
        i += 1
    return blocks


def sandviken_table():
    ps = paras(SEEDS["sandviken"])
    start = ps.index("tkr") + 1
    rows, cur = [], None
    for p in ps[start:]:
        if p.startswith("Sidan publicerad"):
            break
        if cur is None:
            cur = [p, ""]
        elif re.fullmatch(r"\d[\d ]*", p):
            rows.append((cur[0], cur[1], p))
            cur = None
        else:
            cur[1] = cur[1] + p if (cur[1].endswith("/") or not cur[1]) else cur[1] + " " + p
    return rows


def sandviken_blocks():
    ps = paras(SEEDS["sandviken"])
    blocks = [("h1", ps[1]), ("lead", ps[2])]
    for p in ps[3:]:
        if p == "Projekt/aktivitet":
            break
        if p in ("Satsningar för att bryta en negativ trend", "Skolprojektet erbjuds till fler skolor",
                 "Så här fördelas det ekonomiska tillskottet"):
            blocks.append(("h2", p))
        else:
            blocks.append(("p", p))
    blocks.append(("table", [("Projekt/aktivitet", "Nämnd/nämnder", "Belopp, tkr")] + sandviken_table()))
    return blocks


# The seed text of the region's page has lost the accordion headings (they were
# buttons).  A saved page has them; these are written from each project's own text.
VGR_TITLES = [
    "Styrning och uppföljning för social hållbarhet",
    "Anpassat föräldraskapsstöd på familjecentraler",
    "Hälsopromotörer i tandvården",
    "Spädbarnverksamheten i Biskopsgården",
    "Språkutvecklande mötesplats på familjecentral i Borås",
    "Tillgänglighet och delaktighet i övergången till förskoleklass",
    "Gemensam plattform för problematisk skolfrånvaro i Öckerö",
    "Mobilt konsultativt barnteam på Norra Hisingen",
    "Tidig identifiering av regleringsproblem hos barn 0–3 år",
    "Föräldrahälsa i Skepplanda",
    "Språkscreening och flerspråkigt föräldrastöd i Munkedal",
    "Fysioterapeut i elevhälsoteamet i Dals-Ed",
    "Tidiga insatser mot skolmisslyckanden i Bengtsfors",
    "Arbetsliv och entreprenörskap i grundskolan i Åmål",
    "Närvarokultur i förskolan i Vänersborg",
    "ABC-föräldragrupper för utrikesfödda föräldrar i Borås",
    "Tanke & Hälsa – uppskalning till fler kommuner",
    "Uppföljning av anpassat föräldraskapsstöd i Skövde",
]
LABELS = ("Samverkanspart", "Syfte", "Målgrupp", "Tidsperiod", "Innehåll")


def vgr_projects():
    ps = paras(SEEDS["vgr"])
    ps = ps[3:]  # banner, skip link, h1
    end = next(i for i, p in enumerate(ps) if p.startswith("Marie Ahlberg"))
    ps = ps[:end]
    starts = []
    for i, p in enumerate(ps):
        if p.startswith("Samverkanspart"):
            s = i
            if i > 0 and not ps[i - 1].startswith(LABELS):
                s = i - 1
            starts.append(s)
    projects = []
    for n, s in enumerate(starts):
        e = starts[n + 1] if n + 1 < len(starts) else len(ps)
        body = []
        for p in ps[s:e]:
            m = re.match(r"((?:%s)\w*):\s*(.*)" % "|".join(LABELS), p, re.S)
            if m:
                body.append(("label", m.group(1), m.group(2).strip()))
            else:
                body.append(("p", p))
        projects.append((VGR_TITLES[n], body))
    assert len(projects) == 18, len(projects)
    return projects


def vgr_blocks():
    blocks = [("h1", "Pågående sociala investeringar"),
              ("lead", "Här hittar du de sociala investeringar som Västra Götalandsregionen har beviljat och som pågår just nu. Klicka på rubrikerna för att läsa mer.")]
    for title, body in vgr_projects():
        blocks.append(("project", title, body))
    return blocks


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ----------------------------------------------------------------- sites
SITES = {
    "enkoping": dict(
        name="Enköpings kommun", host="enkoping.se",
        url="https://enkoping.se/kommun-och-politik/sa-arbetar-vi-med/social-hallbarhet/sociala-investeringar.html",
        title="Sociala investeringar - Enköpings kommun",
        crumbs=["Startsida", "Kommun och politik", "Så arbetar vi med", "Social hållbarhet", "Sociala investeringar"],
        nav=["Barn och utbildning", "Omsorg och stöd", "Bygga, bo och miljö", "Kultur och fritid", "Näringsliv och arbete", "Kommun och politik"],
        footer=["Enköpings kommun", "Telefon: 0171-62 50 00", "E-post: kommunen@enkoping.se",
                "Besöksadress: Kungsgatan 42", "Postadress: 745 80 Enköping",
                "När du besöker denna webbplats sparas viss information om ditt besök."],
        cms="sitevision"),
    "kungalv": dict(
        name="Kungälvs kommun", host="www.kungalv.se",
        url="https://www.kungalv.se/nyheter/2016/sociala-investeringar-blir-nu-konkreta-insatser-och-resurser/",
        title="Sociala investeringar blir nu konkreta insatser och resurser - Kungälvs kommun",
        crumbs=["Startsida", "Nyheter", "2016", "Sociala investeringar blir nu konkreta insatser och resurser"],
        nav=["Omsorg och hjälp", "Förskola och skola", "Bygga, bo och miljö", "Trafik och infrastruktur", "Uppleva och göra", "Kommun och politik"],
        footer=["Kungälvs kommun", "442 81 Kungälv", "Telefon: 0303-23 80 00", "kungalvs.kommun@kungalv.se", "Sidan skapades: 2016-01-28"],
        cms="episerver"),
    "fyrbodal": dict(
        name="Västra Götalandsregionen", host="www.vgregion.se",
        url="https://www.vgregion.se/halsa-och-vard/vardgivarwebben/vardsamverkan/fyrbodal/partnerskapsatsning-i-fyrbodal---sim-spar-2/",
        title="Partnerskapsatsning i Fyrbodal - SIM Spår 2 - Västra Götalandsregionen",
        crumbs=["Start", "Hälsa och vård", "Vårdgivarwebben", "Vårdsamverkan", "Fyrbodal", "Partnerskapsatsning i Fyrbodal - SIM Spår 2"],
        nav=["Hälsa och vård", "Kultur", "Regional utveckling", "Politik", "Om VGR", "Jobb och utbildning"],
        footer=["Västra Götalandsregionen", "Regionens hus, 462 80 Vänersborg", "Telefon: 010-441 00 00", "Senast uppdaterad: 2018-03-23 15:06"],
        cms="episerver"),
    "sandviken": dict(
        name="Sandvikens kommun", host="sandviken.se",
        url="https://sandviken.se/nyheter/nyhetsarkiv/2020-02-14-14-miljoner-for-att-minska-utanforskap---lyckat-skolprojekt-far-del-av-pengarna.html",
        title="14 miljoner för att minska utanförskap – lyckat skolprojekt får del av pengarna - Sandvikens kommun",
        crumbs=["Startsida", "Nyheter", "Nyhetsarkiv", "14 miljoner för att minska utanförskap – lyckat skolprojekt får del av pengarna"],
        nav=["Barn och utbildning", "Omsorg och hjälp", "Arbete och vuxenutbildning", "Bo, bygga och miljö", "Kultur, fritid och turism", "Kommun och politik"],
        footer=["Sandvikens kommun", "811 80 Sandviken", "Kontaktcenter: 026-24 00 00", "Sidan publicerad: 2020-02-14",
                "Rapportera fel på sidan: medborgarservice@sandviken.se"],
        cms="sitevision"),
    "vgr": dict(
        name="Västra Götalandsregionen", host="www.vgregion.se",
        url="https://www.vgregion.se/regional-utveckling/verksamhetsomraden/folkhalsa/sociala-investeringar/pagaende-sociala-investeringar/",
        title="Pågående sociala investeringar - Västra Götalandsregionen",
        crumbs=["Start", "Regional utveckling", "Verksamhetsområden", "Folkhälsa", "Sociala investeringar", "Pågående sociala investeringar"],
        nav=["Hälsa och vård", "Kultur", "Regional utveckling", "Politik", "Om VGR", "Jobb och utbildning"],
        footer=["Kontakt: Marie Ahlberg, regionutvecklare", "Västra Götalandsregionen", "Telefon: 010-441 00 00", "Senast uppdaterad: 2023-06-28 08:44"],
        cms="episerver"),
}
BLOCKS = {"enkoping": enkoping_blocks, "kungalv": kungalv_blocks, "fyrbodal": fyrbodal_blocks,
          "sandviken": sandviken_blocks, "vgr": vgr_blocks}


def png_bytes(w, h, rgb=(30, 90, 160), noise=False):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if noise:
                raw += bytes((RNG.randrange(256), RNG.randrange(256), RNG.randrange(256)))
            else:
                raw += bytes(((rgb[0] + x) % 256, (rgb[1] + y) % 256, rgb[2]))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


# Resources a page refers to: (key, absolute URL, mime, bytes)
def resources(site):
    host = "https://" + site["host"]
    css = (".header{background:#00543c;color:#fff}.sv-text-portlet p{margin:0 0 1em}"
           ".accordion__panel[hidden]{display:none}.breadcrumb li{display:inline}\n"
           "@font-face{font-family:Lato;src:url(/fonts/lato-regular.woff2) format('woff2')}\n")
    js = ("(function(){document.documentElement.className+=' js';"
          "document.querySelectorAll('.accordion__button').forEach(function(b){b.addEventListener('click',"
          "function(){var p=document.getElementById(b.getAttribute('aria-controls'));p.hidden=!p.hidden;"
          "b.setAttribute('aria-expanded',String(!p.hidden));});});})();\n")
    return [
        ("css", host + "/sitevision/system-resource/c1a2b3/css/portal.css", "text/css", css.encode()),
        ("js", host + "/sitevision/system-resource/c1a2b3/js/main.js", "application/javascript", js.encode()),
        ("gtm", "https://www.googletagmanager.com/gtag/js?id=G-7QX2B4D1KM", "application/javascript",
         b"window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());\n"),
        ("logo", host + "/images/18.4d2a1f0e1700c5/1581680000000/logo.png", "image/png", png_bytes(24, 8)),
        ("hero", host + "/images/18.4d2a1f0e1700c5/1581680000111/sociala-investeringar-hero.png", "image/png", png_bytes(40, 20, (200, 120, 40))),
        ("icon", host + "/images/18.4d2a1f0e1700c5/1581680000222/ikon-telefon.png", "image/png", png_bytes(4, 4, (0, 0, 0))),
    ]


def render_blocks(blocks, site, accordion="open"):
    out, pid = [], 0
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append('<h1 class="heading">%s</h1>' % esc(b[1]))
        elif k == "lead":
            out.append('<p class="lead">%s</p>' % esc(b[1]))
        elif k == "figure":
            out.append('<figure class="sv-image-portlet"><img src="{hero}" alt="Barn som leker på en skolgård" width="800" height="400"><figcaption>%s</figcaption></figure>' % esc(b[1]))
        elif k == "p":
            txt = esc(b[1]).replace("\n", "<br>\n")
            txt = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', txt)
            out.append("<p>%s</p>" % txt)
        elif k == "h2":
            out.append('<h2 class="subheading">%s</h2>' % esc(b[1]))
        elif k == "h3":
            out.append('<h3 class="subheading">%s</h3>' % esc(b[1]))
        elif k == "ul":
            out.append("<ul>\n" + "\n".join("<li>%s</li>" % esc(i) for i in b[1]) + "\n</ul>")
        elif k == "tag":
            out.append('<p class="status-tag"><span class="tag tag--closed">%s</span></p>' % esc(b[1]))
        elif k == "notice":
            out.append('<div class="notice notice--old" role="note"><p>%s</p></div>' % esc(b[1]))
        elif k == "people":
            out.append('<h3>%s</h3>\n<p>%s</p>' % (esc(b[1]), "<br>\n".join(esc(l) for l in b[2])))
        elif k == "links":
            out.append('<ul class="link-list">\n' + "\n".join('<li><a href="%s">%s</a></li>' % (esc(h), esc(t)) for t, h in b[1]) + "\n</ul>")
        elif k == "table":
            rows = b[1]
            t = ['<div class="sv-table-wrapper"><table class="sv-table">', "<thead><tr>" + "".join("<th>%s</th>" % esc(c) for c in rows[0]) + "</tr></thead>", "<tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>")
            t.append("</tbody></table></div>")
            out.append("\n".join(t))
        elif k == "project":
            pid += 1
            body = []
            for x in b[2]:
                if x[0] == "label":
                    body.append("<p><strong>%s:</strong> %s</p>" % (esc(x[1]), esc(x[2]).replace("\n", "<br>\n")))
                else:
                    body.append("<p>%s</p>" % esc(x[1]).replace("\n", "<br>\n"))
            hidden = " hidden" if accordion == "closed" else ""
            out.append('<div class="accordion">\n<h2 class="accordion__heading"><button type="button" class="accordion__button" aria-expanded="%s" aria-controls="acc-panel-%d" id="acc-btn-%d">%s</button></h2>\n<div class="accordion__panel" id="acc-panel-%d" role="region" aria-labelledby="acc-btn-%d"%s>\n%s\n</div>\n</div>'
                       % ("false" if hidden else "true", pid, pid, esc(b[1]), pid, pid, hidden, "\n".join(body)))
    return "\n".join(out)


def page_html(key, res=None, accordion="open", scripts=True, extra_head="", iframe=None):
    """A full CMS page.  res maps resource key -> href used in the markup."""
    site = SITES[key]
    rs = {k: u for k, u, _, _ in resources(site)}
    if res:
        rs.update(res)
    main = render_blocks(BLOCKS[key](), site, accordion).replace("{hero}", rs["hero"])
    nav = "\n".join('<li class="nav__item"><a href="https://%s/%s/">%s</a></li>' % (site["host"], slug(n), esc(n)) for n in site["nav"])
    crumbs = "\n".join('<li><a href="https://%s/%s">%s</a></li>' % (site["host"], "" if i == 0 else slug(c) + "/", esc(c)) for i, c in enumerate(site["crumbs"][:-1]))
    crumbs += '\n<li aria-current="page">%s</li>' % esc(site["crumbs"][-1])
    foot = "\n".join("<p>%s</p>" % esc(l) for l in site["footer"])
    scr = ""
    if scripts:
        scr = ('<script async src="%s"></script>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-7QX2B4D1KM",{"anonymize_ip":true});</script>\n'
               % esc(rs["gtm"]))
    ifr = ""
    if iframe:
        ifr = '<div class="sv-iframe-portlet"><iframe src="%s" title="Karta" width="100%%" height="300"></iframe></div>' % esc(iframe)
    return f"""<!DOCTYPE html>
<html lang="sv" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(site['title'])}</title>
<meta name="description" content="{esc(BLOCKS[key]()[1][1][:150])}">
<meta property="og:title" content="{esc(site['title'])}">
<meta property="og:site_name" content="{esc(site['name'])}">
<link rel="stylesheet" href="{esc(rs['css'])}">
<link rel="icon" href="{esc(rs['icon'])}">
{extra_head}{scr}</head>
<body class="sv-responsive page-{key}">
<div id="browser-warning" class="browser-warning" role="alert"><p>Webbplatsen använder teknik som troligen inte stöds av din webbläsare som exempelvis Internet Explorer 11. Vissa saker kan se konstiga ut eller inte fungera. Vi rekommenderar att du byter till en modern webbläsare istället.</p></div>
<a class="skip-link" href="#content">Gå direkt till huvudinnehållet</a>
<div id="cookie-banner" class="cookie-banner"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a></p><button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button></div>
<header class="header">
<a class="header__logo" href="https://{site['host']}/"><img src="{esc(rs['logo'])}" alt="Startsidan för {esc(site['name'])}s webbplats"></a>
<form class="header__search" action="https://{site['host']}/sok.html" method="get"><label for="q">Sök på webbplatsen</label><input id="q" name="query" type="search"><button type="submit">Sök</button></form>
<nav class="nav" aria-label="Huvudmeny"><ul class="nav__list">
{nav}
</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Du är här"><ol>
{crumbs}
</ol></nav>
<main id="content" class="main">
<div class="page-hero"><img src="{esc(rs['hero'])}" alt="" role="presentation" width="1440" height="360"></div>
<article class="sv-text-portlet">
{main}
</article>
{ifr}
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(site['url'])}">Dela på Facebook</a> <a href="#" onclick="window.print();return false;">Skriv ut</a> <a href="https://app.readspeaker.com/cgi-bin/rsent?customerid=1234&amp;lang=sv_se&amp;url={esc(site['url'])}">Lyssna</a></div>
</main>
<footer class="footer">
{foot}
<ul class="footer__links"><li><a href="https://{site['host']}/om-webbplatsen/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a></li><li><a href="https://{site['host']}/om-webbplatsen/personuppgifter/">Så hanterar vi personuppgifter</a></li></ul>
</footer>
<script src="{esc(rs['js'])}"></script>
</body>
</html>
"""


# ----------------------------------------------------------------- visible text
def visible_text(key, wrap=None, with_chrome=True):
    """Roughly what Firefox 'Text Files' writes: all visible text, lists as '  * '."""
    site = SITES[key]
    out = []
    def add(t):
        if wrap:
            for para in t.split("\n"):
                out.append(textwrap.fill(para, wrap, break_long_words=False, break_on_hyphens=False) if para else "")
        else:
            out.append(t)
        out.append("")
    if with_chrome:
        add("Webbplatsen använder teknik som troligen inte stöds av din webbläsare som exempelvis Internet Explorer 11. Vissa saker kan se konstiga ut eller inte fungera. Vi rekommenderar att du byter till en modern webbläsare istället.")
        add("Gå direkt till huvudinnehållet")
        add("Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den. Läs mer om kakor\nGodkänn alla Endast nödvändiga")
        add("Sök på webbplatsen Sök")
        out.extend("  * " + n for n in site["nav"]); out.append("")
        out.extend("  * " + c for c in site["crumbs"]); out.append("")
    for b in BLOCKS[key]():
        k = b[0]
        if k in ("h1", "h2", "h3", "lead", "p", "tag", "notice", "figure"):
            add(b[1])
        elif k == "ul":
            out.extend("  * " + i for i in b[1]); out.append("")
        elif k == "links":
            out.extend("  * " + t for t, h in b[1]); out.append("")
        elif k == "people":
            add(b[1]); add("\n".join(b[2]))
        elif k == "table":
            for r in b[1]:
                out.append("\t".join(r))
            out.append("")
        elif k == "project":
            add(b[1])
            for x in b[2]:
                add("%s: %s" % (x[1], x[2]) if x[0] == "label" else x[1])
    if with_chrome:
        add("Dela på Facebook Skriv ut Lyssna")
        add("\n".join(site["footer"]))
        add("Tillgänglighetsredogörelse\nSå hanterar vi personuppgifter")
    return "\n".join(out).rstrip() + "\n"


# ----------------------------------------------------------------- writers
def wfile(rel, data):
    path = os.path.join(FILES, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return path


def chrome_complete(rel_html, key, write_folder=True, iframe=True):
    """Chrome/Edge 'Webpage, Complete': NAME.html + NAME_files/ with links rewritten."""
    site = SITES[key]
    base = os.path.splitext(os.path.basename(rel_html))[0]
    folder = base + "_files"
    res, files = {}, []
    for k, u, mime, data in resources(site):
        name = u.split("?")[0].rstrip("/").split("/")[-1]
        if k == "gtm":
            name = "js"
        res[k] = "./%s/%s" % (folder, name)
        files.append((name, data))
    ifr = "./%s/saved_resource.html" % folder if iframe else None
    doc = page_html(key, res, iframe=ifr)
    comment = "<!-- saved from url=(%04d)%s -->\n" % (len(site["url"]), site["url"])
    doc = doc.replace("<!DOCTYPE html>\n", "<!DOCTYPE html>\n" + comment, 1)
    doc = doc.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<meta charset="utf-8">', 1)
    wfile(rel_html, doc)
    if write_folder:
        d = os.path.join(os.path.dirname(rel_html), folder)
        for name, data in files:
            wfile(os.path.join(d, name), data)
        # the map iframe, saved by Chrome as an HTML page of its own (no projects in it)
        wfile(os.path.join(d, "saved_resource.html"),
              '<!DOCTYPE html>\n<html lang="sv"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Karta</title>'
              '<link rel="stylesheet" href="./leaflet.css"></head><body><div id="map" class="leaflet-container">'
              '<div class="leaflet-control-attribution">© OpenStreetMap-bidragsgivare</div></div>'
              '<p class="noscript">Aktivera JavaScript för att visa kartan över skolor och familjecentraler.</p></body></html>\n')
        wfile(os.path.join(d, "leaflet.css"), ".leaflet-container{height:300px}\n")


def firefox_complete(rel_html, key, accordion="open"):
    """Firefox 'Web Page, complete': DOM serialised, NAME_files/ without './', no URL comment."""
    site = SITES[key]
    base = os.path.splitext(os.path.basename(rel_html))[0]
    folder = base + "_files"
    res = {}
    d = os.path.join(os.path.dirname(rel_html), folder)
    for k, u, mime, data in resources(site):
        name = u.split("?")[0].split("/")[-1]
        if k == "gtm":
            name = "js.js"
        res[k] = "%s/%s" % (folder, name)
        wfile(os.path.join(d, name), data)
    doc = page_html(key, res, accordion=accordion)
    doc = doc.replace('class="no-js"', 'class="js"').replace("<table class=\"sv-table\">\n<thead>", "<table class=\"sv-table\">\n<thead>")
    wfile(rel_html, doc)


def qp(data):
    enc = quopri.encodestring(data, quotetabs=False)
    return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64lines(data):
    s = base64.b64encode(data)
    return b"\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def mhtml_chrome(key, renamed_html=False):
    site = SITES[key]
    boundary = "----MultipartBoundary--%s----" % "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(42))
    doc = page_html(key, scripts=False)
    doc = doc.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', 1)
    subj = email.header.Header(site["title"], "utf-8", header_name="Subject").encode(linesep="\r\n")
    head = ("From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: %s\r\n"
            "Subject: %s\r\n"
            "Date: Tue, 3 Dec 2024 09:14:52 +0100\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n\r\n" % (site["url"], subj, boundary))
    parts = [head.encode()]
    parts.append(("--%s\r\nContent-Type: text/html\r\nContent-ID: <frame-6D2A8E1F0C4B7A93E5D1F2C3B4A59687@mhtml.blink>\r\n"
                  "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n" % (boundary, site["url"])).encode())
    parts.append(qp(doc.encode("utf-8")) + b"\r\n")
    for k, u, mime, data in resources(site):
        if k in ("js", "gtm"):
            continue
        if mime.startswith("text/"):
            parts.append(("--%s\r\nContent-Type: %s\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n" % (boundary, mime, u)).encode())
            parts.append(qp(data) + b"\r\n")
        else:
            parts.append(("--%s\r\nContent-Type: %s\r\nContent-Transfer-Encoding: base64\r\nContent-Location: %s\r\n\r\n" % (boundary, mime, u)).encode())
            parts.append(b64lines(data) + b"\r\n")
    parts.append(("--%s--\r\n" % boundary).encode())
    return b"".join(parts)


def mht_ie(key):
    """Internet Explorer / Edge IE mode 'Web Archive, single file (*.mht)', windows-1252."""
    site = SITES[key]
    boundary = "----=_NextPart_000_0000_01DA4F2C.9A8B7C60"
    doc = page_html(key, scripts=False)
    doc = doc.replace('<meta charset="utf-8">', '<META content="text/html; charset=windows-1252" http-equiv=Content-Type>', 1)
    doc = doc.replace("<!DOCTYPE html>", "<!DOCTYPE HTML>", 1)
    body = doc.encode("cp1252", errors="xmlcharrefreplace")
    subj = email.header.Header(site["title"], "windows-1252", header_name="Subject").encode(linesep="\r\n")
    head = ("From: <Saved by Windows Internet Explorer 11>\r\n"
            "Subject: %s\r\n"
            "Date: Mon, 17 Feb 2020 10:02:11 +0100\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n"
            "X-MimeOLE: Produced By Microsoft MimeOLE V10.0.19041.1\r\n\r\n"
            "This is a multi-part message in MIME format.\r\n\r\n" % (subj, boundary))
    parts = [head.encode()]
    parts.append(("--%s\r\nContent-Type: text/html;\r\n\tcharset=\"windows-1252\"\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: %s\r\n\r\n" % (boundary, site["url"])).encode())
    parts.append(qp(body) + b"\r\n\r\n")
    for k, u, mime, data in resources(site):
        if k == "gtm":
            continue
        parts.append(("--%s\r\nContent-Type: %s\r\nContent-Transfer-Encoding: base64\r\nContent-Location: %s\r\n\r\n" % (boundary, mime, u)).encode())
        parts.append(b64lines(data) + b"\r\n\r\n")
    parts.append(("--%s--\r\n" % boundary).encode())
    return b"".join(parts)


def webarchive(key, encoding="UTF-8"):
    site = SITES[key]
    doc = page_html(key)
    if encoding.upper() != "UTF-8":
        # an old page served as ISO-8859-1 with the charset only in the HTTP header:
        # Safari keeps it in WebResourceTextEncodingName, the markup declares nothing
        doc = doc.replace('<meta charset="utf-8">\n', "", 1)
        data = doc.encode("cp1252", errors="xmlcharrefreplace")
    else:
        data = doc.encode("utf-8")
    subs = []
    for k, u, mime, d in resources(site):
        r = {"WebResourceData": d, "WebResourceMIMEType": mime, "WebResourceURL": u}
        if mime.startswith("text/") or "javascript" in mime:
            r["WebResourceTextEncodingName"] = "UTF-8"
        r["WebResourceResponse"] = plistlib.dumps({"statusCode": 200, "MIMEType": mime}, fmt=plistlib.FMT_BINARY)
        subs.append(r)
    pl = {"WebMainResource": {"WebResourceData": data, "WebResourceFrameName": "", "WebResourceMIMEType": "text/html",
                              "WebResourceTextEncodingName": encoding, "WebResourceURL": site["url"]},
          "WebSubresources": subs}
    return plistlib.dumps(pl, fmt=plistlib.FMT_BINARY)


def singlefile(key, big=True):
    site = SITES[key]
    def datauri(mime, data):
        return "data:%s;base64,%s" % (mime, base64.b64encode(data).decode())
    res = {}
    for k, u, mime, data in resources(site):
        if k in ("css", "js", "gtm"):
            res[k] = ""
            continue
        if k == "hero" and big:
            data = png_bytes(420, 300, noise=True)  # ~380 kB photo-like image
        res[k] = datauri(mime, data)
    doc = page_html(key, res, scripts=False, accordion="closed")
    doc = re.sub(r'<link rel="stylesheet" href="">\n', "", doc)
    doc = doc.replace('<script src=""></script>\n', "")
    font = bytes(RNG.randrange(256) for _ in range(300_000))
    style = ("<style>.header{background:#00543c;color:#fff}.accordion__panel[hidden]{display:none}"
             "@font-face{font-family:VGR Sans;src:url(%s) format(\"woff2\")}"
             "</style>\n<style>.sf-hidden{display:none!important}</style>\n" % datauri("font/woff2", font))
    doc = doc.replace("</head>", style + '<meta http-equiv="content-security-policy" content="default-src \'none\'; font-src \'self\' data:; img-src \'self\' data:; style-src \'unsafe-inline\'; media-src \'self\' data:; script-src \'unsafe-inline\' data:; object-src \'self\' data:; frame-src \'self\' data:;">\n</head>', 1)
    comment = ("<!--\n Page saved with SingleFile \n url: %s \n saved date: Tue Dec 03 2024 09:31:07 GMT+0100 (centraleuropeisk normaltid)\n-->" % site["url"])
    doc = doc.replace('<html lang="sv" class="no-js">\n', '<html lang="sv" class="js">' + comment, 1)
    return doc


def reader_mode(key):
    site = SITES[key]
    blocks = BLOCKS[key]()
    title = blocks[0][1]
    inner = render_blocks(blocks[1:], site).replace("{hero}", "https://" + site["host"] + "/globalassets/bilder/hero.png")
    inner = inner.replace(' class="subheading"', "").replace(' class="lead"', "")
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta content="text/html; charset=UTF-8" http-equiv="content-type">
<meta name="viewport" content="width=device-width; user-scalable=0">
<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">
<link rel="stylesheet" href="chrome://global/content/reader/aboutReaderContent.css" type="text/css">
<title>{esc(site['title'])}</title>
</head>
<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em;">
<div class="container" dir="ltr" lang="sv" style="--font-size: 20px; --content-width: 30em; --line-height: 1.6em;">
<div class="header reader-header reader-show-element">
<a class="domain reader-domain" href="{esc(site['url'])}">{esc(site['host'].replace('www.', ''))}</a>
<div class="domain-border"></div>
<h1 class="reader-title">{esc(title)}</h1>
<div class="credits reader-credits"></div>
<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time" data-l10n-args="{{&quot;range&quot;:&quot;4–5&quot;,&quot;rangePlural&quot;:&quot;other&quot;}}">4–5 minuter</div></div>
</div>
<hr>
<div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page"><div>
{inner}
</div></div></div></div>
</div>
<div class="reader-message"></div>
</body></html>
"""


def word_filtered(key):
    """A journalist pastes the article into Word and saves it as 'Webbsida, filtrerad'."""
    blocks = BLOCKS[key]()
    out = []
    li_first = True
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append("<h1>%s</h1>" % esc(b[1]))
        elif k == "notice":
            out.append("<p class=MsoNormal><i><span style='color:#7F7F7F'>%s</span></i></p>" % esc(b[1]))
        elif k == "p":
            out.append("<p class=MsoNormal>%s</p>" % esc(b[1]))
        elif k == "links":
            items = b[1]
            for n, (t, h) in enumerate(items):
                cls = "MsoListParagraphCxSpFirst" if n == 0 else ("MsoListParagraphCxSpLast" if n == len(items) - 1 else "MsoListParagraphCxSpMiddle")
                if len(items) == 1:
                    cls = "MsoListParagraph"
                out.append("<p class=%s style='text-indent:-18.0pt'><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><a href=\"%s\">%s</a></p>" % (cls, esc(h if h.startswith("http") else "https://www.kungalv.se" + h), esc(t)))
    body = "\n\n".join(out)
    body = body.replace("<p class=MsoNormal>", "<p class=MsoNormal>\n", 0)
    doc = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-link:"Rubrik 1 Char";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
a:link, span.MsoHyperlink
	{color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:36.0pt;line-height:107%;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.Rubrik1Char
	{mso-style-name:"Rubrik 1 Char";
	mso-style-link:"Rubrik 1";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
.MsoChpDefault
	{font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>

<body lang=SV link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>

__BODY__

<p class=MsoNormal>&nbsp;</p>

<p class=MsoNormal><span style='font-size:9.0pt;line-height:107%;color:#7F7F7F'>Källa: Kungälvs kommun, nyhet 2016, hämtad 3 december 2024</span></p>

</div>

</body>

</html>
""".replace("__BODY__", body)
    return doc.replace("\n", "\r\n").encode("cp1252")


def gdocs_zip(key):
    """Google Docs 'Ladda ned > Webbsida (.html, zippad)': DocTitle.html + images/."""
    site = SITES[key]
    blocks = BLOCKS[key]()
    css = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
           'ol{margin:0;padding:0}table td,table th{padding:0}.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}'
           '.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}'
           '.c2{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           '.c3{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}'
           '.c4{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c5{height:11pt}'
           '.c6{color:inherit;text-decoration:inherit}.c7{margin-left:36pt;padding-left:0pt}.c8{padding:0;margin:0}'
           '.c9{color:#1155cc;text-decoration:underline}.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           'h3{padding-top:16pt;color:#434343;font-size:14pt;padding-bottom:4pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    def hid():
        return "h." + "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
    out = []
    gl = "https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=1733218000000000&amp;usg=AOvVaw3kq1Zr0aQ2f5vX8yLmN4pE"
    out.append('<p class="c1"><span class="c0">Källa: </span><span class="c9"><a class="c6" href="%s">%s</a></span></p>' % (gl % esc(site["url"]), esc(site["url"])))
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append('<p class="title" id="%s"><span class="c3">%s</span></p>' % (hid(), esc(b[1])))
        elif k == "h2":
            out.append('<h2 class="c2" id="%s"><span class="c3">%s</span></h2>' % (hid(), esc(b[1])))
        elif k == "h3":
            out.append('<h3 class="c2" id="%s"><span class="c3">%s</span></h3>' % (hid(), esc(b[1])))
        elif k in ("p", "lead"):
            out.append('<p class="c1"><span class="c0">%s</span></p><p class="c1 c5"><span class="c0"></span></p>' % esc(b[1]))
        elif k == "figure":
            out.append('<p class="c1"><span style="overflow: hidden; display: inline-block; margin: 0.00px 0.00px; border: 0.00px solid #000000; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px); width: 601.70px; height: 300.85px;"><img alt="" src="images/image1.png" style="width: 601.70px; height: 300.85px; margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px);" title=""></span></p><p class="c1"><span class="c0">%s</span></p>' % esc(b[1]))
        elif k == "ul":
            out.append('<ul class="c8 lst-kix_abc123-0 start">' + "".join('<li class="c1 c7 li-bullet-0"><span class="c0">%s</span></li>' % esc(i) for i in b[1]) + "</ul>")
    doc = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">%s</style></head>'
           '<body class="c4 doc-content">%s</body></html>' % (css, "".join(out)))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Socialainvesteringarnkpingskommun.html", doc)
        z.writestr("images/image1.png", png_bytes(60, 30, (10, 200, 90)))
    return bio.getvalue()


def eml_forward(key):
    site = SITES[key]
    blocks = BLOCKS[key]()
    pasted = render_blocks(blocks, site).replace("{hero}", "")
    htmlpart = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">Hej!<br>Här är texten från Kungälvs sida om sociala investeringar, om du vill kolla projekten till granskningen. Sidan är gammal så den kan försvinna.<br><br>/Karin<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Vidarebefordrat meddelande ---------<br>Från: <strong class="gmail_sendername" dir="auto">Karin Lund</strong> <span dir="auto">&lt;karin.lund@example-redaktion.se&gt;</span><br>Date: tis 3 dec. 2024 kl. 09:40<br>Subject: Kungälv sociala inv<br>To: &lt;karin.lund@example-redaktion.se&gt;<br></div><br><br><div dir="ltr"><a href="{esc(site['url'])}">{esc(site['url'])}</a><br><br>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
{pasted}
</div></div></div></div></body></html>
"""
    plain = "Hej!\nHär är texten från Kungälvs sida om sociala investeringar, om du vill kolla projekten till granskningen.\n\n" + visible_text(key, with_chrome=False)
    b = "000000000000a1b2c3062871f0d2"
    msg = ("MIME-Version: 1.0\r\n"
           "Date: Tue, 3 Dec 2024 10:02:31 +0100\r\n"
           "Message-ID: <CAF8x+Yq3kZ1mVd0pQ@mail.gmail.com>\r\n"
           "Subject: =?UTF-8?Q?Fwd=3A_Kung=C3=A4lv_sociala_inv?=\r\n"
           "From: Karin Lund <karin.lund@example-redaktion.se>\r\n"
           "To: Per Ek <per.ek@example-redaktion.se>\r\n"
           "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n"
           "--%s\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" % (b, b))
    return (msg.encode() + qp(plain.encode()) + ("\r\n--%s\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" % b).encode()
            + qp(htmlpart.encode()) + ("\r\n--%s--\r\n" % b).encode())


def view_source_chrome(key):
    """Ctrl+S on a view-source: tab in Chrome saves the viewer page: a table of source lines."""
    site = SITES[key]
    src = page_html(key)
    rows = []
    for n, line in enumerate(src.split("\n"), 1):
        h = esc(line)
        h = re.sub(r"&lt;(/?)([a-zA-Z0-9]+)", r'<span class="html-tag">&lt;\1\2</span>', h)
        rows.append('<tr><td class="line-number" value="%d"></td><td class="line-content">%s</td></tr>' % (n, h))
    return ('<html><head><meta name="color-scheme" content="light dark"><meta charset="utf-8"><title>view-source:%s</title></head>'
            '<body><div class="line-gutter-backdrop"></div><form autocomplete="off"><label class="line-wrap-control">Radbrytning<input type="checkbox" aria-label="Radbrytning"></label></form>'
            '<table><tbody>%s</tbody></table></body></html>\n' % (esc(site["url"]), "".join(rows)))


def pdf_print(key):
    """Chrome 'Skriv ut > Spara som PDF': a simple valid PDF, Helvetica, WinAnsiEncoding."""
    site = SITES[key]
    lines = []  # (font, size, text)
    for b in BLOCKS[key]():
        k = b[0]
        if k == "h1":
            lines += [("F2", 16, t) for t in textwrap.wrap(b[1], 60)] + [("F1", 10, "")]
        elif k in ("p", "notice"):
            lines += [("F1", 10, t) for t in textwrap.wrap(b[1], 92)] + [("F1", 10, "")]
        elif k == "links":
            lines += [("F1", 10, "\u2022 " + t) for t, h in b[1]] + [("F1", 10, "")]
    pages, cur, y = [], [], 780
    for ln in lines:
        lh = ln[1] * 1.35
        if y - lh < 60:
            pages.append(cur); cur, y = [], 780
        cur.append((ln, y)); y -= lh
    pages.append(cur)

    def pstr(s):
        b = s.encode("cp1252", errors="replace")
        o = []
        for c in b:
            if c in b"()\\":
                o.append("\\" + chr(c))
            elif 32 <= c < 127:
                o.append(chr(c))
            else:
                o.append("\\%03o" % c)
        return "(" + "".join(o) + ")"
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids, n = [], 5
    for pi, pg in enumerate(pages, 1):
        ops = ["BT /F1 8 Tf 28 820 Td %s Tj ET" % pstr("2024-12-03 09:52"),
               "BT /F1 8 Tf 220 820 Td %s Tj ET" % pstr(site["title"][:70]),
               "BT /F1 8 Tf 28 20 Td %s Tj ET" % pstr(site["url"]),
               "BT /F1 8 Tf 545 20 Td %s Tj ET" % pstr("%d/%d" % (pi, len(pages)))]
        for (font, size, text), yy in pg:
            if text:
                ops.append("BT /%s %d Tf 50 %.1f Td %s Tj ET" % (font, size, yy, pstr(text)))
        stream = "\n".join(ops).encode("latin-1")
        objs[n] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n + 1] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % n).encode()
        kids.append(n + 1); n += 2
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = n
    objs[info] = ("<< /Title %s /Creator (Mozilla/5.0 \\(Windows NT 10.0; Win64; x64\\) AppleWebKit/537.36 \\(KHTML, like Gecko\\) Chrome/131.0.0.0 Safari/537.36) /Producer (Skia/PDF m131) /CreationDate (D:20241203095200+01'00') >>" % pstr(site["title"])).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, info + 1):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info + 1)
    for i in range(1, info + 1):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (info + 1, info, xref)
    return bytes(out)


GOOGLE_REDIRECT = """<html><head><meta content="origin" name="referrer"><script nonce="kq2b5y9XWc3h0P1zQm8f6A">window.googleJavascriptRedirect=1</script><META http-equiv="refresh" content="0;URL='{u}'"></head><body><script nonce="kq2b5y9XWc3h0P1zQm8f6A">(function(){{var a=window.location.href;window.location.replace("{u}")}})();</script><noscript><META http-equiv="refresh" content="0;URL='{u}'"></noscript></body></html>"""

LOGIN_PAGE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Logga in - Västra Götalandsregionen</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="https://login.vgregion.se/adfs/portal/css/style.css">
</head>
<body>
<div id="fullPage">
<div id="brandingWrapper" class="float"><div id="branding"></div></div>
<div id="contentWrapper" class="float">
<div id="content">
<div id="header"><img class="logoImage" src="https://login.vgregion.se/adfs/portal/logo/logo.png" alt="Västra Götalandsregionen"></div>
<main>
<div id="workArea">
<div id="authArea" class="groupMargin">
<div id="loginArea">
<div id="loginMessage" class="groupMargin">Logga in med ditt organisationskonto för att se sidan Sociala investeringar – projektrum (Samarbetsytan).</div>
<form method="post" id="loginForm" autocomplete="off" novalidate="novalidate" action="/adfs/ls/?client-request-id=3f6c1a2e-0b1d-4c2e-9a57-0d7a6c4e5b21&amp;wa=wsignin1.0&amp;wtrealm=urn%3asharepoint%3asamarbeta&amp;wctx=https%3a%2f%2fsamarbeta.vgregion.se%2fsites%2fsocialainvesteringar%2fSitePages%2fPagaende-projekt.aspx">
<div id="error" class="fieldMargin error smallText"><span id="errorText" for=""></span></div>
<div id="formsAuthenticationArea">
<div id="userNameArea"><label id="userNameInputLabel" for="userNameInput" class="hidden">Användarkonto</label>
<input id="userNameInput" name="UserName" type="email" value="" tabindex="1" class="text fullWidth" spellcheck="false" placeholder="namn@vgregion.se" autocomplete="off"></div>
<div id="passwordArea"><label id="passwordInputLabel" for="passwordInput" class="hidden">Lösenord</label>
<input id="passwordInput" name="Password" type="password" tabindex="2" class="text fullWidth" placeholder="Lösenord" autocomplete="off"></div>
<div id="kmsiArea" style="display:none"><input type="checkbox" name="Kmsi" id="kmsiInput" value="true" tabindex="3"><label for="kmsiInput">Håll mig inloggad</label></div>
<div id="submissionArea" class="submitMargin"><span id="submitButton" class="submit" tabindex="4" role="button">Logga in</span></div>
</div>
<input id="optionForms" type="hidden" name="AuthMethod" value="FormsAuthentication">
</form>
<div id="authOptions"><form id="options" method="post" action="https://login.vgregion.se:443/adfs/ls/"><input id="optionSelection" type="hidden" name="AuthMethod"><div class="groupMargin"></div></form></div>
<div id="introduction" class="groupMargin"><p>Har du glömt ditt lösenord? Kontakta IT-servicedesk på 010-473 00 00.</p></div>
</div>
</div>
</div>
</main>
<div id="footerPlaceholder"></div>
</div>
<div id="footer"><div id="footerLinks" class="floatReverse"><div><span id="copyright">© 2024 Microsoft</span></div></div></div>
</div>
</div>
</body>
</html>
"""

IIS_MOVED = """<head><title>Document Moved</title></head>
<body><h1>Object Moved</h1>This document may be found <a HREF="{u}">here</a></body>"""


# ----------------------------------------------------------------- cases
CASES = []


def case(name, args, exit="zero", rmin=0, rmax=0, titles=(), stderr=(), secs=60, why=""):
    CASES.append({"name": name, "args": args,
                  "expect": {"exit": exit, "records_min": rmin, "records_max": rmax,
                             "titles_include": list(titles), "stderr_mentions": list(stderr),
                             "no_traceback": True, "max_seconds": secs},
                  "why": why})


ENK_T = ["Mer energi i Hummelsta", "Vägledande samspel, vägledarutbildning", "Elevcoach mellanstadiet", "Chatta med soc!", "El Sistema"]
KUN_T = ["Multikompetent team i förskolan", "Teknikstöd i skolan"]
N_ENK, N_KUN, N_FYR, N_VGR = (5, 5), (3, 4), (1, 1), (18, 18)
N_SAN = (13, 16)


def build():
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES)
    F = lambda p: "files/" + p

    # 1 Chrome/Edge "Webbsida, fullständig"
    chrome_complete("chrome_complete/Sociala investeringar - Enköpings kommun.html", "enkoping")
    case("chrome_webpage_complete", [F("chrome_complete/Sociala investeringar - Enköpings kommun.html")],
         "zero", *N_ENK, ENK_T,
         why="Chrome/Edge 'Webbsida, fullständig': page.html with '<!-- saved from url=(NNNN)… -->' and a _files folder "
             "(css, js, png, an iframe saved as saved_resource.html); links rewritten to ./…_files/. Ordinary HTML: the 5 "
             "Enköping projects (h3 under 'Pågående satsningar') must all come out.")

    # 2 Chrome complete, only the .html copied (the _files folder left behind)
    chrome_complete("only_html_copied/Sociala investeringar blir nu konkreta insatser och resurser - Kungälvs kommun.html",
                    "kungalv", write_folder=False)
    case("chrome_complete_without_files_folder",
         [F("only_html_copied/Sociala investeringar blir nu konkreta insatser och resurser - Kungälvs kommun.html")],
         "zero", *N_KUN, KUN_T,
         why="A 'Webbsida, fullständig' save whose _files folder was not copied along (mailed or moved alone): every css/js/img "
             "reference is dangling. The text is all there; Kungälv news with 3 quoted projects (a 4th, 'Familjehuset Klippan', "
             "only named in a link list, so 3–4).")

    # 3 Firefox complete, region page with closed accordions
    firefox_complete("firefox_complete/Pågående sociala investeringar - Västra Götalandsregionen.html", "vgr", accordion="closed")
    case("firefox_webpage_complete_closed_accordions",
         [F("firefox_complete/Pågående sociala investeringar - Västra Götalandsregionen.html")],
         "zero", *N_VGR, [],
         why="Firefox 'Webbsida, komplett' of the region's list: DOM serialised as the browser had it (accordion panels "
             "still carry 'hidden'), NAME_files/ without './', no URL comment. 18 projects, one per accordion, each with "
             "Samverkansparter/Syfte/Målgrupp/Tidsperiod. The headings are written for this set (the seed text lost them), "
             "so no title is required, only the count.")

    # 4 HTML only
    wfile("html_only/sandviken-14-miljoner.html", page_html("sandviken"))
    case("html_only_table_page", [F("html_only/sandviken-14-miljoner.html")], "zero", *N_SAN, [],
         why="'Webbsida, endast HTML': the server's HTML as is, absolute resource URLs, no saved-from comment. Sandviken news "
             "with a table of 15 funded activities (the article says 16 projekt/aktiviteter; a 'Buffert' row and a follow-up "
             "row are debatable), so 13–16.")

    # 5 Chrome MHTML
    wfile("mhtml/Sociala investeringar - Enköpings kommun.mhtml", mhtml_chrome("enkoping"))
    case("chrome_single_file_mhtml", [F("mhtml/Sociala investeringar - Enköpings kommun.mhtml")], "zero", *N_ENK, ENK_T,
         why="Chrome/Edge 'Webbsida, en fil' (.mhtml): multipart/related, HTML part quoted-printable UTF-8 with soft line "
             "breaks inside words (=C3=B6 for ö), images base64, Content-Location giving the URL. The commonest one-file save "
             "in Chromium browsers; read as raw HTML the titles are cut by '=\\r\\n' and letters become '=C3=A4', so the "
             "MIME part must be decoded. Expect the 5 projects with intact titles.")

    # 6 IE .mht windows-1252
    wfile("mhtml/14 miljoner för att minska utanförskap.mht", mht_ie("sandviken"))
    case("ie_mht_windows1252", [F("mhtml/14 miljoner för att minska utanförskap.mht")], "zero", *N_SAN, [],
         why="Internet Explorer / Edge IE-mode 'Webbarkiv, en fil' (.mht): MimeOLE headers, a preamble, the HTML part "
             "quoted-printable in windows-1252 (=E5 for å) with upper-case DOCTYPE and a META charset. Same table page as "
             "html_only_table_page: 13–16 records.")

    # 7 .html that is really MHTML
    wfile("renamed/Sociala investeringar - Kungälvs kommun.html", mhtml_chrome("kungalv"))
    case("mhtml_saved_with_html_extension", [F("renamed/Sociala investeringar - Kungälvs kommun.html")], "zero", *N_KUN, KUN_T,
         why="An MHTML file named .html (the user picked 'en fil' but typed .html, or renamed it so it opens by "
             "double-click). The extension lies: the content starts with 'From: <Saved by Blink>' and MIME headers. "
             "Must be sniffed and read as MHTML (titles with ö intact), not as HTML full of '=3D' and '=C3=B6'.")

    # 8 Safari webarchive UTF-8
    wfile("webarchive/Sociala investeringar blir nu konkreta insatser och resurser.webarchive", webarchive("kungalv"))
    case("safari_webarchive", [F("webarchive/Sociala investeringar blir nu konkreta insatser och resurser.webarchive")],
         "zero", *N_KUN, KUN_T,
         why="Safari 'Webbarkiv' (Safari's default Save As format on a Mac): a binary plist (bplist00) with "
             "WebMainResource{WebResourceData, WebResourceURL, WebResourceTextEncodingName=UTF-8, WebResourceMIMEType} and "
             "WebSubresources. Readable with the standard library's plistlib. A tool that cannot read it must at least "
             "refuse it by name rather than extract from the binary; expected here: read, 3–4 records.")

    # 9 Safari webarchive, charset only in the plist
    wfile("webarchive/enkoping-latin1.webarchive", webarchive("enkoping", encoding="ISO-8859-1"))
    case("safari_webarchive_latin1_charset_in_plist", [F("webarchive/enkoping-latin1.webarchive")], "zero", *N_ENK, ENK_T,
         why="A webarchive of an older page served as ISO-8859-1 (the charset was in the HTTP header only, so the markup "
             "declares none): the encoding is known only from WebResourceTextEncodingName. 'Vägledande samspel, "
             "vägledarutbildning' must keep its ä.")

    # 10 Firefox 'Text Files', wrapped, with menus
    wfile("text/Sociala investeringar - Enköpings kommun.txt", visible_text("enkoping", wrap=72))
    case("firefox_text_file_wrapped", [F("text/Sociala investeringar - Enköpings kommun.txt")], "zero", *N_ENK, ENK_T,
         why="Firefox 'Textfiler': the visible text including the browser warning, cookie banner, menus ('  * ' bullets), "
             "breadcrumbs and footer, paragraphs hard-wrapped at 72 columns, no URL line. Text is a documented input; the 5 "
             "projects are short lines followed by wrapped paragraphs.")

    # 11 text with URL: first line, region list without headings (as the seed)
    wfile("text/vgr-pagaende.txt", "URL: " + SITES["vgr"]["url"] + "\n\n" + SEEDS["vgr"])
    case("text_with_url_line_labels_only", [F("text/vgr-pagaende.txt")], "zero", 12, 18, [],
         why="The region's list copied as text with a first line 'URL: …' (the README's text convention). The accordion "
             "headings are missing (as copied), so the 18 projects are only label groups "
             "(Samverkansparter/Syfte/Målgrupp/Tidsperiod/Innehåll); a few open with a prose paragraph. A sane tool may "
             "merge a couple: 12–18, never more than 18.")

    # 12 --url for a text file without URL
    wfile("text/kungalv-nyhet.txt", visible_text("kungalv"))
    case("url_flag_for_text_without_url", [F("text/kungalv-nyhet.txt"), "--url", SITES["kungalv"]["url"]], "zero", *N_KUN, KUN_T,
         why="A text save with no URL in it, the URL given with --url (as the README documents). 3–4 records.")

    # 13 --url for an HTML file without URL
    firefox_complete("firefox_complete/partnerskapsatsning.html", "fyrbodal")
    case("url_flag_for_html_without_url", [F("firefox_complete/partnerskapsatsning.html"), "--url", SITES["fyrbodal"]["url"]],
         "zero", *N_FYR, [],
         why="A Firefox complete save (no saved-from comment, no canonical link) with --url. One finished project page "
             "('PROJEKTET AVSLUTAT'); its board members (Ordförande/Medlemmar) are not projects: exactly 1.")

    # 14 SingleFile
    wfile("singlefile/Pågående sociala investeringar - Västra Götalandsregionen (2024-12-03 09_31_07).html", singlefile("vgr"))
    case("singlefile_extension", [F("singlefile/Pågående sociala investeringar - Västra Götalandsregionen (2024-12-03 09_31_07).html")],
         "zero", *N_VGR, [], secs=90,
         why="The SingleFile extension: '<!-- Page saved with SingleFile url: https://… saved date: … -->' right after "
             "<html>, every image and a font inlined as base64 data: URIs (about 0.9 MB in attributes and <style>), scripts "
             "removed, a CSP meta, closed accordions. 18 projects; the data URIs must not slow or pollute extraction.")

    # 15 reader mode
    wfile("reader/Partnerskapsatsning i Fyrbodal - SIM Spår 2 (läsläge).html", reader_mode("fyrbodal"))
    case("firefox_reader_view_saved", [F("reader/Partnerskapsatsning i Fyrbodal - SIM Spår 2 (läsläge).html")], "zero", *N_FYR, [],
         why="A page saved from Firefox's reader view: no site menus or footer, the page's h1 turned into 'reader-title' in "
             "a reader header with the domain link and estimated reading time, content in #readability-page-1. One project.")

    # 16 Word filtered
    wfile("word/Kungälv sociala investeringar.htm", word_filtered("kungalv"))
    case("word_save_as_web_page_filtered", [F("word/Kungälv sociala investeringar.htm")], "zero", *N_KUN, KUN_T,
         why="The article pasted into Word and saved as 'Webbsida, filtrerad' (.htm): windows-1252 bytes (”, – as 0x94, 0x96), "
             "unquoted attributes, MsoNormal paragraphs, the link list as MsoListParagraph with a Symbol-font '·' bullet, "
             "CRLF, no URL. 3–4 records, ö intact.")

    # 17 Google Docs zip
    wfile("gdocs/Sociala investeringar Enköpings kommun.zip", gdocs_zip("enkoping"))
    case("google_docs_html_zip", [F("gdocs/Sociala investeringar Enköpings kommun.zip")], "any", 0, 5, [], secs=60,
         why="Google Docs 'Ladda ned > Webbsida (.html, zippad)': a zip holding the document's .html (class soup c0…c9, "
             "h2/h3 headings with id 'h.…', google.com/url?q= links) and images/. Not an HTML or text file: a tool may open "
             "the zip and read its .html (5 records) or refuse it naming the file (0 records). Either way no traceback and "
             "never more than 5 records (zip bytes must not be mined as text).")

    # 18 eml
    wfile("email/Fwd Kungälv sociala inv.eml", eml_forward("kungalv"))
    case("email_eml_with_html_part", [F("email/Fwd Kungälv sociala inv.eml")], "any", 0, 4, [],
         why="The page pasted into a Gmail message and forwarded, saved as .eml: multipart/alternative, a text/plain and a "
             "text/html part both quoted-printable UTF-8, with a forward header block and a greeting before the pasted "
             "page. Reading the HTML part gives 3–4 records; refusing the .eml by name gives 0. Never more than 4, no "
             "traceback, no '=C3=A4' titles.")

    # 19 view-source
    wfile("viewsource/view-source_enkoping.se_sociala-investeringar.html", view_source_chrome("enkoping"))
    case("view_source_page_saved", [F("viewsource/view-source_enkoping.se_sociala-investeringar.html")], "any", 0, 5, [],
         why="Ctrl+S on a 'view-source:' tab in Chrome saves the viewer, not the page: a <table> of line numbers and "
             "escaped source lines ('&lt;h3 class=…&gt;Mer energi i Hummelsta&lt;/h3&gt;'). Its visible text is markup. "
             "A tool may unescape it (5 records) or find nothing; it must not produce markup-laden extra records: at most 5.")

    # 20 PDF
    wfile("pdf/Sociala investeringar blir nu konkreta insatser och resurser - Kungälvs kommun.pdf", pdf_print("kungalv"))
    case("print_to_pdf_simple", [F("pdf/Sociala investeringar blir nu konkreta insatser och resurser - Kungälvs kommun.pdf")],
         "any", 0, 4, [],
         why="'Skriv ut > Spara som PDF' (hand-written PDF 1.4, Helvetica with WinAnsiEncoding, Chrome's header/footer "
             "with date, title, URL and page numbers). The README's extract takes HTML or text; PDFs are read in crawls. "
             "Either 3–4 records or a clear refusal; never garbage from PDF operators, at most 4.")

    # 21 Google redirect stub
    wfile("stubs/url.html", GOOGLE_REDIRECT.format(u=esc(SITES["enkoping"]["url"])))
    case("save_link_as_google_redirect_stub", [F("stubs/url.html")], "any", 0, 0, [], secs=30,
         why="'Spara länk som…' on a Google search hit saves Google's /url redirect page: a meta refresh and a script to the "
             "Enköping page, no content. No records; the tool must not fetch the target (offline, fast).")

    # 22 login page
    wfile("stubs/Pagaende-projekt.aspx.html", LOGIN_PAGE)
    case("save_link_as_login_page", [F("stubs/Pagaende-projekt.aspx.html")], "any", 0, 0, [], secs=30,
         why="'Spara länk som…' on an intranet link to the project room saved the ADFS sign-in page ('Logga in med ditt "
             "organisationskonto för att se sidan Sociala investeringar – projektrum'). Topical words but no project: 0 "
             "records.")

    # 23 IIS Object moved + a good page in one command
    wfile("stubs/projekt.htm", IIS_MOVED.format(u=esc(SITES["kungalv"]["url"])))
    wfile("stubs/kungalv-html-only.html", page_html("kungalv"))
    case("redirect_body_beside_good_page", [F("stubs/projekt.htm"), F("stubs/kungalv-html-only.html")], "any", *N_KUN, KUN_T, secs=30,
         why="An IIS 'Object Moved' body saved by 'Spara länk som…' (no <html>, no charset) given together with a good save "
             "of the page it points to: the stub gives nothing, the good page's 3–4 records must not be lost.")

    # 24 the same page in two formats in one command
    wfile("twice/enkoping.html", page_html("enkoping"))
    wfile("twice/enkoping.txt", visible_text("enkoping"))
    case("same_page_html_and_text", [F("twice/enkoping.html"), F("twice/enkoping.txt")], "zero", 5, 10, ENK_T,
         why="The same page saved as HTML only and as Firefox text, both given. Each yields the 5 projects; duplicates are "
             "fine (5–10), losing any is not.")

    # 25 the same page as MHTML and webarchive
    wfile("twice/kungalv.mhtml", mhtml_chrome("kungalv"))
    wfile("twice/kungalv.webarchive", webarchive("kungalv"))
    case("same_page_mhtml_and_webarchive", [F("twice/kungalv.mhtml"), F("twice/kungalv.webarchive")], "zero", 3, 8, KUN_T,
         why="One page saved on Chrome (.mhtml) and on Safari (.webarchive) by two colleagues, given together: 3–4 each, "
             "duplicates fine: 3–8.")

    # 26/27 a folder of saved pages
    chrome_complete("sparat/Sociala investeringar - Enköpings kommun.html", "enkoping")
    wfile("sparat/Partnerskapsatsning i Fyrbodal - SIM Spår 2.txt", visible_text("fyrbodal"))
    wfile("sparat/Kungälv sociala investeringar.htm", word_filtered("kungalv"))
    wfile("sparat/Logga in.html", LOGIN_PAGE)
    entries = sorted(os.listdir(os.path.join(FILES, "sparat")))
    case("folder_glob_with_files_dir", [F("sparat/" + e) for e in entries], "any", 5 + 1 + 3, 5 + 1 + 4,
         ["Mer energi i Hummelsta", "Multikompetent team i förskolan"], secs=90,
         why="'socinv extract sparat/*' as a shell expands it: four saved pages plus the Chrome '…_files' folder (css, js, "
             "png, a saved_resource.html iframe without projects). The folder argument may be skipped or refused (exit "
             "any), but the 5 + 1 + 3–4 records from the pages must all be printed and the folder's css/js/png must not "
             "give records.")
    wfile("sparat/.DS_Store", b"\x00\x00\x00\x01Bud1" + bytes(RNG.randrange(256) for _ in range(2000)))
    case("folder_as_single_argument", [F("sparat")], "any", 0, 10, [], secs=90,
         why="The folder itself given (it also holds a macOS .DS_Store). A tool may read the pages inside (9–10 records, "
             "ignoring css/js/png/.DS_Store) or refuse a folder with a message naming it; no traceback, never more than 10.")

    # 28 names with spaces, å/ä/ö (NFC and NFD) and emoji
    n1 = "Sociala investeringar – Enköpings kommun 😀.html"
    n2 = unicodedata.normalize("NFD", "Kungälv – nyhet från 2016 (1).txt")
    n3 = "Fyrbodal 🚀 SIM spår 2  .html"
    wfile("namn/" + n1, page_html("enkoping"))
    wfile("namn/" + n2, "URL: " + SITES["kungalv"]["url"] + "\n" + visible_text("kungalv"))
    wfile("namn/" + n3, page_html("fyrbodal"))
    case("file_names_spaces_swedish_letters_emoji", [F("namn/" + n1), F("namn/" + n2), F("namn/" + n3)], "zero",
         5 + 3 + 1, 5 + 4 + 1, ["Mer energi i Hummelsta", "Multikompetent team i förskolan"],
         why="File names with spaces, an en dash, å/ä/ö (one decomposed NFD as macOS writes it), emoji, parentheses and a "
             "double space before the extension. Three pages: 5 + 3–4 + 1 records.")

    # 29 an image from the _files folder given by mistake beside the page
    case("image_from_files_folder_beside_page",
         [F("chrome_complete/Sociala investeringar - Enköpings kommun.html"),
          F("chrome_complete/Sociala investeringar - Enköpings kommun_files/sociala-investeringar-hero.png")],
         "any", *N_ENK, ENK_T, ["sociala-investeringar-hero.png"],
         why="Tab completion went one step too far: the page and a PNG from its _files folder. The PNG is not a page: "
             "a message naming it on stderr, no records from it, and the page's 5 records still printed.")

    # 30 internet shortcuts instead of pages
    u = SITES["vgr"]["url"]
    wfile("shortcuts/Pågående sociala investeringar.url",
          ("[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\nURL=%s\r\n"
           "IconIndex=0\r\nHotKey=0\r\nIconFile=https://www.vgregion.se/favicon.ico\r\n" % u).encode("ascii"))
    wfile("shortcuts/Pågående sociala investeringar.webloc", plistlib.dumps({"URL": u}, fmt=plistlib.FMT_XML))
    case("internet_shortcuts_not_pages",
         [F("shortcuts/Pågående sociala investeringar.url"), F("shortcuts/Pågående sociala investeringar.webloc")],
         "any", 0, 0, [], [], secs=30,
         why="The link dragged to the desktop instead of saving the page: a Windows .url (INI with URL=) and a macOS .webloc "
             "(XML plist). They hold an address, not the page: no records, no fetching (offline, fast), no traceback; a "
             "message saying so is welcome but not required.")

    with open(os.path.join(HERE, "cases.json"), "w", encoding="utf-8") as f:
        json.dump(CASES, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d cases under %s" % (len(CASES), FILES))


if __name__ == "__main__":
    build()

// Dutch passphrase words: common, concrete, lowercase a-z (no accents, so they type the same on
// every keyboard), written for Koers. Heavy or painful words are left out on purpose.
import { parseWordList } from './parse';

/** The Dutch word list (at least 2048 distinct words). */
export const dutchWords: readonly string[] = parseWordList(`
aal aankomen aanmoedigen aanpassen aanrecht aanvoerder aanwezig aap aardappel aardbei aarde
abrikoos accordeon acht achterkant achterlicht achtersteven acteur actief adem ademen afdingen
afhangen afmaken afstand agenda akker akkoord album alert amandel ambacht amber ananas andijvie
anker antwoord antwoorden apotheker appel appelboom appeltaart applaudisseren april arend arm
armband asperge atlas aubergine augurk augustus auto autootje avond avondeten avondrood azijn
baai baan baard baars baby baden badjas badkamer badpak bagagedrager bakblik baken bakken bakker
bakkerij bal balanceren balkon ballet ballon balpen bamboe banaan band banjo bank banketstaaf
bankier bankstel barbecue basilicum basis batterij bed bederven beek been beer begeleiden
beginnen behang beheren behoedzaam behulpzaam beige beitel beker bel beleefd beloven bengelen
bereiken berg berk beroemd beroep bes beschermen beschuit beseffen beslag besneeuwd betalen
betrouwbaar beuk bever bevriezen bevroren bewaken bewaren bewolkt bewonderen bewust bezem bezoek
bezoeken bezoeker bezorgen bibliothecaris bibliotheek bieden bieslook biet biggetje bij
bijenkorf bijl bijwerken binnenband binnengaan binnenkant binnenvaart bioscoop bitter bizon blad
bladblazer bladeren bladzijde blauw bleek blij blijven blikopener bliksem bloeien bloem bloembed
bloemblad bloemkool bloempot bloesem blokfluit blokken blouse bodem boeg boei boek boekenkast
boekentas boer boerderij boerenkool bonbon bonsai boodschap boom boon boor boot boottocht bord
bordspel borst bos bosbes bosje boswachter bot boter boterbloem botervloot bouillon bout bouwen
bouwer braam braden braderie branding brandnetel brandweerman brasem breed breedte breekbaar
breien breinrijk brem brengen brief bries brievenbus brievenpapier briljant broccoli broek broer
brons brood broodje broodplank broodrooster brug bruiloft bruin buidel buigen buik buitenkant
bundelen bunzing bureau bus bushalte busje buurman buurt buurtje buurvrouw cactus cadeau camping
capuchon carillon cavia ceder cello ceremonie champignon charmant chauffeur chic chocola citroen
citruspers coach collega comfortabel composthoop concert conducteur confetti contrabas courgette
cracker creme cursus custard dadel dag dagboek dageraad dagje daglicht dak dakgoot damhert
dammen dank dankbaar danken dansen danser dapper das dauw december deeg deegroller dek deken
deksel delen delta den denken dennenappel dertig deuntje deur deurbel deurmat dicht dichtbij
dichter dienblad dienstregeling diep diepte dierenarts dijk dik dille dinsdag distel dobbelsteen
dochter doek doel doen dof dokter dolfijn donder donderdag donker dooi doorgaan doorweekt dorp
dorstig draad draaiorgel draak dragen dragon draven drempel dribbelen drie drijven drinken
drogen dromen dromerig droog drop druif druk drukken duif duiken duim duimpje duin duinpan
duizelig duizend duizendpoot dun duur duwen dwaas dwalen dweil dwerg dynamo eb echo echt
edelhert eekhoorn een eend eendje eenhoorn eenvoudig eerbied eerlijk eetlepel egel egelhuis ei
eierwekker eigenzinnig eik eikel eiland eindeloos ekster eland elegant elf elleboog els emmer
emmertje enkel enorm envelop erwt erwtensoep es esdoorn eten etui exact examen ezel fabriek
fagot familie fatsoenlijk fauteuil fazant februari fee feest feestelijk feestmuts fel
felicitatie feniks festival fiets fietsbel fietsen fietsenstalling fietser fietspad fietspomp
fietstas fietstocht fijn fijngevoelig film finish fit fladderen fles flessenopener flikkeren
fluit fluiten fluitje fluweel folder fonkelen forel fornuis foto fotoboek fotolijst framboos
friemelen frikandel fris frisvrolijk gaai galm gang gans gapen garage garde garnaal gaspeldoorn
gast gave gazon gebak gebeuren gedachte gedicht gedraaid geduld geduldig gedurfd geel geestig
gefluister geheel geheim geheimzinnig gehoorzaam gehoorzamen geit geitje gek gelach geleerde
gelijk geloven geluid geluk gemaal gember gemberkoek gemeente gemeentehuis genezen genieten
gepast gereed gerst gesp gestaag getij geven gewicht gewoon gewoonte gezellig gezin gezond gids
giebelig giechelen gier gieten gieter giraf gisteren gitaar glad glanzend glas glazuur glibberig
glijbaan glimlachen glimworm glinsteren globe glorieus goed goedkoop golf gooien gordijn
gordijnrail gorilla goud gouden goudvis gracht grapje grappig gras grasmaaier grens gretig
griesmeel griffioen grijpen grijs grind grinniken groeien groen groeten grond groot groots grot
grutto gulheid gum gummetje gympen haagbeuk haai haak haan haar haard haas haasten haastig
hagedis hagel hagelslag hagelsteen hakken halen halte hamer hameren hamster hand handdoek
handdoekje handdruk handig handpalm handschoen handvol hanger hangmat hangplant hanteren hard
haring hark harmonium harp hart haven haver havermout havik hazelaar hazelnoot heerlijk heet heg
heggenschaar heide hek heks helder helling helm helpen hemel hen hendel hengel herberg herder
herfst herhalen herinneren herinnering herkennen hermelijn hert heup heuvel hiel hittegolf
hobbelig hobo hockey hoed hoek hoepel hofje hofnar hogeschool hol hommel hond honderd hongerig
honing hoofd hoog hoogte hoop hoopvol hoorn hoorntje hopen horen hortensia hotel houden hout
houtblok houten huid huilen huis huisje hulst humor huren hut hutspot hyacint idee iep ijs
ijsbaan ijsje ijskoud ijspegel ijzel ijzig imker informeren ingenieur inkt inpakken
insectenhotel inspecteren ivoor jaar jacht jachthaven jaguar jam januari jas jasje jeugdig jong
jongleren juf juichen juli juni jurk jus kaak kaars kaarsje kaarsjes kaarslicht kaart kaartje
kaartspel kaas kaasschaaf kabeljauw kabeljauwtje kabouter kachel kade kajak kajuit kalender kalf
kalkoen kalm kalmte kameel kamerplant kampeerder kamperen kampvuur kanaal kanarie kaneel
kaneelstok kangoeroe kano kans kant kantoor kapel kapper kapsel kapstok kapstokhaak kar karamel
karmijn karper karton kas kast kastanje kasteel kat katoen katoenen kauwgom keel keeper kei
kelder kerk kerkplein kermis kers kersenboom kervel ketel ketting kettingkast keuken keuze kever
kiel kietelen kievit kiezel kiezen kijken kikker kin kind kinderboerderij kip kist kiwi klank
klaproos klarinet klassiek klaver kledingkast kleermaker klei klein klem klerk kletteren kleurig
kleurpotlood kleurrijk kleuter klif klimmen klimmer klimop klok klomp kloof kloppen knabbelen
knap knapperig knie knielen knikje knikken knikker knikkerbaan knipogen knippen knipperen
knipsel knisperen knoflook knokkel knolselderij knoop knop knotwilg knuffel knuffelbeer
knuffelen knuffelig knuppel knus knutselen koala koe koek koekje koekjesvorm koekoek koel
koelkast koesteren koffer koffie koffiepot kok koken kokosnoot kom komeet komkommer kompas
konijn koning koningin kookboek kool koor kopen koper kopieren kopje koplamp korenbloem korfbal
korst kort kostbaar koud kraag kraai kraanvogel krab krabbelen krachtig kranig krant krat kreeft
krekel krent krijt krijtje kroeg kroket krokodil krokus krom kronkelig kroon kruid kruidentuin
kruidnagel kruidnoot kruik kruimel kruipen kruispunt kruiwagen kruk krul krullend kuiken kuiltje
kunstenaar kurk kurkentrekker kusje kussen kussensloop kust kwal kwast kweekbak laag laan laars
laat lachen ladder lade ladekast laken lam lama lamp lanceren land landkaart lang lantaarn
lastig lat laten lavendel lawaaierig leeg leer leerling leesboek leeuw legen legpuzzel lekker
lelie lenen lengte lente lepel leraar leren les leunen leuning levendig leveren lezen libel
licht lied lief liefde lieveheersbeestje liggen lijm lijst lila limoen limonade linde liniaal
linnen lint linze lip lis locomotief logeerpartij long loodgieter loopplank lopen loper lork
loslaten losmaken lucht luchtbed luchtig lui luiaard luid luik luipaard luisteren lunch lynx
maag maan maand maandag maanlicht maart maat machtig madeliefje magisch magneet magnetron mais
majestueus manager mand mandje mandoline mango marcheren marine markt marktplein marsepein
marter massief mast matras matroos medaille medaillon meel meer meerpaal meester meeuw mei
meidoorn melk melkkan melodie meloen mengen merel mes metaal meten methode metro middag
middagzon midden mier mierenhoop mijnwerker mild miljoen minuut mist mistig modder modderig
modern moe moed moeder moedervlek moedig moeflon moer moeras moersleutel moestuin mok mol molen
molenaar mollig moment mompelen mond mondharmonica mooi moorkop mop mopperen morgen mos mossel
mosterd mot motor motregen mouw muesli mug muilezel muis munt mus museum muts muur muziek naaien
naald nacht nachthemd nadenken naderen nagel narcis nat nauw nederig neef negen nek nemen net
netjes neus neushoorn nevel nicht nietje nieuw nieuwemaan nieuwsgierig niezen nijlpaard
nonchalant noot nootmuskaat normaal notenboom notenkraker november nuttig ober oceaan ochtend
ochtendjas ochtendzon oefenen oeroud oester oktober olie oliebol olifant olijf olijfgroen oma
omarmen omelet omringen onderbreken onderzoeken ondiep onhandig onkruid ontbijt ontbijtkoek
ontdekken onthouden ontsnappen ontspannen ontvangen ontwaken ontwikkelen onweer oog oogsten
ooievaar oom oor oorwarmer oorzaak opa opdienen openen openhartig opera opgewekt ophaalbrug
opklaring oplossing opmerken opnemen oppas oppervlak oprit optocht opvoeden oranje orchidee
ordelijk oregano orgel otter oud oven overhemd overstap paard paardenbloem paardenkastanje
paardenstaart paardje paars pad paddenstoel pakhuis pakje pakken paleis paling palmboom pan
pannenkoek pannenkoekje pannetje pantoffel papegaai paperclip papier paprika paraplu parasol
parasolletje park parkeerplaats parket parkiet passer pasta pastinaak patrijspoort patroon pauk
pauw peer peinzen pelikaan pen pepernoot perenboom perron perzik pet peterselie peuter piano
picknick piepen piepklein pijl piloot pinda pindakaas pinguin pion pissebed pittig pizza plaat
plaatje plafond plakband plakboek plakje plakkerig planeet plank plannen planten plantenbak plas
plastic plat plataan plein pleintje plensbui plezier plicht pluizig plukken poedersuiker poesje
poetsen poffertje polder pollepel pols pompoen pony poort pop populier portemonnee portier
postbode poster postkantoor postzegel pot potje potlood pottenbakker prachtig praten prei
prentbriefkaart prentenboek presenteren prijs prins prinses proberen probleem produceren proeven
provincie pruim pudding punt puntenslijper puppy puzzelen pyjama quilt raadhuis raadplegen
raadsel raadseltje raaf raam raar rabarber race racket raden radiator radijs radio raket rand
rasp rat recept recht redden reden ree reepje regel regelen regen regenboog regenbui regenjas
regenlaars regenponcho regenton regenworm reiger reis reizen reiziger rekenmachine rekken reling
rem rennen repareren respecteren restaurant reus reusachtig richting ridder riem riet rijden
rijk rijmen rijp rijst rillen ringetje rinkelen ritme rits rivier rododendron roeiboot roeien
roeispaan roepen roer roeren roestig rogge rok rokerig rolgordijn romig rommelen ronde rondreis
rood roodborst rookworst room roos roosteren rotonde rots roze rozemarijn rozenperk rozijn
rubber rug ruggengraat rugzak ruig ruiken rust rusten rustig ruw salade salamander salie
samenwerken sandaal sap sappig saus saxofoon schaak schaal schaaltje schaap schaar schaats
schaatsen schaatser schakelaar scharlaken scharnier schattig scheidsrechter schelp schemer
schemerlicht schepje scherp schets scheutje schild schilder schilderen schilderij schilderijtje
schildknaap schildpad schillen schip schitteren schoen schoffel schol schommel school schoolbord
schoon schoorsteen schop schoppen schors schort schotel schouder schouderklopje schrift
schrijven schrijver schrobben schroef schudden schuifelen schuur schuurtje score seconde seizoen
selderij september serieus sering serpentine servet sierlijk signaleren sinaasappel sjaal
sjaaltje sla slaapkamer slaapzak slagen slager slagroom slak slakkenhuis slang slank slapen
slaperig slee sleetje slenteren slepen sleutel sleutelbos slikken slim slinger sloep sloffen
sloot slot slotgracht sluipen sluis sluiten smal smid sneeuw sneeuwbal sneeuwpop sneeuwvlok snel
snelheid snelweg snijden snijplank snoeischaar snoek snoekbaars snoep snoer snoezig snor snufje
snuiven snurken soep soepstengel sok sorteren spade spar sparen spatbord specerij specht
speculaas speelgoed speeltuin spel speld speldje spelen speler spelletje spetteren speurtocht
spiegel spier spiering spijker spijkerbroek spin spinazie spitsmuis spoelen spons spoor sporthal
sprankelend spreeuw spreken sprenkelen springen springtouw sprinkhaan sproet sprookje spruitje
staan stad stadhuis stadsmuur stadspark stadspoort stal stamppot start station steeg steen
steiger stekelig stekje stekker stem stempel stengel ster sterk sterrenhemel steunen stevig stil
stilte stoel stoep stoepkrijt stoer stof stoffig stofzuiger stomp stoofpot stopcontact stoplicht
stoppen storen storm stormachtig straat strand strandbal strandpaal strandstoel strijken
stripboek stro strohoed strompelen strooien stroom stroop stroopwafel stropdas struik
struisvogel student studeren stuiteren stuiterend stukje sturen stuur suiker suikerpot super
taai taak taart taartje tafel tak talent tam tamboerijn tand tandarts tang tante tarwe tas team
teder teen tegel tekenen tekening tellen tempel tennis tentstok terras terugkeren theater thee
theedoek theelepel theepot tien tiener tijdschrift tijger tijm tillen timmerman tocht toerist
toestaan toets tol tomaat tompouce tonen tong tonijn toon toost top toren tosti touw touwtje
tovenaar toverstaf traag tram tramhalte trap trappelen trechter trein treinbaan trekken
treurwilg triangel trombone trommel trompet troost troosten trots trottoir trouw trouwen trui
tuba tuimelen tuin tuinbank tuinhek tuinieren tuinman tuinpad tuinslang tuinstoel tulp tunnel
turkoois twaalf twee twijg twintig ui uil uitje uitkomst uitleggen uitnodigen uitpakken
uitstapje uitvinden ukelele uniek urn uur vaag vaandel vaart vaas vaatwasser vader vak vakantie
valk vallei vandaag vangen vanille varen varentje varken vastmaken veen veenbes veer veerboot
veerpont veertig vegen veldfles venkel vensterbank ventiel ver veranda verandering verbaasd
verbazen verbazend verbeelden verbeteren verbinden verblindend verdienen verdwijnen verenigen
vergadering vergelijken vergeten vergeven vergiet verhaal verjaardag verkennen verkopen
verlangen verlegen verlichten verliezen vermijden verminderen vermoeden veronderstellen
verpleger verrassing verrekijker vers verschijnen verschillen versnelling verstoppen vertellen
vertrekken vertrouwen vervangen verwachten verwelkomen verwonderen verwondering verzamelen vest
vetplant vettig veulen vier vijf vijftig vijg vijl vijver vilt viltstift vinden vinger vingertop
vink viool viooltje vis vissen visser vitrage vla vlag vlecht vleermuis vlekkeloos vlieg vliegen
vlieger vliegertje vliegtuig vliegveld vlier vlinder vlinderstruik vloed vloer vloerkleed
vlokkig vlot vlug vochtig voederplank voeren voet voetbal vogel vogelhuisje vogelnest vol volgen
volle volleybal volmaakt volwassene voorbereiden voorkant voorkomen voorstellen voorzichtig vork
vorm vorst vos vossenjacht vouwen vraag vrachtschip vrachtwagen vragen vrede vreemd vreugde
vriend vriendelijk vriendin vriendschap vriezer vrijdag vroeg vrolijk vullen vulpen vuur
vuurtoren vuurtorentje vuurvlieg waag waaier waar waardig wachten waden wafel wagen waggelen
wagon wakker walnoot walrus walvis wandelaar wandelen wandeling wandelschoen wandelstok wang
want wanten warm warme warmte wasknijper wasmand wassen water waterjuffer waterpistool waterverf
waxinelichtje wedstrijd wedstrijdje week weg wegen wei weide weigeren wekker welvarend wendbaar
wenkbrauw wenken wensen wereld wervelen wesp weten wetenschapper wezel wiebelen wiebelig wieg
wiel wijk wijs wijzen wijzerplaat wilg wimper wind winderig windkracht windstil windvlaag winkel
winter winterkoning wip wisent wit witlof woensdag wol wolf wolk wolkje wollen wollig wonderlijk
wonen woning woonboot woord woordenboek worm worstelen wortel wortelstok woud xylofoon yoghurt
zaad zaag zaailing zacht zachtaardig zadel zak zaklamp zaklampje zalm zalmroze zand zandbak
zanderig zandkasteel zanger zaterdag zebra zebrapad zee zeef zeehond zeemeermin zeepbel zeester
zeewier zeil zeilboot zeilbootje zeilen zeilschip zeldzaam zes zeskamp zeven ziekenhuis zien
zijde zijdezacht zilver zilveren zingen zinken zitten zoeken zoen zoet zolder zomer zon zondag
zonlicht zonnebloem zonnebrand zonnehoed zonnescherm zonneschijn zonnig zonsondergang zonsopgang
zoon zopie zorg zorgeloos zorgen zout zus zuur zuurkool zuurtje zwaaien zwaan zwaantje zwaar
zwaard zwaluw zwart zwembad zwembadje zwemmen zwemmer zwerven zweven zwijn
`);

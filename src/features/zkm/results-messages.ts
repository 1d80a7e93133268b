// Messages of the results a client can read (issue 12 point 2): the valuation cards, the
// explanations one tap away and the "How to read this" page. Every explanation is written as
// material for the conversation with the coach: a hypothesis to talk about, never a verdict.
import { defineMessages } from '../../i18n/define';

/** Results-card, explanation and how-to-read messages in English and Dutch. */
export const resultsMessages = defineMessages({
  en: {
    'zkm.cards.title': 'Your valuations, one by one',
    'zkm.cards.hint':
      'Each card shows one valuation with its type and figures. Tap a name to read what it means. It is all material to talk about with your coach, not a judgement.',
    'zkm.cards.order': 'Order of the cards',
    'zkm.cards.order.list': 'As listed',
    'zkm.cards.order.type': 'Grouped by type',
    'zkm.cards.order.wellbeing': 'By well-being (P\u2212N), highest first',
    'zkm.cards.incompleteGroup': 'Not yet fully rated',
    'zkm.cards.incomplete': 'Not fully rated yet: its figures appear once every feeling is rated.',
    'zkm.cards.number': 'Valuation {n}',
    'zkm.cards.ofMax': '{value} of {max}',
    'zkm.cards.weak':
      'Read this type with care: its leading motive is itself low (at most {l}), so it may be closer to both motives low.',
    'zkm.cards.showTable': 'All figures in one table',
    'zkm.cards.feelings': 'How you feel in general, and how you would like to feel',
    'zkm.cards.feelingsHint':
      'The two ratings every valuation is compared with (GEN and IDEAL), with the same figures.',
    'zkm.explain.hint': 'what it means',
    'zkm.name.S': 'self-enhancement',
    'zkm.name.O': 'contact with others',
    'zkm.name.P': 'positive feelings',
    'zkm.name.N': 'negative feelings',
    'zkm.name.SO': 'which motive leads',
    'zkm.name.PN': 'well-being',
    'zkm.gen.close': 'close to how you feel in general',
    'zkm.gen.loose': 'only loosely like how you feel in general',
    'zkm.gen.far': 'far from how you feel in general',
    'zkm.gen.none': 'no reading: one of the two profiles has the same rating for every feeling',
    'zkm.ideal.close': 'close to how you would like to feel',
    'zkm.ideal.loose': 'only loosely like how you would like to feel',
    'zkm.ideal.far': 'far from how you would like to feel',
    'zkm.ideal.none': 'no reading: one of the two profiles has the same rating for every feeling',
    'zkm.typeWords.plusS': 'a positive, self-enhancing valuation',
    'zkm.typeWords.minusS': 'a negative, self-enhancing valuation',
    'zkm.typeWords.ambiS': 'an ambivalent, self-enhancing valuation',
    'zkm.typeWords.plusO': 'a positive valuation about contact with others',
    'zkm.typeWords.minusO': 'a negative valuation about contact with others',
    'zkm.typeWords.ambiO': 'an ambivalent valuation about contact with others',
    'zkm.typeWords.plusHH': 'a positive valuation with both motives high',
    'zkm.typeWords.minusHH': 'a negative valuation with both motives high',
    'zkm.typeWords.ambiHH': 'an ambivalent valuation with both motives high',
    'zkm.typeWords.plusLL': 'a positive valuation with both motives low',
    'zkm.typeWords.minusLL': 'a negative valuation with both motives low',
    'zkm.typeWords.ambiLL': 'an ambivalent valuation with both motives low',
    'zkm.typeWords.plusmixed': 'a positive valuation with mixed motives',
    'zkm.typeWords.minusmixed': 'a negative valuation with mixed motives',
    'zkm.typeWords.ambimixed': 'an ambivalent valuation with mixed motives',
    'zkm.explain.type':
      'A hypothesis to talk about with your coach, not a verdict. You are the expert on what this valuation means to you.',
    'zkm.explain.S':
      'S (self-enhancement): how much this valuation goes with feelings of affirming and standing up for yourself (self-esteem, strength, self-confidence, pride). The sum of those feelings.',
    'zkm.explain.O':
      'O (contact with others): how much this valuation goes with feelings of being connected with someone or something (caring, tenderness, love, intimacy). The sum of those feelings.',
    'zkm.explain.P':
      'P: the sum of the positive feelings (such as joy, happiness, enjoyment, inner calm) you gave this valuation.',
    'zkm.explain.N':
      'N: the sum of the negative feelings (such as worry, unhappiness, despondency, disappointment) you gave this valuation.',
    'zkm.explain.SO':
      'S\u2212O: S minus O. Above zero, standing up for yourself leads in this valuation; below zero, contact with others leads. Something to explore, not a score.',
    'zkm.explain.PN':
      'P\u2212N: P minus N, the well-being in this valuation. Above zero it feels mostly good, below zero mostly hard. A hard valuation can be an important one to talk about.',
    'zkm.explain.GEN':
      'GEN: how much the pattern of feelings of this valuation looks like how you feel in general these days (a correlation from \u22121 to 1). A high GEN may mean this valuation colours how you feel now.',
    'zkm.explain.IDEAL':
      'IDEAL: how much the pattern of feelings of this valuation looks like how you would like to feel (a correlation from \u22121 to 1). A low or negative IDEAL may point to something you would like to change.',
    'zkm.explain.generalIdeal':
      'IDEAL here: how much the pattern of how you feel in general looks like how you would like to feel (a correlation from \u22121 to 1). Which feelings make the difference can be something to talk about with your coach.',
    'zkm.explain.bands':
      'The words "close" (at least {close}), "far" (at most {far}) and "only loosely" (in between) are a rough guide set by this app, not published norms.',
    'zkm.explain.HH':
      'HH: both motives high, S and O both at least h. Standing up for yourself and being connected at the same time.',
    'zkm.explain.LL':
      'LL: both motives low, S and O both at most l. Neither motive is much present in this valuation.',
    'zkm.explain.thresholds':
      'The type of a valuation is read with four thresholds of the affect list: S\u2212O of at least d ({d}) makes an S-type, O\u2212S of at least d an O-type; S and O both at least h ({h}) make HH, both at most l ({l}) LL; otherwise mixed. P\u2212N of at least p ({p}) makes it positive, N\u2212P of at least p negative, otherwise ambivalent. Your coach can change these thresholds.',
    'zkm.explain.correlationThreshold':
      'Two valuations whose patterns of feelings correlate at least this strongly (|r|, from 0 to 1) may belong together, or be opposites when r is negative. Lower the threshold to see more pairs. A pair is a question to talk about, not a conclusion.',
    'zkm.howto.link': 'How to read this',
    'zkm.howto.title': 'How to read your results',
    'zkm.howto.back': 'Back to the results',
    'zkm.howto.intro':
      'Your results are a starting point for the conversation with your coach. The numbers come from your own ratings; what they mean is something you find out together. Every reading here is a hypothesis to talk about, never a verdict.',
    'zkm.howto.cardsTitle': 'The cards',
    'zkm.howto.cards':
      'Each valuation has a card: your words, its type in words, four bars for S, O, P and N against their maximum, the differences S\u2212O and P\u2212N, and GEN and IDEAL with a plain reading. You can show the cards as listed, grouped by type, or by well-being. On a wide screen the same figures are also in one table.',
    'zkm.howto.indicesTitle': 'The figures',
    'zkm.howto.typesTitle': 'The types',
    'zkm.howto.types':
      'A type combines which motive leads (S, O, both high, both low, or mixed) with how the valuation feels (positive +, negative \u2212, or ambivalent \u00b1). Classic readings, offered as questions:',
    'zkm.howto.genIdealTitle': 'GEN and IDEAL',
    'zkm.howto.chartsTitle': 'The charts',
    'zkm.howto.charts':
      'The charts show the same figures as pictures: each valuation placed by S and O, and by P and N; your general and ideal feeling side by side; and which feelings come up most over all your valuations. Each chart has a table with the same numbers.',
    'zkm.howto.correlationsTitle': 'Correlations between valuations',
    'zkm.howto.correlations':
      'The matrix and the heat map show which valuations have a similar pattern of feelings. Valuations that go together can point to a thread running through your life.',
  },
  nl: {
    'zkm.cards.title': 'Je waarderingen, een voor een',
    'zkm.cards.hint':
      'Elke kaart toont een waardering met haar type en cijfers. Tik op een naam om te lezen wat die betekent. Het is allemaal materiaal om met je coach over te praten, geen oordeel.',
    'zkm.cards.order': 'Volgorde van de kaarten',
    'zkm.cards.order.list': 'Zoals in de lijst',
    'zkm.cards.order.type': 'Gegroepeerd per type',
    'zkm.cards.order.wellbeing': 'Naar welbevinden (P\u2212N), hoogste eerst',
    'zkm.cards.incompleteGroup': 'Nog niet helemaal gescoord',
    'zkm.cards.incomplete':
      'Nog niet helemaal gescoord: de cijfers verschijnen zodra elk gevoel een score heeft.',
    'zkm.cards.number': 'Waardering {n}',
    'zkm.cards.ofMax': '{value} van {max}',
    'zkm.cards.weak':
      'Lees dit type voorzichtig: het leidende motief is zelf laag (hoogstens {l}), dus het ligt misschien dichter bij beide motieven laag.',
    'zkm.cards.showTable': 'Alle cijfers in één tabel',
    'zkm.cards.feelings': 'Hoe je je in het algemeen voelt, en hoe je je graag zou willen voelen',
    'zkm.cards.feelingsHint':
      'De twee scoringen waarmee elke waardering wordt vergeleken (GEN en IDEAAL), met dezelfde cijfers.',
    'zkm.explain.hint': 'wat het betekent',
    'zkm.name.S': 'zelfbevestiging',
    'zkm.name.O': 'verbondenheid met de ander',
    'zkm.name.P': 'positieve gevoelens',
    'zkm.name.N': 'negatieve gevoelens',
    'zkm.name.SO': 'welk motief voorgaat',
    'zkm.name.PN': 'welbevinden',
    'zkm.gen.close': 'dicht bij hoe je je in het algemeen voelt',
    'zkm.gen.loose': 'maar losjes verwant aan hoe je je in het algemeen voelt',
    'zkm.gen.far': 'ver van hoe je je in het algemeen voelt',
    'zkm.gen.none': 'niet te lezen: een van beide profielen heeft voor elk gevoel dezelfde score',
    'zkm.ideal.close': 'dicht bij hoe je je graag zou willen voelen',
    'zkm.ideal.loose': 'maar losjes verwant aan hoe je je graag zou willen voelen',
    'zkm.ideal.far': 'ver van hoe je je graag zou willen voelen',
    'zkm.ideal.none': 'niet te lezen: een van beide profielen heeft voor elk gevoel dezelfde score',
    'zkm.typeWords.plusS': 'een positieve, zelfbevestigende waardering',
    'zkm.typeWords.minusS': 'een negatieve, zelfbevestigende waardering',
    'zkm.typeWords.ambiS': 'een ambivalente, zelfbevestigende waardering',
    'zkm.typeWords.plusO': 'een positieve waardering over verbondenheid met de ander',
    'zkm.typeWords.minusO': 'een negatieve waardering over verbondenheid met de ander',
    'zkm.typeWords.ambiO': 'een ambivalente waardering over verbondenheid met de ander',
    'zkm.typeWords.plusHH': 'een positieve waardering met beide motieven hoog',
    'zkm.typeWords.minusHH': 'een negatieve waardering met beide motieven hoog',
    'zkm.typeWords.ambiHH': 'een ambivalente waardering met beide motieven hoog',
    'zkm.typeWords.plusLL': 'een positieve waardering met beide motieven laag',
    'zkm.typeWords.minusLL': 'een negatieve waardering met beide motieven laag',
    'zkm.typeWords.ambiLL': 'een ambivalente waardering met beide motieven laag',
    'zkm.typeWords.plusmixed': 'een positieve waardering met gemengde motieven',
    'zkm.typeWords.minusmixed': 'een negatieve waardering met gemengde motieven',
    'zkm.typeWords.ambimixed': 'een ambivalente waardering met gemengde motieven',
    'zkm.explain.type':
      'Een hypothese om met je coach over te praten, geen oordeel. Jij weet het best wat deze waardering voor je betekent.',
    'zkm.explain.S':
      'Z (zelfbevestiging): hoe sterk deze waardering samengaat met gevoelens van jezelf bevestigen en voor jezelf opkomen (eigenwaarde, kracht, zelfvertrouwen, trots). De som van die gevoelens.',
    'zkm.explain.O':
      'A (verbondenheid met de ander): hoe sterk deze waardering samengaat met gevoelens van verbonden zijn met iemand of iets (zorgzaamheid, tederheid, liefde, intimiteit). De som van die gevoelens.',
    'zkm.explain.P':
      'P: de som van de positieve gevoelens (zoals plezier, geluk, genieten, innerlijke rust) die je deze waardering gaf.',
    'zkm.explain.N':
      'N: de som van de negatieve gevoelens (zoals bezorgdheid, ongelukkig zijn, moedeloosheid, teleurstelling) die je deze waardering gaf.',
    'zkm.explain.SO':
      'Z\u2212A: Z min A. Boven nul gaat in deze waardering voor jezelf opkomen voor; onder nul gaat verbondenheid met de ander voor. Iets om te verkennen, geen score.',
    'zkm.explain.PN':
      'P\u2212N: P min N, het welbevinden in deze waardering. Boven nul voelt ze vooral goed, onder nul vooral moeilijk. Een moeilijke waardering kan juist belangrijk zijn om over te praten.',
    'zkm.explain.GEN':
      'GEN: hoeveel het patroon van gevoelens van deze waardering lijkt op hoe je je de laatste tijd in het algemeen voelt (een correlatie van \u22121 tot 1). Een hoge GEN kan betekenen dat deze waardering kleurt hoe je je nu voelt.',
    'zkm.explain.IDEAL':
      'IDEAAL: hoeveel het patroon van gevoelens van deze waardering lijkt op hoe je je graag zou willen voelen (een correlatie van \u22121 tot 1). Een lage of negatieve IDEAAL kan wijzen op iets dat je zou willen veranderen.',
    'zkm.explain.generalIdeal':
      'IDEAAL hier: hoeveel het patroon van hoe je je in het algemeen voelt lijkt op hoe je je graag zou willen voelen (een correlatie van \u22121 tot 1). Welke gevoelens het verschil maken, kan iets zijn om met je coach te bespreken.',
    'zkm.explain.bands':
      'De woorden "dicht bij" (minstens {close}), "ver van" (hoogstens {far}) en "maar losjes" (daartussen) zijn een ruwe leidraad van deze app, geen gepubliceerde normen.',
    'zkm.explain.HH':
      'HH: beide motieven hoog, Z en A allebei minstens h. Tegelijk voor jezelf opkomen en verbonden zijn.',
    'zkm.explain.LL':
      'LL: beide motieven laag, Z en A allebei hoogstens l. Geen van beide motieven is sterk aanwezig in deze waardering.',
    'zkm.explain.thresholds':
      'Het type van een waardering wordt gelezen met vier drempels van de gevoelslijst: Z\u2212A van minstens d ({d}) maakt een Z-type, A\u2212Z van minstens d een A-type; Z en A allebei minstens h ({h}) maken HH, allebei hoogstens l ({l}) LL; anders gemengd. P\u2212N van minstens p ({p}) maakt haar positief, N\u2212P van minstens p negatief, anders ambivalent. Je coach kan deze drempels aanpassen.',
    'zkm.explain.correlationThreshold':
      'Twee waarderingen waarvan de patronen van gevoelens minstens zo sterk samenhangen (|r|, van 0 tot 1) horen misschien bij elkaar, of zijn elkaars tegenpool als r negatief is. Verlaag de drempel om meer paren te zien. Een paar is een vraag om over te praten, geen conclusie.',
    'zkm.howto.link': 'Zo lees je dit',
    'zkm.howto.title': 'Zo lees je je resultaten',
    'zkm.howto.back': 'Terug naar de resultaten',
    'zkm.howto.intro':
      'Je resultaten zijn een begin voor het gesprek met je coach. De cijfers komen uit je eigen scores; wat ze betekenen ontdek je samen. Elke lezing hier is een hypothese om over te praten, nooit een oordeel.',
    'zkm.howto.cardsTitle': 'De kaarten',
    'zkm.howto.cards':
      'Elke waardering heeft een kaart: je eigen woorden, haar type in woorden, vier balken voor Z, A, P en N tegen hun maximum, de verschillen Z\u2212A en P\u2212N, en GEN en IDEAAL met een gewone lezing. Je kunt de kaarten tonen zoals in de lijst, gegroepeerd per type of naar welbevinden. Op een breed scherm staan dezelfde cijfers ook in één tabel.',
    'zkm.howto.indicesTitle': 'De cijfers',
    'zkm.howto.typesTitle': 'De typen',
    'zkm.howto.types':
      'Een type combineert welk motief voorgaat (Z, A, beide hoog, beide laag of gemengd) met hoe de waardering voelt (positief +, negatief \u2212 of ambivalent \u00b1). Klassieke lezingen, als vragen bedoeld:',
    'zkm.howto.genIdealTitle': 'GEN en IDEAAL',
    'zkm.howto.chartsTitle': 'De grafieken',
    'zkm.howto.charts':
      'De grafieken tonen dezelfde cijfers als beeld: elke waardering geplaatst naar Z en A, en naar P en N; je algemene en ideale gevoel naast elkaar; en welke gevoelens over al je waarderingen het meest voorkomen. Bij elke grafiek hoort een tabel met dezelfde getallen.',
    'zkm.howto.correlationsTitle': 'Samenhang tussen waarderingen',
    'zkm.howto.correlations':
      'De matrix en de warmtekaart tonen welke waarderingen een vergelijkbaar patroon van gevoelens hebben. Waarderingen die samengaan kunnen wijzen op een rode draad in je leven.',
  },
});

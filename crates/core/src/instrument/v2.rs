//! Instrument version 2, as plain data in Dutch and English: nine dimensions with their
//! seed passages and trade-off items, and seventy-two statements, typed from the draft in
//! `docs/instrument-v2-draft.md` (section 3 and the traceability table). Its ids are their
//! own id space, apart from version 1's.

use crate::instrument::answers::{Answer, Level};
use crate::instrument::model::{
    Key, KeyedDimensionDef, KeyedStatementDef, Pole, Seed, SeedPassage, TradeOffDef,
};
use crate::instrument::rules::{
    Model, OverallMargin, Rules, Scale, Spread, Step, TeamRead, YesSaying,
};
use crate::text::Text;

/// Version 2's answers in display order: two different non-answers.
pub const OPTIONS: [Answer; 7] = [
    Answer::Level(Level::NotAtAll),
    Answer::Level(Level::ALittle),
    Answer::Level(Level::Partly),
    Answer::Level(Level::Largely),
    Answer::Level(Level::Completely),
    Answer::Skip,
    Answer::NotApplicable,
];

/// Version 2's rules: how often a behaviour is seen, statements keyed both ways, the cut
/// in the middle (50, where answering everything alike lands), figures in steps of 5.
pub const RULES: Rules = Rules {
    model: Model::Keyed,
    scale: Scale::Frequency,
    spread: Spread::Sample,
    team_read: TeamRead::FromMembers,
    options: &OPTIONS,
    labels: [
        Text {
            nl: "bijna nooit",
            en: "almost never",
        },
        Text {
            nl: "soms",
            en: "sometimes",
        },
        Text {
            nl: "regelmatig",
            en: "regularly",
        },
        Text {
            nl: "vaak",
            en: "often",
        },
        Text {
            nl: "bijna altijd",
            en: "almost always",
        },
        Text {
            nl: "Weet ik niet",
            en: "Don’t know",
        },
        Text {
            nl: "Past niet bij ons team",
            en: "Doesn’t apply to our team",
        },
    ],
    trade_offs: true,
    plain_trade_offs: false,
    cut: 50.0,
    step: Step::Five,
    min_answered: 2,
    both_keys: false,
    side_margins: Some(1.0),
    difference_margins: 2.2,
    difference_at_least: 25.0,
    difference_from_zone: false,
    yes_saying: YesSaying::AllAnswers,
    spread_floor: 0.5,
    yes_saying_from: 1.0,
    uniform_share: 0.9,
    reliability_from: 6,
    agreement_from: 0.0,
    agreeing_share: 2.0 / 3.0,
    overall_needs_both: true,
    overall_margin: OverallMargin::Independent,
    min_overall_dimensions: 3,
    desired_statements: true,
    intro: None,
};

pub const DIMENSIONS: [KeyedDimensionDef; 9] = [
    KeyedDimensionDef {
        id: 1,
        code: "OWN",
        name: Text {
            nl: "Eigenaarschap",
            en: "Ownership",
        },
        explanation: Text {
            nl: "Waar voel je je verantwoordelijk voor: je eigen resultaat, of je bijdrage aan wat het team samen doet? Sta je voor je eigen resultaat, dan weet je waar je aan toe bent: werk wordt zichtbaar en je kunt elkaar erop aanspreken. De keerzijde: je let vooral op je eigen stuk, en helpen komt pas als je eigen werk af is. Voel je je verantwoordelijk voor je bijdrage aan het geheel, dan spring je makkelijker bij en ben je samen eigenaar. De keerzijde: het wordt vaag wie wat oplevert, en wat jij zelf doet valt minder op. Sterk op beide: je weet wat jij oplevert, en je kijkt ook wat het team nodig heeft.",
            en: "What do you feel responsible for: your own result, or your part in what the team does together? If you stand for your own result, you know where you stand: work is visible and people can be held to it. The cost: you mostly mind your own patch, and help only comes once your own work is done. If you feel responsible for your part in the whole, you step in more easily and share the ownership. The cost: it gets vague who delivers what, and your own effort is less noticed. Strong on both: you know what you deliver, and you also look at what the team needs.",
        },
        anglo_saxon: Text {
            nl: "Je eigen resultaat",
            en: "Your own result",
        },
        rhineland: Text {
            nl: "Je bijdrage aan het geheel",
            en: "Your part in the whole",
        },
        source: Text {
            nl: "Uit ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’: verantwoordelijk voor je resultaat of voor je bijdrage, en een team waarin collega’s elkaar pas hielpen als hun eigen KPI binnen was.",
            en: "From ‘The customer team that showed me how it can go wrong’: responsible for your result or for your contribution, and a team whose members only helped each other once their own KPI was met.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Angelsaksisch: “Jij bent verantwoordelijk voor je resultaat.”",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Rijnlands: “Jij bent verantwoordelijk voor je bijdrage.”",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "de teamleden hielpen elkaar pas als hún eigen KPI behaald was",
            },
        ],
        conversation: Text {
            nl: "Wanneer sprong jij voor het laatst bij voor een collega, en wat bleef er toen van je eigen werk liggen?",
            en: "When did you last step in for a colleague, and what of your own work was left undone?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Je weet precies wat jouw resultaat is, en daar sta je voor.",
                en: "You know exactly what your result is, and you stand by it.",
            },
            rhineland: Text {
                nl: "Je voelt je verantwoordelijk voor wat we samen bereiken, en springt bij waar nodig.",
                en: "You feel responsible for what we achieve together, and you step in where needed.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 2,
        code: "FOC",
        name: Text {
            nl: "Focus",
            en: "Focus",
        },
        explanation: Text {
            nl: "Wat moet er gebeuren, en wat is de kortste weg? De rechte lijn houdt het werk overzichtelijk: je weet wat eerst moet, houdt het bij de feiten en komt snel in actie. De keerzijde: een twijfel heet al snel een excuus, en wat eronder zit blijft liggen. Ruimte voor twijfel betekent doorvragen op het verhaal achter een ‘ja, maar’ en samen terugkijken: waarom aarzelt iemand, waarom schuurt iets? Dat levert wijsheid op en laat zien wat er speelt. De keerzijde: gesprekken blijven rondgaan, en het tempo gaat eruit. Sterk op beide: je weet wat eerst moet, en onderweg luister je naar wat schuurt.",
            en: "What needs to happen, and what is the shortest route? The straight line keeps the work manageable: you know what comes first, stick to the facts and get moving fast. The cost: a doubt is quickly called an excuse, and what lies beneath it stays hidden. Room for doubt means asking about the story behind a ‘yes, but’ and looking back together: why is someone hesitating, why does something rub? That brings wisdom and shows what is going on. The cost: conversations go round in circles, and the pace drops. Strong on both: you know what comes first, and along the way you listen to what rubs.",
        },
        anglo_saxon: Text {
            nl: "De rechte lijn",
            en: "The straight line",
        },
        rhineland: Text {
            nl: "Ruimte voor twijfel",
            en: "Room for doubt",
        },
        source: Text {
            nl: "Uit ‘Het klantenteam…’: gebruik de rechte lijn, maar laat ruimte voor twijfel en samen leren; en onderzoek verhalen in plaats van ze als excuus te schrappen.",
            en: "From ‘The customer team…’: use the straight line, but leave room for doubt and learning together; and explore stories instead of striking them out as excuses.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "wat moet er gebeuren, wat is de rechte lijn? Maar alleen als dat ook ruimte biedt aan twijfel, met elkaar leren en evalueren én menselijkheid",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Maar verhalen bevatten informatie. Ze vertellen waarom iemand twijfelt, waarom iets schuurt",
            },
        ],
        conversation: Text {
            nl: "Denk aan het laatste ‘ja, maar…’ in ons overleg: wat zat erachter, en wat hebben we ermee gedaan?",
            en: "Think of the last ‘yes, but…’ in one of our meetings: what was behind it, and what did we do with it?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "We weten wat eerst moet en houden het bij de feiten. Zo komen we snel in actie.",
                en: "We know what comes first and stick to the facts. That gets us moving fast.",
            },
            rhineland: Text {
                nl: "We vragen door op twijfels en luisteren naar het verhaal erachter. Zo zien we wat er speelt.",
                en: "We ask about doubts and listen to the story behind them. That shows us what is going on.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 3,
        code: "DIS",
        name: Text {
            nl: "Discipline",
            en: "Discipline",
        },
        explanation: Text {
            nl: "Waar komt de discipline in het werk vandaan? Bij ‘afspraak is afspraak’ werk je volgens vaste afspraken en werkwijzen. Dat maakt het werk betrouwbaar: de mensen voor wie je werkt krijgen dezelfde kwaliteit, wie het werk ook doet. De keerzijde: regels volgen kan de plaats innemen van zelf nadenken, en ‘het moet’ wordt de reden. Bij vakmanschap als maatstaf leggen vakmensen zelf de lat, vanuit wat ze graag willen bijdragen. Dat geeft kwaliteit van binnenuit en trots op het werk. De keerzijde: de norm verschilt per persoon, en afspraken worden vrijblijvend. Sterk op beide: heldere afspraken waar de vakmensen zelf achter staan.",
            en: "Where does the discipline in the work come from? When agreements set the standard, you work to fixed agreements and procedures. That makes the work reliable: the people you work for get the same quality, whoever does the job. The cost: following rules can take the place of thinking for yourself, and ‘because we must’ becomes the reason. When craft sets the standard, professionals set the bar themselves, out of what they want to contribute. That brings quality from within and pride in the work. The cost: the standard differs from person to person, and agreements become optional. Strong on both: clear agreements that the professionals themselves stand behind.",
        },
        anglo_saxon: Text {
            nl: "Afspraak is afspraak",
            en: "Agreements set the standard",
        },
        rhineland: Text {
            nl: "Vakmanschap als maatstaf",
            en: "Craft sets the standard",
        },
        source: Text {
            nl: "Uit ‘Het klantenteam…’: discipline uit afspraken die gelden, of uit vakmanschap: ‘dit is wat ik graag wil bijdragen’.",
            en: "From ‘The customer team…’: discipline from agreements that hold, or from craftsmanship: ‘this is what I want to contribute’.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Niet de discipline van “je moet”, maar van “dit is wat ik graag wil bijdragen”.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Resultaten zijn meetbaar, gedrag is aanspreekbaar, ruis wordt weggehaald.",
            },
        ],
        conversation: Text {
            nl: "Bij welke afspraak denk jij ‘moet dat nou?’, en bij welke ‘zo hoort goed werk’?",
            en: "Which agreement makes you think ‘do we really have to?’, and which ‘this is what good work looks like’?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "We werken volgens heldere, gedeelde afspraken. Zo weet je wat je van elkaar kunt verwachten.",
                en: "We work to clear, shared agreements. So you know what to expect from each other.",
            },
            rhineland: Text {
                nl: "We werken vanuit ons vakmanschap en leggen zelf de lat. Zo krijgt het werk de zorg die het verdient.",
                en: "We work from our craft and set the bar ourselves. So the work gets the care it deserves.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 4,
        code: "AIM",
        name: Text {
            nl: "Doelen en bedoeling",
            en: "Goals and purpose",
        },
        explanation: Text {
            nl: "Waar sturen jullie op? Cijfers maken helder waar je staat: productie, wachttijd, budget of omzet laten zien of je op koers ligt, en je kunt op tijd bijsturen. De keerzijde: het cijfer kan een doel op zich worden, en rapportages zeggen dan wel iets, maar niet wat er echt speelt. Sturen op de bedoeling betekent steeds weer vragen wat hier écht de bedoeling is: wat heeft de cliënt, klant of burger eraan? Dat geeft houvast in situaties waar geen regel in voorziet. De keerzijde: de bedoeling kan voor ieder iets anders betekenen, en of je vooruitkomt, is moeilijk te zien. Sterk op beide: doelen die je kunt meten én die laten zien waarvoor je het doet.",
            en: "What do you steer by? Figures make it clear where you stand: output, waiting times, budget or turnover show whether you are on course, and you can adjust in time. The cost: the figure can become a goal in itself, and reports then say something, but not what is really going on. Steering by purpose means asking again and again what the real purpose is here: what does the client, customer or citizen get out of it? That gives something to hold on to where no rule applies. The cost: the purpose can mean something different to each person, and whether you are making progress is hard to see. Strong on both: goals you can measure that also show what you do it for.",
        },
        anglo_saxon: Text {
            nl: "Sturen op cijfers",
            en: "Steering by figures",
        },
        rhineland: Text {
            nl: "Sturen op de bedoeling",
            en: "Steering by purpose",
        },
        source: Text {
            nl: "Uit ‘Het klantenteam…’ en ‘Betekenisvolle vooruitgang’: meetbare resultaten, en de vraag ‘wat is hier écht de bedoeling?’, want geld en cijfers zijn een middel, geen doel.",
            en: "From ‘The customer team…’ and ‘Meaningful progress’: measurable results, and the question ‘what is really the purpose here?’, because money and figures are a means, not an end.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "En er is weinig ruimte voor de vraag aan elkaar: wat is hier écht de bedoeling?",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "zijn we het verdienen van geld gaan zien als een doel in plaats van een belangrijk middel voor een betekenisvol bestaan",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "eindeloze rapportages die de sluimerende problemen niet duiden",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Resultaten zijn meetbaar",
            },
        ],
        conversation: Text {
            nl: "Als we de mensen voor wie we werken zouden vragen waarvoor wij er zijn, wat zouden ze zeggen? En wat zeggen onze cijfers?",
            en: "If we asked the people we work for what we are here for, what would they say? And what do our figures say?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "We hebben heldere, meetbare doelen. Zo zien we op tijd of we op koers liggen.",
                en: "We have clear, measurable goals. So we see in time whether we are on course.",
            },
            rhineland: Text {
                nl: "We houden de bedoeling van ons werk voor ogen. Zo weten we voor wie we het doen.",
                en: "We keep the purpose of our work in view. So we know who we are doing it for.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 5,
        code: "OPN",
        name: Text {
            nl: "Openheid",
            en: "Openness",
        },
        explanation: Text {
            nl: "Hoe open zijn jullie tegen elkaar? Recht door zee betekent: zeggen wat je ziet, en elkaar aanspreken op gedrag en afspraken. Dat houdt de lucht schoon: problemen komen snel op tafel en er wordt minder over elkaar gepraat. De keerzijde: zonder vertrouwen voelt het hard, en mensen gaan zich indekken. Open over jezelf betekent: vertellen wat je beweegt, wat je hindert en wat je wenst, om hulp vragen en een fout toegeven. Dat bouwt vertrouwen, en mensen gaan elkaar steunen. De keerzijde: wie de goede verhoudingen wil bewaren, slikt een lastige boodschap soms in. Sterk op beide: het is veilig genoeg om je kwetsbaar op te stellen én om elkaar aan te spreken.",
            en: "How open are you with each other? Straight talk means saying what you see, and holding each other to behaviour and agreements. That clears the air: problems come to the table quickly and there is less talk behind people’s backs. The cost: without trust it feels harsh, and people start covering themselves. Being open about yourself means saying what drives you, what holds you back and what you hope for, asking for help and admitting a mistake. That builds trust, and people start to support each other. The cost: whoever wants to keep the peace sometimes swallows a difficult message. Strong on both: it is safe enough to show your vulnerable side and to hold each other to account.",
        },
        anglo_saxon: Text {
            nl: "Recht door zee",
            en: "Straight talk",
        },
        rhineland: Text {
            nl: "Open over jezelf",
            en: "Open about yourself",
        },
        source: Text {
            nl: "Uit het artikel over silo’s en uit ‘Kleine dingen’: resultaten versnellen als mensen elkaar in alle kwetsbaarheid vertellen wat hen beweegt en hindert, binnen afspraken die veiligheid bieden; en uit ‘Het klantenteam…’: gedrag is aanspreekbaar.",
            en: "From the article on silos and from ‘Small things’: results speed up when people tell each other, in all vulnerability, what moves and hinders them, within agreements that make it safe; and from ‘The customer team…’: behaviour is something you can address.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "als mensen met hetzelfde doel maar verschillend perspectief elkaar in alle kwetsbaarheid vertellen wat ze beweegt, wat ze hindert en wat ze wensen",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "de groep de kaders formuleerde, die ruimte en veiligheid boden",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "Er was veel meer bereidheid tot kwetsbaar opstellen",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "gedrag is aanspreekbaar, ruis wordt weggehaald",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "conflicten in de groep willen minimaliseren (communion)",
            },
        ],
        conversation: Text {
            nl: "Wat heb jij de afgelopen tijd voor je gehouden, en wat had je nodig gehad om het wel te zeggen?",
            en: "What have you kept to yourself lately, and what would you have needed to say it?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "We zeggen het elkaar recht voor zijn raap als iets niet goed gaat. Zo blijft er niets hangen.",
                en: "We tell each other straight when something isn’t right. So nothing is left to fester.",
            },
            rhineland: Text {
                nl: "We vertellen elkaar eerlijk wat ons beweegt en wat ons hindert. Zo kunnen we op elkaar steunen.",
                en: "We tell each other honestly what drives us and what holds us back. So we can lean on each other.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 6,
        code: "BND",
        name: Text {
            nl: "Teamgrenzen",
            en: "Team boundaries",
        },
        explanation: Text {
            nl: "Hoe gaan jullie om met de grens tussen jullie team en andere teams of afdelingen? Bij een heldere taakverdeling weet elk team wat zijn taak is. Dat geeft overzicht en vakkennis, en er gebeurt niets dubbel. De keerzijde: er ontstaan silo’s die langs elkaar heen werken, en de mensen voor wie je werkt vallen tussen wal en schip. Over de grens heen betekent: samen optrekken met mensen die ander werk doen, maar hetzelfde doel hebben. Dat brengt vernieuwing en lost op wat geen team alleen kan. De keerzijde: het wordt onduidelijk wie waarvoor staat, en het eigen werk kan blijven liggen. Sterk op beide: je kent je eigen taak, en de deur naar andere teams staat open.",
            en: "How do you handle the boundary between your team and other teams or departments? With a clear division of work, each team knows what is its own. That brings overview and expertise, and nothing gets done twice. The cost: silos grow that work at cross purposes, and the people you work for fall between the cracks. Working across boundaries means joining forces with people who do other work but share the same goal. That brings new ideas and solves what no team can solve alone. The cost: it becomes unclear who is responsible for what, and your own work can be left lying. Strong on both: you know your own task, and the door to other teams is open.",
        },
        anglo_saxon: Text {
            nl: "Heldere taakverdeling",
            en: "Clear division of work",
        },
        rhineland: Text {
            nl: "Over de grens heen",
            en: "Across boundaries",
        },
        source: Text {
            nl: "Uit het artikel over silo’s: over de grens stappen is lastig, en verdeeldheid leidt tot langs elkaar heen werken; verbinding leidt tot vernieuwing.",
            en: "From the article on silos: stepping across the line is hard, and division leads to working at cross purposes; connection leads to innovation.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "het is heel lastig voor mensen om over de grens te stappen",
            },
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "Verdeeldheid leidt tot langs elkaar heen werken en dus tot verspilling van tijd, geld en resultaat",
            },
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "Ga van verdeeldheid naar verbinding en stagnatie wordt innovatie.",
            },
        ],
        conversation: Text {
            nl: "Bij welk ander team zou jij deze maand eens binnen moeten lopen, en met welke vraag?",
            en: "Which other team should you drop in on this month, and with what question?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Het is helder welk werk bij ons hoort en welk bij een ander team. Zo doet elk team waar het goed in is.",
                en: "It is clear which work is ours and which belongs to another team. So each team does what it does best.",
            },
            rhineland: Text {
                nl: "We stappen makkelijk over de grens naar andere teams. Zo lossen we samen op wat geen team alleen kan.",
                en: "We cross over to other teams with ease. So together we solve what no team can solve alone.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 7,
        code: "DIR",
        name: Text {
            nl: "Richting",
            en: "Direction",
        },
        explanation: Text {
            nl: "Hoe komt de koers tot stand? Knopen doorhakken betekent: er wordt gekozen, en je weet welke kant het op gaat. Dat geeft duidelijkheid, tempo en de durf om te kiezen. De keerzijde: besluiten kunnen botsen met de praktijk, en wie het werk doet, denkt niet meer mee. Samen koers bepalen betekent: de mensen die het werk doen denken mee, over de lagen heen, en een plan wordt eerst aan de praktijk getoetst. Dat geeft draagvlak en plannen die werken. De keerzijde: het kiezen gaat traag of blijft vaag. Sterk op beide: er wordt gekozen, en die keuze is samen gevormd.",
            en: "How does your course get set? Making the call means choices get made and you know which way things are going. That brings clarity, pace and the courage to choose. The cost: decisions can clash with everyday practice, and the people who do the work stop thinking along. Setting course together means the people who do the work help shape it, across the layers, and a plan is tested against practice first. That brings support and plans that work. The cost: choosing is slow or stays vague. Strong on both: choices get made, and they are shaped together.",
        },
        anglo_saxon: Text {
            nl: "Knopen doorhakken",
            en: "Making the call",
        },
        rhineland: Text {
            nl: "Samen koers bepalen",
            en: "Setting course together",
        },
        source: Text {
            nl: "Uit ‘Het klantenteam…’: koppel richting aan samenwerking, en durf te kiezen; en uit ‘Kleine dingen’, waar de managementlagen elkaars praktijk niet begrepen.",
            en: "From ‘The customer team…’: link direction to collaboration, and dare to choose; and from ‘Small things’, where the management layers did not understand each other’s reality.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "En richting koppelen aan samenwerking.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "het ontbreekt soms aan scherpte, richting en de durf om te kiezen",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "Boven begrijpen ze de praktijk niet en ze proberen dingen in te voeren, die niet kunnen en niet werken.",
            },
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "het aanpassen van de systemen zonder inspraak van alle gebruikers werkt niet",
            },
        ],
        conversation: Text {
            nl: "Welk besluit van de afgelopen tijd werkte goed in de praktijk, en wie dacht daarover mee?",
            en: "Which recent decision worked well in practice, and who helped shape it?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Er worden duidelijke keuzes gemaakt. Zo weet je welke kant we op gaan.",
                en: "Clear choices get made. So you know which way we are going.",
            },
            rhineland: Text {
                nl: "We bepalen de koers samen met wie het werk doet. Zo past die bij de praktijk.",
                en: "We set our course with the people who do the work. So it fits everyday practice.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 8,
        code: "TIM",
        name: Text {
            nl: "Tijdshorizon",
            en: "Time horizon",
        },
        explanation: Text {
            nl: "Op welke termijn werken jullie? Bij snel resultaat ga je voor wat op korte termijn zichtbaar is. Dat geeft vaart en energie, en je ziet snel of iets werkt. De keerzijde: snelle winst is zelden blijvende winst, en een snelle oplossing komt later terug. Met een lange adem bouw je aan wat over jaren nog staat: relaties, vakkennis, een organisatie die je met vertrouwen kunt doorgeven. Dat geeft rust, trouw en stabiliteit. De keerzijde: de urgentie verdwijnt, en wat nu moet, kan blijven liggen. Sterk op beide: vandaag resultaat boeken, en durven kiezen voor de lange termijn.",
            en: "What time frame do you work to? With quick results you go for what shows in the short term. That brings momentum and energy, and you soon see whether something works. The cost: quick wins are rarely lasting wins, and a quick fix comes back later. With the long haul you build what will still stand years from now: relationships, expertise, an organisation you can hand on with confidence. That brings calm, loyalty and stability. The cost: the urgency fades, and what needs doing now can be left lying. Strong on both: getting results today, and daring to choose the long term.",
        },
        anglo_saxon: Text {
            nl: "Snel resultaat",
            en: "Quick results",
        },
        rhineland: Text {
            nl: "Lange adem",
            en: "The long haul",
        },
        source: Text {
            nl: "Uit ‘Het klantenteam…’: snelheid werkt als je vastloopt, maar snelle winst is zelden duurzame winst, zeker als je werkt voor de volgende generatie.",
            en: "From ‘The customer team…’: speed works when you are stuck, but quick profit is rarely lasting profit, certainly when you work for the next generation.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "De meeste ondernemers weten allang dat snelle winst zelden duurzame winst is. Zeker in familie- en maakbedrijven, waar je niet werkt voor dit jaar, maar voor de volgende generatie.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Dit werkt, zeker als je vastloopt of als je vooral “meer snelheid” nodig hebt.",
            },
        ],
        conversation: Text {
            nl: "Wat doen we nu waar de mensen voor wie we werken over vijf jaar nog blij mee zijn? En wat schuiven we voor ons uit?",
            en: "What are we doing now that the people we work for will still be glad of in five years? And what are we putting off?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "We gaan voor resultaat dat snel zichtbaar is. Zo houden we vaart.",
                en: "We go for results that show quickly. That keeps our momentum up.",
            },
            rhineland: Text {
                nl: "We bouwen aan wat over jaren nog staat. Zo houden we het lang vol.",
                en: "We build what will still stand in years to come. That keeps us going for the long haul.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 9,
        code: "CHG",
        name: Text {
            nl: "Verandering",
            en: "Change",
        },
        explanation: Text {
            nl: "Hoe komt verandering tot stand, en wat krijgen de mensen die iets willen veranderen? In de meeste teams zijn verkenners: collega’s die zien dat het anders kan en in beweging willen komen, maar dat nog niet genoeg kunnen of mogen. Met plan en mandaat pak je een verbetering aan als een project: met een plan, een trekker, middelen en een duidelijk mandaat. Dat maakt verandering zichtbaar en stuurbaar. De keerzijde: wat niet in het plan past, komt er niet door, en een groot programma kan langs de mensen heen gaan. Met ruimte en kleine stappen groeit verandering uit veel kleine stappen in houding en gedrag, ieder op zijn eigen plek, en krijgen verkenners ruimte om te proberen. Dat beklijft, omdat mensen het zelf doen. De keerzijde: het blijft versnipperd, en een goed idee blijft steken zonder middelen of besluit. Sterk op beide: verkenners krijgen ruimte, middelen én mandaat.",
            en: "How does change come about, and what do the people who want to change something get? Most teams have explorers: colleagues who see that things could be different and want to get moving, but are not yet able or allowed to. With plan and mandate you tackle an improvement as a project: with a plan, someone to drive it, the means and a clear mandate. That makes change visible and manageable. The cost: whatever doesn’t fit the plan doesn’t get through, and a big programme can pass people by. With room and small steps, change grows from many small shifts in attitude and behaviour, each person in their own place, and explorers get room to try things. That sticks, because people do it themselves. The cost: it stays scattered, and a good idea stalls without means or a decision. Strong on both: explorers get room, means and a mandate.",
        },
        anglo_saxon: Text {
            nl: "Plan en mandaat",
            en: "Plan and mandate",
        },
        rhineland: Text {
            nl: "Ruimte en kleine stappen",
            en: "Room and small steps",
        },
        source: Text {
            nl: "Uit ‘Betekenisvolle vooruitgang’ en ‘Kleine dingen’: geef verkenners ruimte, middelen en mandaat, en laat grote verandering groeien uit veel kleine stappen in houding en gedrag.",
            en: "From ‘Meaningful progress’ and ‘Small things’: give explorers space, resources and a mandate, and let big change grow from many small steps in attitude and behaviour.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "Door de 3,5% verkenners in organisaties te begeleiden en hen de ruimte, middelen en mandaat te geven",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "Deze verkenners zijn vaak gefrustreerd over hoe het eraan toegaat",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "Door grote veranderingen door te voeren met behulp van vele kleine ontwikkelingen in houding en gedrag",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "giving them the space, resources and mandate they need",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "Niet door een groot programma, door een convenant of doordat de directie een oekaze uitvaardigde maar doordat ieder op zijn eigen plaats in de organisatie bewust was geworden en verantwoordelijkheid had genomen.",
            },
        ],
        conversation: Text {
            nl: "Wie in ons team wil iets veranderen, en wat heeft die van ons nodig: ruimte, middelen of een duidelijk ja?",
            en: "Who in our team wants to change something, and what do they need from us: room, means or a clear yes?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Wie iets wil verbeteren, krijgt middelen en een duidelijk mandaat. Zo komt een goed idee echt van de grond.",
                en: "Whoever wants to improve something gets the means and a clear mandate. So a good idea really gets off the ground.",
            },
            rhineland: Text {
                nl: "Wie iets wil verbeteren, krijgt ruimte om het in kleine stappen te proberen. Zo groeit een goed idee van onderop.",
                en: "Whoever wants to improve something gets room to try it in small steps. So a good idea grows from the ground up.",
            },
            first: Pole::AngloSaxon,
        },
    },
];

/// Grouped by dimension and, within a dimension, in questionnaire order
/// (n = 1, 7, 2, 6, 3, 5, 4, 8), so that the poles alternate and no mirror pair sits side
/// by side.
pub const STATEMENTS: [KeyedStatementDef; 72] = [
    // 1. OWN: Ownership
    KeyedStatementDef {
        id: 11,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team weet je welk resultaat er van jou verwacht wordt.",
            en: "In our team, you know which result is expected of you.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Jij bent verantwoordelijk voor je resultaat.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 17,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team helpen we elkaar pas als ons eigen werk af is.",
            en: "In our team, we only help each other once our own work is done.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "hielpen elkaar pas als hún eigen KPI behaald was",
        },
        mirror: Some(15),
    },
    KeyedStatementDef {
        id: 12,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team is te zien wie wat heeft bereikt.",
            en: "In our team, you can see who has achieved what.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Resultaten zijn meetbaar",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 16,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team pak je iets op, ook als het niet bij je taak hoort.",
            en: "In our team, you pick something up even when it isn’t part of your job.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Jij bent verantwoordelijk voor je bijdrage.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 13,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team is onduidelijk wie waarvoor verantwoordelijk is.",
            en: "In our team, it is unclear who is responsible for what.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Jij bent verantwoordelijk voor je resultaat.",
        },
        mirror: Some(11),
    },
    KeyedStatementDef {
        id: 15,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team springen we bij als een collega vastloopt.",
            en: "In our team, we step in when a colleague gets stuck.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "naoberschap",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 14,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team blijft onzichtbaar wat iemand persoonlijk heeft bereikt.",
            en: "In our team, what someone has achieved personally goes unseen.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Resultaten zijn meetbaar",
        },
        mirror: Some(12),
    },
    KeyedStatementDef {
        id: 18,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team blijft werk liggen dat tussen de taken in valt.",
            en: "In our team, work that falls between people’s tasks is left undone.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Samenwerken en gezamenlijke verantwoordelijkheid stonden wel op papier",
        },
        mirror: Some(16),
    },
    // 2. FOC: Focus
    KeyedStatementDef {
        id: 21,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team is duidelijk wat er eerst moet gebeuren.",
            en: "In our team, it is clear what has to happen first.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "wat moet er gebeuren, wat is de rechte lijn?",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 27,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team wordt een ‘ja, maar’ weggezet als excuus.",
            en: "In our team, a ‘yes, but’ is dismissed as an excuse.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Maar verhalen bevatten informatie.",
        },
        mirror: Some(25),
    },
    KeyedStatementDef {
        id: 22,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team brengen we een gesprek terug naar de feiten.",
            en: "In our team, we bring a discussion back to the facts.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "stop het verhaal (excuus) en heb het over de feiten",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 26,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team kijken we samen terug op hoe iets is gegaan.",
            en: "In our team, we look back together on how something went.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "met elkaar leren en evalueren",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 23,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team eindigt een overleg zonder duidelijke volgende stap.",
            en: "In our team, a meeting ends without a clear next step.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet en actiegericht",
        },
        mirror: Some(21),
    },
    KeyedStatementDef {
        id: 25,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team vragen we door als iemand twijfelt.",
            en: "In our team, when someone has doubts, we ask what lies behind them.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Ze vertellen waarom iemand twijfelt",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 24,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team dwaalt een gesprek af van de hoofdzaak.",
            en: "In our team, a discussion drifts away from the main point.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "ruis wordt weggehaald",
        },
        mirror: Some(22),
    },
    KeyedStatementDef {
        id: 28,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team gaan we door zonder te bespreken wat we hebben geleerd.",
            en: "In our team, we move on without talking about what we have learned.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "met elkaar leren en evalueren",
        },
        mirror: Some(26),
    },
    // 3. DIS: Discipline
    KeyedStatementDef {
        id: 31,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team houden we ons aan de werkwijze die is afgesproken.",
            en: "In our team, we stick to the way of working we agreed on.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "gedrag is aanspreekbaar",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 37,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team gaat het werk alleen goed als er iemand op let.",
            en: "In our team, the work only goes well when someone is keeping an eye on it.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Niet de discipline van “je moet”",
        },
        mirror: Some(35),
    },
    KeyedStatementDef {
        id: 32,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team leggen we vast hoe we het werk doen.",
            en: "In our team, we write down how we do the work.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Niet in een strak gedragsprotocol worden gedrukt.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 36,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team passen mensen de werkwijze aan als hun vakkennis dat vraagt.",
            en: "In our team, people adapt the way of working when their expertise calls for it.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Niet in een strak gedragsprotocol worden gedrukt.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 33,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team verwateren afspraken over hoe we werken.",
            en: "In our team, agreements on how we work fade away.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "gedrag is aanspreekbaar",
        },
        mirror: Some(31),
    },
    KeyedStatementDef {
        id: 35,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team praten we met elkaar over wat goed werk is.",
            en: "In our team, we talk with each other about what good work looks like.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "dit is wat ik graag wil bijdragen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 34,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team hangt het van de persoon af hoe het werk gebeurt.",
            en: "In our team, how the work is done depends on who is doing it.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet",
        },
        mirror: Some(32),
    },
    KeyedStatementDef {
        id: 38,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team volgen we een voorschrift, ook als het niet bij de situatie past.",
            en: "In our team, we follow a rule even when it doesn’t fit the situation.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Discipline gebruiken als vorm van vakmanschap",
        },
        mirror: Some(36),
    },
    // 4. AIM: Goals and purpose
    KeyedStatementDef {
        id: 41,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team weten we hoe ver we zijn met onze doelen.",
            en: "In our team, we know how far along we are with our goals.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Resultaten zijn meetbaar",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 47,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team verliezen we uit het oog voor wie we het werk doen.",
            en: "In our team, we lose sight of who we do the work for.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "zijn we elkaar, de mens, uit het oog verloren",
        },
        mirror: Some(46),
    },
    KeyedStatementDef {
        id: 42,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team spreken we af waaraan we zien dat een doel gehaald is.",
            en: "In our team, we agree how we will tell that a goal has been reached.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 46,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team kijken we wat ons werk oplevert voor de mensen voor wie we werken.",
            en: "In our team, we look at what our work brings the people we work for.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "maatschappelijke waarde te creëren voor diezelfde mensen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 43,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team horen we pas laat hoe we ervoor staan.",
            en: "In our team, we only find out late where we stand.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Resultaten zijn meetbaar",
        },
        mirror: Some(41),
    },
    KeyedStatementDef {
        id: 45,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team vragen we elkaar wat hier écht de bedoeling is.",
            en: "In our team, we ask each other what the real purpose is here.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "wat is hier écht de bedoeling?",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 44,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team blijven doelen vaag.",
            en: "In our team, goals stay vague.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "het ontbreekt soms aan scherpte",
        },
        mirror: Some(42),
    },
    KeyedStatementDef {
        id: 48,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team voeren we taken uit zonder te weten waarvoor ze dienen.",
            en: "In our team, we carry out tasks without knowing what they are for.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "weinig ruimte voor de vraag … wat is hier écht de bedoeling?",
        },
        mirror: Some(45),
    },
    // 5. OPN: Openness
    KeyedStatementDef {
        id: 51,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team zeggen we het meteen als iets niet goed gaat.",
            en: "In our team, we say so straight away when something isn’t going well.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "gedrag is aanspreekbaar, ruis wordt weggehaald",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 57,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team houden mensen een fout liever voor zich.",
            en: "In our team, people would rather keep a mistake to themselves.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "bereidheid tot kwetsbaar opstellen",
        },
        mirror: Some(55),
    },
    KeyedStatementDef {
        id: 52,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team bespreken we een ergernis met de collega zelf.",
            en: "In our team, we take an irritation straight to the colleague concerned.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "gedrag is aanspreekbaar",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 56,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team vragen we elkaar om hulp.",
            en: "In our team, we ask each other for help.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Ik vraag sneller om hulp",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 53,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team blijft een probleem te lang onbenoemd.",
            en: "In our team, a problem goes unmentioned for too long.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Ik heb kwesties opgepakt",
        },
        mirror: Some(51),
    },
    KeyedStatementDef {
        id: 55,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team vertellen we elkaar waar we in ons werk tegenaan lopen.",
            en: "In our team, we tell each other what we are struggling with in our work.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "wat ze beweegt, wat ze hindert en wat ze wensen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 54,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team praten we eerder over elkaar dan met elkaar.",
            en: "In our team, we talk about each other rather than to each other.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "gedrag is aanspreekbaar",
        },
        mirror: Some(52),
    },
    KeyedStatementDef {
        id: 58,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team houden we ons groot als het tegenzit.",
            en: "In our team, we put on a brave face when things go wrong.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "de schakel van het delen van kwetsbaarheid",
        },
        mirror: Some(56),
    },
    // 6. BND: Team boundaries
    KeyedStatementDef {
        id: 61,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team is helder welk werk bij ons hoort.",
            en: "In our team, it is clear which work is ours.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "afdelingen, secties, ministeries, directies",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 67,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team werken we langs een ander team heen.",
            en: "In our team, we work at cross purposes with another team.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "Verdeeldheid leidt tot langs elkaar heen werken",
        },
        mirror: Some(65),
    },
    KeyedStatementDef {
        id: 62,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team brengen we een vraag naar het team waar die thuishoort.",
            en: "In our team, we take a question to the team where it belongs.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "Hebben we ook echt processen en ritmes ingericht",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 66,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team bedenken we samen met een ander team iets nieuws.",
            en: "In our team, we come up with something new together with another team.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "Ga van verdeeldheid naar verbinding en stagnatie wordt innovatie.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 63,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team doen we werk dat een ander team ook al doet.",
            en: "In our team, we do work that another team is already doing.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "verspilling van tijd, geld en resultaat",
        },
        mirror: Some(61),
    },
    KeyedStatementDef {
        id: 65,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team lopen we bij een ander team binnen om iets samen op te lossen.",
            en: "In our team, we drop in on another team to sort something out together.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Ik loop nu bij anderen binnen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 64,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team blijft een vraag hangen tussen ons en een ander team.",
            en: "In our team, a question gets stuck between us and another team.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "tussen verschillende silo’s al wat tegenwerking",
        },
        mirror: Some(62),
    },
    KeyedStatementDef {
        id: 68,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team stuiten we op muren als we met een ander team willen samenwerken.",
            en: "In our team, we hit walls when we try to work with another team.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "stuit bij veel organisaties op muren en systemen",
        },
        mirror: Some(66),
    },
    // 7. DIR: Direction
    KeyedStatementDef {
        id: 71,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team hakken we knopen door als er gekozen moet worden.",
            en: "In our team, we make the call when a choice has to be made.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "de durf om te kiezen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 77,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team horen we pas van een besluit als het al genomen is.",
            en: "In our team, we only hear about a decision once it has been made.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "zonder inspraak van alle gebruikers werkt niet",
        },
        mirror: Some(75),
    },
    KeyedStatementDef {
        id: 72,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team weet je welke kant we op gaan.",
            en: "In our team, you know which way we are heading.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "richting",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 76,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team toetsen we een plan eerst aan de praktijk.",
            en: "In our team, we test a plan against everyday practice first.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Boven begrijpen ze de praktijk niet",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 73,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team blijft een besluit te lang liggen.",
            en: "In our team, a decision is left hanging for too long.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "het ontbreekt soms aan … de durf om te kiezen",
        },
        mirror: Some(71),
    },
    KeyedStatementDef {
        id: 75,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team denken de mensen die het werk doen mee over de koers.",
            en: "In our team, the people who do the work help shape our course.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "richting koppelen aan samenwerking",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 74,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team verandert de koers voordat we er iets mee gedaan hebben.",
            en: "In our team, the course changes before we have done anything with it.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "het ontbreekt soms aan scherpte, richting",
        },
        mirror: Some(72),
    },
    KeyedStatementDef {
        id: 78,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team komen plannen binnen die in de praktijk niet werken.",
            en: "In our team, plans come in that don’t work in practice.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "dingen in te voeren, die niet kunnen en niet werken",
        },
        mirror: Some(76),
    },
    // 8. TIM: Time horizon
    KeyedStatementDef {
        id: 81,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team pakken we eerst aan wat snel resultaat oplevert.",
            en: "In our team, we first tackle what brings quick results.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "als je vooral “meer snelheid” nodig hebt",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 87,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team komt een snelle oplossing later als probleem terug.",
            en: "In our team, a quick fix comes back later as a problem.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "snelle winst zelden duurzame winst is",
        },
        mirror: Some(85),
    },
    KeyedStatementDef {
        id: 82,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team merken we snel of een aanpak werkt.",
            en: "In our team, we find out quickly whether an approach works.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet en actiegericht",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 86,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team investeren we in relaties die lang meegaan.",
            en: "In our team, we invest in relationships that last.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "mensgericht, relationeel en duurzaam",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 83,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team schuiven we iets dringends voor ons uit.",
            en: "In our team, we put off something urgent.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Dit werkt, zeker als je vastloopt",
        },
        mirror: Some(81),
    },
    KeyedStatementDef {
        id: 85,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team kiezen we voor wat over een paar jaar nog werkt.",
            en: "In our team, we choose what will still work in a few years’ time.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "de durf om te kiezen voor de lange termijn",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 84,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team duurt het lang voordat we zien wat iets oplevert.",
            en: "In our team, it takes a long time before we see what something achieves.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Resultaten zijn meetbaar",
        },
        mirror: Some(82),
    },
    KeyedStatementDef {
        id: 88,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team kijken we niet verder vooruit dan dit jaar.",
            en: "In our team, we don’t look further ahead than this year.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "waar je niet werkt voor dit jaar, maar voor de volgende generatie",
        },
        mirror: Some(86),
    },
    // 9. CHG: Change
    KeyedStatementDef {
        id: 91,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team pakken we een verbetering aan met een plan.",
            en: "In our team, we tackle an improvement with a plan.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "In zijn advies had hij opgeschreven waar … aan gewerkt moest worden",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 97,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team wachten we tot een ander de eerste stap zet.",
            en: "In our team, we wait for someone else to take the first step.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "doordat ieder op zijn eigen plaats … verantwoordelijkheid had genomen",
        },
        mirror: Some(95),
    },
    KeyedStatementDef {
        id: 92,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "In ons team krijgt wie iets wil verbeteren daar de middelen voor.",
            en: "In our team, whoever wants to improve something gets the means to do it.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "de ruimte, middelen en mandaat te geven",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 96,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team krijgt iemand de ruimte om iets nieuws te proberen.",
            en: "In our team, someone gets room to try something new.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "hen de ruimte, middelen en mandaat te geven",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 93,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team zakt een verbetering na een tijdje stilletjes in.",
            en: "In our team, an improvement quietly fizzles out after a while.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "blijven hangen in optimalisatie",
        },
        mirror: Some(91),
    },
    KeyedStatementDef {
        id: 95,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "In ons team verandert iets doordat iemand zelf een kleine stap zet.",
            en: "In our team, things change because someone takes a small step of their own.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "vele kleine ontwikkelingen in houding en gedrag",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 94,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "In ons team is onduidelijk wie over een nieuw idee beslist.",
            en: "In our team, it is unclear who decides on a new idea.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "niet het draagvlak of de positie",
        },
        mirror: Some(92),
    },
    KeyedStatementDef {
        id: 98,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "In ons team loopt een nieuw idee vast op ‘zo doen we het hier niet’.",
            en: "In our team, a new idea runs aground on ‘that’s not how we do things here’.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "Deze verkenners zijn vaak gefrustreerd over hoe het eraan toegaat",
        },
        mirror: Some(96),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    fn all_texts() -> Vec<(String, Text)> {
        let mut texts = Vec::new();
        for d in DIMENSIONS.iter() {
            let id = d.id;
            texts.push((format!("dimension {id} name"), d.name));
            texts.push((format!("dimension {id} explanation"), d.explanation));
            texts.push((format!("dimension {id} anglo_saxon"), d.anglo_saxon));
            texts.push((format!("dimension {id} rhineland"), d.rhineland));
            texts.push((format!("dimension {id} source"), d.source));
            texts.push((format!("dimension {id} conversation"), d.conversation));
            texts.push((
                format!("dimension {id} trade-off A"),
                d.trade_off.anglo_saxon,
            ));
            texts.push((format!("dimension {id} trade-off B"), d.trade_off.rhineland));
        }
        for s in STATEMENTS.iter() {
            texts.push((format!("statement {}", s.id), s.text));
        }
        texts
    }

    #[test]
    fn nine_dimensions_in_id_order() {
        let ids: Vec<u8> = DIMENSIONS.iter().map(|d| d.id).collect();
        assert_eq!(ids, (1..=9).collect::<Vec<u8>>());
        let codes: HashSet<&str> = DIMENSIONS.iter().map(|d| d.code).collect();
        assert_eq!(codes.len(), 9);
    }

    #[test]
    fn statement_ids_are_unique_and_match_dimension_and_pole() {
        assert_eq!(STATEMENTS.len(), 72);
        let ids: HashSet<u16> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), 72);
        for s in STATEMENTS.iter() {
            assert_eq!(s.id / 10, u16::from(s.dimension), "statement {}", s.id);
            let n = s.id % 10;
            let range = match s.pole {
                Pole::AngloSaxon => 1..=4,
                Pole::Rhineland => 5..=8,
            };
            assert!(range.contains(&n), "statement {} has the wrong pole", s.id);
        }
    }

    #[test]
    fn statements_are_grouped_in_questionnaire_order() {
        let expected: Vec<u16> = (1..=9u16)
            .flat_map(|d| [1, 7, 2, 6, 3, 5, 4, 8].map(|n| d * 10 + n))
            .collect();
        let ids: Vec<u16> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn statements_describe_our_team() {
        for s in STATEMENTS.iter() {
            assert!(s.text.nl.starts_with("In ons team "), "statement {}", s.id);
            assert!(s.text.en.starts_with("In our team, "), "statement {}", s.id);
        }
    }

    #[test]
    fn dutch_statements_avoid_absolutes() {
        for s in STATEMENTS.iter() {
            let nl = s.text.nl.to_lowercase();
            for word in ["iedereen", " altijd", "bijna altijd", " nooit", "elke week"] {
                assert!(!nl.contains(word), "statement {} contains {word:?}", s.id);
            }
        }
    }

    #[test]
    fn no_text_or_quote_is_empty() {
        for (what, text) in all_texts() {
            assert!(!text.nl.trim().is_empty(), "{what} (nl)");
            assert!(!text.en.trim().is_empty(), "{what} (en)");
        }
        for d in DIMENSIONS.iter() {
            assert!(!d.code.trim().is_empty(), "dimension {} code", d.id);
            assert!(!d.passages.is_empty(), "dimension {} passages", d.id);
            for p in d.passages {
                assert!(!p.quote.trim().is_empty(), "dimension {} passage", d.id);
            }
        }
        for s in STATEMENTS.iter() {
            assert!(
                !s.passage.quote.trim().is_empty(),
                "statement {} passage",
                s.id
            );
        }
    }
}

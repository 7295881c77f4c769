//! Instrument version 3, as plain data in Dutch and English: nine dimensions with their
//! seed passages and trade-off items, seventy-two statements and the intro, typed from
//! `docs/instrument-v3/draft.md` (sections 2–6), whose texts were read blind for valence
//! and paraphrased by pretest readers round by round (`docs/instrument-v3/`). Its ids
//! are their own id space, apart from versions 1 and 2.
//!
//! What changed from version 2 is in the texts and in `RULES`: statements that describe
//! what people do, neither virtue nor dysfunction, so that answering by how good a
//! statement sounds lands in the middle; "where we want to go" only on the trade-offs;
//! yes-saying from the mirror pairs; one rule for a zone and a clear difference; a team
//! divided by its members' distances.

use crate::instrument::answers::{Answer, Level};
use crate::instrument::model::{
    Intro, Key, KeyedDimensionDef, KeyedStatementDef, Pole, Seed, SeedPassage, TradeOffDef,
};
use crate::instrument::rules::{
    Model, OverallMargin, Rules, Scale, Spread, Step, TeamRead, YesSaying,
};
use crate::text::Text;

/// Version 3's answers in display order: the same two non-answers as version 2, the
/// second with words that say what it is for.
pub const OPTIONS: [Answer; 7] = [
    Answer::Level(Level::NotAtAll),
    Answer::Level(Level::ALittle),
    Answer::Level(Level::Partly),
    Answer::Level(Level::Largely),
    Answer::Level(Level::Completely),
    Answer::Skip,
    Answer::NotApplicable,
];

/// Version 3's rules: how often a behaviour was seen in the past three months, five
/// evenly spaced labels, statements keyed both ways and scored only with answers on both
/// keys, yes-saying measured on the mirror pairs, one margin rule for sides, zones and
/// differences, and a team read from its members' agreement.
pub const RULES: Rules = Rules {
    model: Model::Keyed,
    scale: Scale::Frequency,
    spread: Spread::Sample,
    team_read: TeamRead::FromAgreement,
    options: &OPTIONS,
    labels: [
        Text {
            nl: "bijna nooit",
            en: "almost never",
        },
        Text {
            nl: "zelden",
            en: "rarely",
        },
        Text {
            nl: "soms",
            en: "sometimes",
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
            nl: "Komt bij ons niet voor",
            en: "Doesn’t occur in our team",
        },
    ],
    trade_offs: true,
    plain_trade_offs: true,
    cut: 50.0,
    step: Step::Five,
    min_answered: 2,
    both_keys: true,
    side_margins: Some(1.5),
    difference_margins: 0.0,
    difference_at_least: 0.0,
    difference_from_zone: true,
    yes_saying: YesSaying::MirrorPairs { min_pairs: 6 },
    spread_floor: 0.5,
    yes_saying_from: 1.0,
    uniform_share: 0.9,
    reliability_from: usize::MAX,
    agreeing_share: 2.0 / 3.0,
    agreement_from: 0.7,
    overall_needs_both: true,
    overall_margin: OverallMargin::Mean,
    min_overall_dimensions: 3,
    desired_statements: false,
    intro: Some(&INTRO),
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
            nl: "Waar voel je je verantwoordelijk voor: je eigen resultaat, of je bijdrage aan wat het team samen doet? Sta je voor je eigen resultaat, dan weet je wat er van je verwacht wordt: een klus heeft een eigenaar, en anderen kunnen erop rekenen dat hij af komt. Wat het kost: werk tussen de taken in heeft geen eigenaar, en helpen komt na je eigen werk. Voel je je verantwoordelijk voor het geheel, dan spring je bij en pak je op wat blijft liggen, zodat het team het samen draagt. Wat het kost: je eigen werk schuift op, en het is minder goed te zien wie wat heeft gedaan.",
            en: "What do you feel responsible for: your own result, or your part in what the team does together? If you stand for your own result, you know what is expected of you: a job has an owner, and others can count on it getting done. The cost: work that falls between tasks has no owner, and helping comes after your own work. If you feel responsible for the whole, you step in and pick up what is left lying, so the team carries it together. The cost: your own work slips, and it is harder to see who did what.",
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
            nl: "Uit ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’ en ‘Kleine dingen’.",
            en: "From ‘The customer team that showed me how it can go wrong’ and ‘Small things’.",
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
                quote: "Iedereen had zijn eigen klantenpakket.",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "Ik maak tijd voor anderen",
            },
        ],
        conversation: Text {
            nl: "Wanneer liet jij de afgelopen weken je eigen werk liggen voor een collega, of juist niet? Wat gaf de doorslag?",
            en: "When in the past few weeks did you put your own work aside for a colleague, or decide not to? What tipped the balance?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Je weet precies welk resultaat van jou is, en daar sta je voor.",
                en: "You know exactly which result is yours, and you stand by it.",
            },
            rhineland: Text {
                nl: "Je voelt je verantwoordelijk voor wat we samen opleveren, en springt bij waar het nodig is.",
                en: "You feel responsible for what we deliver together, and step in wherever it is needed.",
            },
            first: Pole::Rhineland,
        },
    },
    KeyedDimensionDef {
        id: 2,
        code: "REW",
        name: Text {
            nl: "Beloning en doelen",
            en: "Reward and targets",
        },
        explanation: Text {
            nl: "Wat wordt er gezien en beloond: wat jij bereikt, of wat het team samen bereikt? Met persoonlijke doelen, en waardering en beloning die daarbij horen, is helder wat er van je verwacht wordt, en valt goed werk op. Wat het kost: ieder let vooral op de eigen cijfers, en wat je voor een ander doet, telt minder mee. Met gedeelde doelen en waardering voor het team als geheel ligt samenwerken voor de hand, en blijft iedereen betrokken bij het geheel. Wat het kost: wat één persoon extra doet, valt minder op, en verschillen in inzet blijven buiten beeld.",
            en: "What gets noticed and rewarded: what you achieve, or what the team achieves together? With personal targets, and recognition and reward to match, it is clear what is expected of you, and good work stands out. The cost: people mainly watch their own figures, and what you do for someone else counts for less. With shared targets and recognition for the team as a whole, working together is the obvious thing to do, and everyone stays involved in the whole. The cost: one person’s extra effort stands out less, and differences in effort stay out of sight.",
        },
        anglo_saxon: Text {
            nl: "Wat jij bereikt, telt",
            en: "What you achieve counts",
        },
        rhineland: Text {
            nl: "Wat we samen bereiken, telt",
            en: "What we achieve together counts",
        },
        source: Text {
            nl: "Uit ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’.",
            en: "From ‘The customer team that showed me how it can go wrong’.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Iedereen had zijn eigen klantenpakket. De KPI? Omzet op jouw klantenpakket. De bonus? Persoonlijk.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Samenwerken en gezamenlijke verantwoordelijkheid stonden wel op papier als kernwaarde en als teamdoel, maar het systeem beloonde het tegenovergestelde.",
            },
        ],
        conversation: Text {
            nl: "Waarvoor kreeg jij de afgelopen maanden waardering, en van wie? En waarvoor zou je die willen krijgen?",
            en: "What were you recognised for in recent months, and by whom? And what would you like to be recognised for?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Wie een goed resultaat haalt, krijgt daar zelf de waardering en de beloning voor.",
                en: "Whoever gets a good result gets the recognition and the reward for it personally.",
            },
            rhineland: Text {
                nl: "Waardering en beloning gaan naar het team als geheel, voor wat we samen halen.",
                en: "Recognition and reward go to the team as a whole, for what we achieve together.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 3,
        code: "VAL",
        name: Text {
            nl: "Geld en waarde",
            en: "Money and value",
        },
        explanation: Text {
            nl: "Waar draait het werk om, en wiens belang gaat voor? Stuur je op een financieel gezonde uitkomst, dan houd je omzet, kosten of budget in het oog, en maak je keuzes die het werk betaalbaar en de organisatie overeind houden. Wat het kost: wat de klant eraan heeft, kan naar de achtergrond schuiven. Stuur je op waarde voor de mensen voor wie je werkt, dan is geld een middel, en vraag je steeds wat het werk hen oplevert. Wat het kost: de kosten lopen op, en wat het de organisatie oplevert, is lastiger te zien. (‘Klant’ staat hier ook voor cliënt, patiënt of burger.)",
            en: "What is the work about, and whose interest comes first? If you steer towards a financially sound result, you keep an eye on turnover, costs or budget, and make choices that keep the work affordable and the organisation on its feet. The cost: what the customer gets out of it can slip into the background. If you steer towards value for the people you work for, money is a means, and you keep asking what the work brings them. The cost: costs go up, and what it brings the organisation is harder to see. (‘Customer’ here also means client, patient or citizen.)",
        },
        anglo_saxon: Text {
            nl: "Financieel gezond",
            en: "Financially sound",
        },
        rhineland: Text {
            nl: "Waarde voor wie we het doen",
            en: "Value for those we work for",
        },
        source: Text {
            nl: "Uit ‘Betekenisvolle vooruitgang kan alléén vanuit verbinding’ en ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’.",
            en: "From ‘Meaningful progress can only come from connection’ and ‘The customer team that showed me how it can go wrong’.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "In de afgelopen decennia zijn we het verdienen van geld gaan zien als een doel in plaats van een belangrijk middel voor een betekenisvol bestaan.",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "we have come to see earning money as an end in itself rather than an important means to a meaningful existence",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "De zorg waar omzet, niet de patiënt centraal staat",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "De publieke sector waar kostenbesparing, niet de burger centraal staat",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Resultaten zijn meetbaar",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "beter voor de klant zorgen",
            },
        ],
        conversation: Text {
            nl: "Denk aan een keuze van de laatste tijd: woog zwaarder wat het kostte of opleverde, of wat de klant eraan had? Hoe kwam dat?",
            en: "Think of a recent choice: which weighed more, what it cost or brought in, or what the customer got out of it? Why was that?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Gezonde cijfers komen eerst. Daarmee houden we het werk voor iedereen overeind.",
                en: "Sound finances come first. That is what keeps the work going for everyone.",
            },
            rhineland: Text {
                nl: "Wat de klant eraan heeft, komt eerst. Geld is het middel om dat goed te doen.",
                en: "What the customer gets out of it comes first. Money is the means to do that well.",
            },
            first: Pole::Rhineland,
        },
    },
    KeyedDimensionDef {
        id: 4,
        code: "FOC",
        name: Text {
            nl: "Focus",
            en: "Focus",
        },
        explanation: Text {
            nl: "Hoe houden jullie koers in het dagelijkse werk? De rechte lijn betekent: weten wat eerst moet, bijzaken laten liggen en het gesprek bij de feiten houden. Dat geeft tempo en overzicht. Wat het kost: twijfels en verhalen krijgen weinig ruimte. Ruimte voor twijfel betekent: doorvragen op wat iemand laat aarzelen, en samen terugkijken op hoe iets ging. Dat laat zien wat er onder de oppervlakte speelt. Wat het kost: tijd, en het werk schiet minder snel op.",
            en: "How do you keep on course in the daily work? The straight line means knowing what comes first, leaving side issues aside and keeping the conversation to the facts. That brings pace and overview. The cost: doubts and stories get little room. Room for doubt means asking what makes someone hesitate, and looking back together on how something went. That shows what is going on under the surface. The cost: time, and the work moves on less quickly.",
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
            nl: "Uit ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’.",
            en: "From ‘The customer team that showed me how it can go wrong’.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Ik houd van de eenvoud van performance denken: wat moet er gebeuren, wat is de rechte lijn? Maar alleen als dat ook ruimte biedt aan twijfel, met elkaar leren en evalueren én menselijkheid.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Veel programma’s zeggen: stop het verhaal (excuus) en heb het over de feiten. Maar verhalen bevatten informatie.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Ze vertellen waarom iemand twijfelt, waarom iets schuurt, waarom iemand blijft hangen",
            },
        ],
        conversation: Text {
            nl: "Denk aan het laatste ‘ja, maar…’ in ons overleg: wat zat erachter, en wat deden we ermee?",
            en: "Think of the last ‘yes, but…’ in one of our meetings: what was behind it, and what did we do with it?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "We weten wat eerst moet en houden het bij de feiten. Zo blijven we bij de les.",
                en: "We know what comes first and stick to the facts. That keeps us on track.",
            },
            rhineland: Text {
                nl: "We nemen de tijd voor twijfels en het verhaal erachter. Zo zien we wat er speelt.",
                en: "We make time for doubts and the story behind them. That shows us what is going on.",
            },
            first: Pole::AngloSaxon,
        },
    },
    KeyedDimensionDef {
        id: 5,
        code: "DIS",
        name: Text {
            nl: "Discipline",
            en: "Discipline",
        },
        explanation: Text {
            nl: "Waar komt de discipline in het werk vandaan? Bij ‘afspraak is afspraak’ ligt vast hoe het werk gaat, en houd je elkaar daaraan. Dat maakt het werk voorspelbaar, wie het ook doet. Wat het kost: een afspraak past niet altijd bij de situatie, en ‘het moet’ wordt de reden. Bij vakmanschap als maatstaf leggen de mensen die het werk doen zelf de lat, en leren ze elkaar het vak. Dat geeft kwaliteit van binnenuit en trots op het werk. Wat het kost: de lat verschilt per persoon, en het duurt vaak langer.",
            en: "Where does the discipline in the work come from? When agreements set the standard, it is laid down how the work is done, and you hold each other to it. That makes the work predictable, whoever does it. The cost: an agreement does not always fit the situation, and ‘because we must’ becomes the reason. When craft sets the standard, the people who do the work set the bar themselves, and teach each other the trade. That brings quality from within and pride in the work. The cost: the bar differs from person to person, and it often takes longer.",
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
            nl: "Uit ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’.",
            en: "From ‘The customer team that showed me how it can go wrong’.",
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
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Discipline gebruiken als vorm van vakmanschap",
            },
        ],
        conversation: Text {
            nl: "Bij welke afspraak denk jij ‘moet dat nou?’, en waar leg jij de lat zelf hoger dan de afspraak?",
            en: "Which agreement makes you think ‘do we really have to?’, and where do you set the bar higher than the agreement does?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "We werken volgens heldere, gedeelde afspraken. Zo weet je wat je van elkaar kunt verwachten.",
                en: "We work to clear, shared agreements. So you know what to expect from each other.",
            },
            rhineland: Text {
                nl: "De mensen die het werk doen, leggen zelf de lat. Zo krijgt het werk de zorg die het verdient.",
                en: "The people who do the work set the bar themselves. So the work gets the care it deserves.",
            },
            first: Pole::Rhineland,
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
            nl: "Hoe gaan jullie om met de grens tussen jullie team en andere teams? Bij een heldere taakverdeling ligt vast wat van wie is, en gaat een vraag naar het team waar hij thuishoort. Dat geeft overzicht en voorkomt dubbel werk. Wat het kost: wat tussen de teams in valt, blijft makkelijk liggen, en teams werken langs elkaar heen. Over de grens heen betekent: zelf contact zoeken met andere teams, bij elkaar binnenlopen en samen dingen oplossen. Dat brengt nieuwe ideeën en lost op wat voor één team te groot is. Wat het kost: het vraagt tijd en overleg, en het wordt minder duidelijk wie waarvoor staat.",
            en: "How do you deal with the boundary between your team and other teams? With a clear division of work, it is laid down what belongs to whom, and a question goes to the team it belongs to. That brings overview and avoids doing work twice. The cost: what falls between teams is easily left lying, and teams work at cross purposes. Working across boundaries means seeking out other teams yourself, dropping in on each other and solving things together. That brings new ideas and solves what is too big for one team. The cost: it takes time and meetings, and it becomes less clear who is responsible for what.",
        },
        anglo_saxon: Text {
            nl: "Heldere taakverdeling",
            en: "A clear division of work",
        },
        rhineland: Text {
            nl: "Over de grens heen",
            en: "Across boundaries",
        },
        source: Text {
            nl: "Uit het artikel over silo’s en ‘Kleine dingen’.",
            en: "From the article on silos and ‘Small things’.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "het is heel lastig voor mensen om over de grens te stappen",
            },
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "Hebben we ook echt processen en ritmes ingericht om dit structureel aan te pakken.",
            },
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "Verdeeldheid leidt tot langs elkaar heen werken",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "Ik loop nu bij anderen binnen",
            },
        ],
        conversation: Text {
            nl: "Met welk ander team hadden we de afgelopen maanden het meest te maken, en hoe liep dat contact?",
            en: "Which other team did we deal with most in recent months, and how did that contact go?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Het is helder welk werk bij welk team hoort. Zo doet elk team waar het goed in is.",
                en: "It is clear which work belongs to which team. So each team does what it does best.",
            },
            rhineland: Text {
                nl: "We stappen makkelijk over de grens naar andere teams. Zo lossen we samen op wat voor één team te groot is.",
                en: "We cross over to other teams with ease. So together we solve what is too big for one team.",
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
            nl: "Hoe worden de keuzes in het werk gemaakt, van week tot week? Knopen doorhakken betekent: er wordt gekozen, snel en duidelijk, en je weet welke kant het op gaat. Dat geeft tempo en houvast. Wat het kost: een besluit kan botsen met de praktijk, en wie het werk doet, denkt minder mee. Samen koers bepalen betekent: de mensen die het werk doen praten mee, en een keuze wordt eerst samen besproken. Dat geeft draagvlak en plannen die bij de praktijk passen. Wat het kost: kiezen duurt langer, en een lastige keuze kan blijven liggen.",
            en: "How are the choices in the work made, week by week? Making the call means choices get made, quickly and clearly, and you know which way things are going. That brings pace and something to hold on to. The cost: a decision can clash with everyday practice, and the people who do the work think along less. Setting course together means the people who do the work have a say, and a choice is talked through together first. That brings support and plans that fit everyday practice. The cost: choosing takes longer, and a difficult choice can be left lying.",
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
            nl: "Uit ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’ en ‘Kleine dingen’ en het artikel over silo’s.",
            en: "From ‘The customer team that showed me how it can go wrong’ and ‘Small things’ and the article on silos.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "het ontbreekt soms aan scherpte, richting en de durf om te kiezen.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "En richting koppelen aan samenwerking.",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "begrijpen ze de praktijk niet en ze proberen dingen in te voeren, die niet kunnen en niet werken.",
            },
            SeedPassage {
                seed: Seed::FromSilosToConnection,
                quote: "het aanpassen van de systemen zonder inspraak van alle gebruikers werkt niet",
            },
        ],
        conversation: Text {
            nl: "Welk besluit van de afgelopen tijd werkte goed in de praktijk? Hoe kwam het tot stand, en wie dacht mee?",
            en: "Which recent decision worked well in practice? How was it made, and who had a say?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Er wordt snel en duidelijk gekozen. Zo weet je welke kant we op gaan.",
                en: "Choices are made quickly and clearly. So you know which way we are going.",
            },
            rhineland: Text {
                nl: "We bepalen de koers samen met de mensen die het werk doen. Zo past die bij de praktijk.",
                en: "We set our course together with the people who do the work. So it fits everyday practice.",
            },
            first: Pole::Rhineland,
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
            nl: "Op welke termijn werken jullie? Bij snel resultaat pak je eerst aan wat snel iets oplevert, en zie je snel of een aanpak werkt. Dat geeft vaart en energie. Wat het kost: wat pas later iets oplevert, schuift op. Bij een lange adem bouw je aan relaties en keuzes die jaren meegaan. Dat geeft rust, en vertrouwen bij klanten en partners. Wat het kost: het duurt lang voordat je ziet wat iets oplevert, en wat nu moet, kan blijven liggen.",
            en: "What time frame do you work to? With quick results, you first tackle what pays off soon, and you soon see whether an approach works. That brings momentum and energy. The cost: whatever pays off only later gets put off. With the long haul, you build relationships and choices that last for years. That brings calm, and trust among customers and partners. The cost: it takes a long time to see what something brings, and what needs doing now can be left lying.",
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
            nl: "Uit ‘Het klantenteam dat mij liet zien hoe het mis kan gaan’.",
            en: "From ‘The customer team that showed me how it can go wrong’.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Dit werkt, zeker als je vastloopt of als je vooral “meer snelheid” nodig hebt.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "Zeker in familie- en maakbedrijven, waar je niet werkt voor dit jaar, maar voor de volgende generatie.",
            },
            SeedPassage {
                seed: Seed::TwoSystemModels,
                quote: "mensgericht, relationeel en duurzaam",
            },
        ],
        conversation: Text {
            nl: "Wat doen we nu dat pas over een paar jaar iets oplevert? En wat levert deze maand al iets op?",
            en: "What are we doing now that will only pay off in a few years? And what is paying off this month?",
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
            nl: "Hoe komt verandering tot stand, en wat krijgen collega’s die iets willen veranderen? In veel teams zijn er verkenners: mensen die zien dat het anders kan, maar dat nog niet genoeg kunnen of mogen doorvoeren. Bij plan en mandaat maak je van een verbetering een project, met een plan, een trekker, tijd en geld. Dat maakt verandering zichtbaar en stuurbaar. Wat het kost: wat buiten het plan valt, komt moeilijk van de grond. Bij ruimte en kleine stappen verandert het werk doordat mensen zelf kleine dingen anders doen, en mag wie een idee heeft het proberen. Dat beklijft, omdat mensen het zelf doen. Wat het kost: het blijft versnipperd, en een groter idee loopt vast zonder tijd of geld.",
            en: "How does change come about, and what do colleagues who want to change something get? Many teams have explorers: people who see that things could be different, but are not yet able or allowed to make it happen. With plan and mandate, you turn an improvement into a project, with a plan, someone to drive it, time and money. That makes change visible and manageable. The cost: whatever falls outside the plan struggles to get off the ground. With room and small steps, the work changes because people do small things differently themselves, and anyone with an idea may try it. That sticks, because people do it themselves. The cost: it stays scattered, and a bigger idea stalls without time or money.",
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
            nl: "Uit ‘Betekenisvolle vooruitgang kan alléén vanuit verbinding’ en ‘Kleine dingen’.",
            en: "From ‘Meaningful progress can only come from connection’ and ‘Small things’.",
        },
        passages: &[
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "Wij noemen hen verkenners, de 3,5% die verandering willen maar dit nog niet voldoende kunnen of mogen doorvoeren.",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "We call them explorers, the 3.5% who want change but are not yet able or allowed to implement it sufficiently.",
            },
            SeedPassage {
                seed: Seed::MeaningfulProgress,
                quote: "Door de 3,5% verkenners in organisaties te begeleiden en hen de ruimte, middelen en mandaat",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "Door allemaal kleine dingen te doen hadden deze leidinggevenden voor verandering gezorgd.",
            },
            SeedPassage {
                seed: Seed::SmallThings,
                quote: "In zijn advies had hij opgeschreven waar op het gebied van management aan gewerkt moest worden.",
            },
        ],
        conversation: Text {
            nl: "Wie in ons team wil iets veranderen, en wat heeft die nodig: ruimte om het te proberen, tijd en geld, of een duidelijk ja?",
            en: "Who in our team wants to change something, and what do they need: room to try it, time and money, or a clear yes?",
        },
        trade_off: TradeOffDef {
            anglo_saxon: Text {
                nl: "Wie iets wil verbeteren, krijgt een plan, tijd, geld en een duidelijk mandaat. Zo komt een goed idee echt van de grond.",
                en: "Whoever wants to improve something gets a plan, time, money and a clear mandate. So a good idea really gets off the ground.",
            },
            rhineland: Text {
                nl: "Wie iets wil verbeteren, krijgt de ruimte om het in kleine stappen te proberen. Zo groeit een goed idee van onderop.",
                en: "Whoever wants to improve something gets room to try it in small steps. So a good idea grows from the ground up.",
            },
            first: Pole::Rhineland,
        },
    },
];

pub const STATEMENTS: [KeyedStatementDef; 72] = [
    // 1. OWN: Ownership
    KeyedStatementDef {
        id: 1,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons doe je een deel van de klus van een collega.",
            en: "In our team, you do part of a colleague’s job.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Ik maak tijd voor anderen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 2,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons leg je per klus vast wat jij moet opleveren.",
            en: "In our team, for each job you pin down what you have to deliver.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Angelsaksisch: “Jij bent verantwoordelijk voor je resultaat.”",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 3,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons pak je het volgende klusje op volgens de planning.",
            en: "In our team, you pick up the next small job according to the schedule.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Ik heb kwesties opgepakt",
        },
        mirror: Some(5),
    },
    KeyedStatementDef {
        id: 4,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons werken meerdere collega’s na elkaar aan één klus.",
            en: "In our team, several colleagues work on one job, one after another.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Iedereen had zijn eigen klantenpakket.",
        },
        mirror: Some(8),
    },
    KeyedStatementDef {
        id: 5,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons pak je zelf het volgende klusje op.",
            en: "In our team, you pick up the next small job yourself.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Ik heb kwesties opgepakt",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 6,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons stem je onderweg met de opdrachtgever af wat je oplevert.",
            en: "In our team, you agree what you deliver with whoever asked for the job, as you go along.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Angelsaksisch: “Jij bent verantwoordelijk voor je resultaat.”",
        },
        mirror: Some(2),
    },
    KeyedStatementDef {
        id: 7,
        dimension: 1,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons vraagt een collega om even ongestoord te kunnen werken.",
            en: "In our team, a colleague asks to be left to work undisturbed for a while.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Rijnlands: “Jij bent verantwoordelijk voor je bijdrage.”",
        },
        mirror: Some(1),
    },
    KeyedStatementDef {
        id: 8,
        dimension: 1,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons doet één persoon een klus van begin tot eind.",
            en: "In our team, one person does a job from start to finish.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Iedereen had zijn eigen klantenpakket.",
        },
        mirror: None,
    },
    // 2. REW: Reward and targets
    KeyedStatementDef {
        id: 9,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons laat je in het werkoverleg zien wat jij hebt bereikt.",
            en: "In our team, in the team meeting you show what you have achieved.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "De KPI? Omzet op jouw klantenpakket.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 10,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons gaat de eer naar het team, ook voor werk van één persoon.",
            en: "In our team, the credit goes to the team, even for one person’s work.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Samenwerken en gezamenlijke verantwoordelijkheid",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 11,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons krijg je waardering voor de moeite die je doet.",
            en: "In our team, you get recognition for the effort you put in.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "De bonus? Persoonlijk.",
        },
        mirror: Some(13),
    },
    KeyedStatementDef {
        id: 12,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons bespreken we in het werkoverleg de planning van de komende weken.",
            en: "In our team, the team meeting goes through the schedule for the coming weeks.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "als kernwaarde en als teamdoel",
        },
        mirror: Some(16),
    },
    KeyedStatementDef {
        id: 13,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons krijg je waardering voor het resultaat dat je haalt.",
            en: "In our team, you get recognition for the result you achieve.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "De bonus? Persoonlijk.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 14,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons doen we bescheiden over goed werk.",
            en: "In our team, we stay modest about good work.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Samenwerken en gezamenlijke verantwoordelijkheid",
        },
        mirror: Some(10),
    },
    KeyedStatementDef {
        id: 15,
        dimension: 2,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons vertellen we in het werkoverleg waar we mee bezig zijn.",
            en: "In our team, in the team meeting we say what we are working on.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "De KPI? Omzet op jouw klantenpakket.",
        },
        mirror: Some(9),
    },
    KeyedStatementDef {
        id: 16,
        dimension: 2,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons bespreken we in het werkoverleg de cijfers van het team.",
            en: "In our team, the team meeting goes through the team’s figures.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "als kernwaarde en als teamdoel",
        },
        mirror: None,
    },
    // 3. VAL: Money and value
    KeyedStatementDef {
        id: 17,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons bespreken we wat een klant aan ons werk heeft.",
            en: "In our team, we discuss what a customer gets out of our work.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "wat merkt de klant morgen van je werk?",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 18,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons bespreken we hoeveel budget er nog over is.",
            en: "In our team, we discuss how much budget is left.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Resultaten zijn meetbaar",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 19,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons werken we voor een klant volgens de planning.",
            en: "In our team, we work for a customer according to the schedule.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "beter voor de klant zorgen",
        },
        mirror: Some(21),
    },
    KeyedStatementDef {
        id: 20,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons kijken we bij een keuze eerst wat het voor ons werk betekent.",
            en: "In our team, the first thing we look at in a choice is what it means for our work.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "het verdienen van geld gaan zien als een doel",
        },
        mirror: Some(24),
    },
    KeyedStatementDef {
        id: 21,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons maken we voor een klant tijd vrij buiten de planning om.",
            en: "In our team, we make time for a customer outside the schedule.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "beter voor de klant zorgen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 22,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons bespreken we hoeveel werk er nog ligt.",
            en: "In our team, we discuss how much work is still waiting.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Resultaten zijn meetbaar",
        },
        mirror: Some(18),
    },
    KeyedStatementDef {
        id: 23,
        dimension: 3,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons bespreken we wat een klant precies heeft gevraagd.",
            en: "In our team, we discuss what exactly a customer has asked for.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "En er is weinig ruimte voor de vraag aan elkaar: wat is hier écht de bedoeling?",
        },
        mirror: Some(17),
    },
    KeyedStatementDef {
        id: 24,
        dimension: 3,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons kijken we bij een keuze eerst naar de kosten.",
            en: "In our team, the first thing we look at in a choice is the cost.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "het verdienen van geld gaan zien als een doel",
        },
        mirror: None,
    },
    // 4. FOC: Focus
    KeyedStatementDef {
        id: 25,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons schuiven we minder belangrijk werk naar achteren.",
            en: "In our team, we push less important work back.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "wat moet er gebeuren, wat is de rechte lijn?",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 26,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons gaat het in een overleg ook over twijfels.",
            en: "In our team, doubts are also talked about in a meeting.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Ze vertellen waarom iemand twijfelt",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 27,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons maken we in een overleg ook een praatje.",
            en: "In our team, we also have a bit of a chat in a meeting.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "stop het verhaal (excuus) en heb het over de feiten",
        },
        mirror: Some(29),
    },
    KeyedStatementDef {
        id: 28,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons schrijft iemand na een klus een kort verslag.",
            en: "In our team, someone writes a short report after a job.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "met elkaar leren en evalueren",
        },
        mirror: Some(32),
    },
    KeyedStatementDef {
        id: 29,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons komen we in een overleg meteen ter zake.",
            en: "In our team, we get straight to the point in a meeting.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "stop het verhaal (excuus) en heb het over de feiten",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 30,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons gaat het in een gesprek met een collega ook over twijfels.",
            en: "In our team, doubts are also talked about in a conversation with a colleague.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "ze hadden ook geen zin om hart en ziel zomaar op tafel te leggen",
        },
        mirror: Some(26),
    },
    KeyedStatementDef {
        id: 31,
        dimension: 4,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons pakken we het werk op in de volgorde waarin het binnenkomt.",
            en: "In our team, we take work in the order it comes in.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "wat moet er gebeuren, wat is de rechte lijn?",
        },
        mirror: Some(25),
    },
    KeyedStatementDef {
        id: 32,
        dimension: 4,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons houden we na een klus een korte nabespreking.",
            en: "In our team, we hold a short debrief after a job.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "met elkaar leren en evalueren",
        },
        mirror: None,
    },
    // 5. DIS: Discipline
    KeyedStatementDef {
        id: 33,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons blijven we aan een klus schaven tot die naar onze zin is.",
            en: "In our team, we keep polishing a job until it is to our liking.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Werk waar ze trots op zijn.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 34,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons volgen we bij een klus een vast stappenplan.",
            en: "In our team, we follow a set step-by-step plan for a job.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet en actiegericht",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 35,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons zoeken collega’s zelf op hoe iets werkt.",
            en: "In our team, colleagues look up for themselves how something works.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "vertrouwen, vakmanschap, naoberschap",
        },
        mirror: Some(37),
    },
    KeyedStatementDef {
        id: 36,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons maken we voor één klus een uitzondering op een werkafspraak.",
            en: "In our team, we make an exception to a working agreement for one job.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "gedrag is aanspreekbaar",
        },
        mirror: Some(40),
    },
    KeyedStatementDef {
        id: 37,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons doet een collega voor hoe iets werkt.",
            en: "In our team, a colleague shows how something works.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "vertrouwen, vakmanschap, naoberschap",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 38,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons bedenken we de aanpak per klus opnieuw.",
            en: "In our team, we work out the approach afresh for each job.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet en actiegericht",
        },
        mirror: Some(34),
    },
    KeyedStatementDef {
        id: 39,
        dimension: 5,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons stoppen we met schaven bij ‘goed genoeg’.",
            en: "In our team, we stop polishing at ‘good enough’.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Discipline gebruiken als vorm van vakmanschap",
        },
        mirror: Some(33),
    },
    KeyedStatementDef {
        id: 40,
        dimension: 5,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons controleren we of werkafspraken worden nagekomen.",
            en: "In our team, we check whether working agreements are kept.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "gedrag is aanspreekbaar",
        },
        mirror: None,
    },
    // 6. BND: Team boundaries
    KeyedStatementDef {
        id: 41,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons gaat een klus naar het team waar die volgens de taakverdeling hoort.",
            en: "In our team, a job goes to the team it belongs to under the division of tasks.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "ruis wordt weggehaald",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 42,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons lopen we even binnen bij een ander team.",
            en: "In our team, we drop in on another team.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Ik loop nu bij anderen binnen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 43,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons loopt werk met een ander team volgens wat we onderweg afspreken.",
            en: "In our team, work with another team follows what we agree as we go.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "de helderheid van het Angelsaksische",
        },
        mirror: Some(45),
    },
    KeyedStatementDef {
        id: 44,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons houden we een ander team per mail op de hoogte.",
            en: "In our team, we keep another team up to date by email.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "Het is lastig om samen te werken met mensen met ander werk",
        },
        mirror: Some(48),
    },
    KeyedStatementDef {
        id: 45,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons blijven we bij werk met een ander team binnen ons eigen deel.",
            en: "In our team, in work with another team we stay within our own part.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "de helderheid van het Angelsaksische",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 46,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons lossen we een probleem eerst binnen het eigen team op.",
            en: "In our team, we solve a problem within our own team first.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "het is heel lastig voor mensen om over de grens te stappen",
        },
        mirror: Some(42),
    },
    KeyedStatementDef {
        id: 47,
        dimension: 6,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons overleggen we met een ander team welk team een klus oppakt.",
            en: "In our team, we talk with another team about which team picks up a job.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "ruis wordt weggehaald",
        },
        mirror: Some(41),
    },
    KeyedStatementDef {
        id: 48,
        dimension: 6,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons schuiven we aan bij het overleg van een ander team.",
            en: "In our team, we sit in on another team’s meetings.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "verbinding over grenzen heen",
        },
        mirror: None,
    },
    // 7. DIR: Direction
    KeyedStatementDef {
        id: 49,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons maken we een keuze met het hele team.",
            en: "In our team, we make a choice together with the whole team.",
        },
        passage: SeedPassage {
            seed: Seed::FromSilosToConnection,
            quote: "het aanpassen van de systemen zonder inspraak van alle gebruikers werkt niet",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 50,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons beslissen we voordat alles is uitgezocht.",
            en: "In our team, we decide before everything has been looked into.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "scherpte, richting en de durf om te kiezen",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 51,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons beslis je zelf over je eigen deel van het werk.",
            en: "In our team, you decide for yourself about your own part of the work.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "En richting koppelen aan samenwerking.",
        },
        mirror: Some(53),
    },
    KeyedStatementDef {
        id: 52,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons eindigt een overleg met een voorstel om verder uit te werken.",
            en: "In our team, a meeting ends with a proposal to work out further.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "het ontbreekt soms aan scherpte, richting en de durf om te kiezen",
        },
        mirror: Some(56),
    },
    KeyedStatementDef {
        id: 53,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons vragen we collega’s om mee te denken over een besluit.",
            en: "In our team, we ask colleagues to think a decision through with us.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "En richting koppelen aan samenwerking.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 54,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons laten we een besluit een nachtje liggen.",
            en: "In our team, we sleep on a decision.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "het ontbreekt soms aan scherpte, richting",
        },
        mirror: Some(50),
    },
    KeyedStatementDef {
        id: 55,
        dimension: 7,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons beslist de collega die er het meest van weet.",
            en: "In our team, the colleague who knows most about it makes the decision.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "zouden wat meer mee mogen denken en wat proactiever mogen zijn",
        },
        mirror: Some(49),
    },
    KeyedStatementDef {
        id: 56,
        dimension: 7,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons eindigt een overleg met een besluit.",
            en: "In our team, a meeting ends with a decision.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "de durf om te kiezen",
        },
        mirror: None,
    },
    // 8. TIM: Time horizon
    KeyedStatementDef {
        id: 57,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons pakken we eerst aan wat snel resultaat oplevert.",
            en: "In our team, we first tackle whatever brings quick results.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "als je vooral “meer snelheid” nodig hebt",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 58,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons gaat een gesprek met een klant ook over de komende jaren.",
            en: "In our team, a conversation with a customer also covers the years ahead.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "mensgericht, relationeel en duurzaam",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 59,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons kijken we een maand na een klus wat het effect is.",
            en: "In our team, we look at a job’s effect a month afterwards.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet en actiegericht",
        },
        mirror: Some(61),
    },
    KeyedStatementDef {
        id: 60,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons kiezen we een oplossing waar we al ervaring mee hebben.",
            en: "In our team, we choose a solution we already have experience with.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "de durf om te kiezen voor de lange termijn",
        },
        mirror: Some(64),
    },
    KeyedStatementDef {
        id: 61,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons kijken we kort na een klus wat het effect is.",
            en: "In our team, we look at a job’s effect shortly afterwards.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "helder, snel, concreet en actiegericht",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 62,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons praten we met een klant over de komende maanden.",
            en: "In our team, we talk with a customer about the months ahead.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "mensgericht, relationeel en duurzaam",
        },
        mirror: Some(58),
    },
    KeyedStatementDef {
        id: 63,
        dimension: 8,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons verdelen we het werk gelijkmatig over de week.",
            en: "In our team, we spread the work evenly over the week.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "Niet rennen.",
        },
        mirror: Some(57),
    },
    KeyedStatementDef {
        id: 64,
        dimension: 8,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons kiezen we een oplossing voor de lange termijn.",
            en: "In our team, we choose a solution for the long term.",
        },
        passage: SeedPassage {
            seed: Seed::TwoSystemModels,
            quote: "de durf om te kiezen voor de lange termijn",
        },
        mirror: None,
    },
    // 9. CHG: Change
    KeyedStatementDef {
        id: 65,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons probeert iemand een eigen werkwijze uit.",
            en: "In our team, someone tries out a way of working of their own.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "Door de 3,5% verkenners in organisaties te begeleiden en hen de ruimte",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 66,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons maken we voor een verbetering eerst een plan.",
            en: "In our team, we first make a plan for an improvement.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "In zijn advies had hij opgeschreven waar op het gebied van management aan gewerkt moest worden.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 67,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons stellen we in het werkoverleg een verandering voor.",
            en: "In our team, we propose a change in the team meeting.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "hebben (nog) niet het draagvlak of de positie",
        },
        mirror: Some(69),
    },
    KeyedStatementDef {
        id: 68,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons werken we naast het gewone werk aan een verbetering.",
            en: "In our team, we work on an improvement alongside the regular work.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "die verandering willen maar dit nog niet voldoende kunnen of mogen doorvoeren",
        },
        mirror: Some(72),
    },
    KeyedStatementDef {
        id: 69,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons veranderen we iets kleins aan onze werkwijze.",
            en: "In our team, we change something small in the way we work.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "Door allemaal kleine dingen te doen hadden deze leidinggevenden voor verandering gezorgd.",
        },
        mirror: None,
    },
    KeyedStatementDef {
        id: 70,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons kijken we voor een verbetering eerst hoe anderen het aanpakken.",
            en: "In our team, for an improvement we first look at how others go about it.",
        },
        passage: SeedPassage {
            seed: Seed::SmallThings,
            quote: "In zijn advies had hij opgeschreven waar op het gebied van management aan gewerkt moest worden.",
        },
        mirror: Some(66),
    },
    KeyedStatementDef {
        id: 71,
        dimension: 9,
        pole: Pole::Rhineland,
        key: Key::Minus,
        text: Text {
            nl: "Bij ons laten we een nieuw idee eerst even rijpen.",
            en: "In our team, we let a new idea ripen for a while first.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "hebben (nog) niet het draagvlak of de positie",
        },
        mirror: Some(65),
    },
    KeyedStatementDef {
        id: 72,
        dimension: 9,
        pole: Pole::AngloSaxon,
        key: Key::Plus,
        text: Text {
            nl: "Bij ons plannen we uren in voor een verbetering.",
            en: "In our team, we schedule hours for an improvement.",
        },
        passage: SeedPassage {
            seed: Seed::MeaningfulProgress,
            quote: "de ruimte, middelen en mandaat",
        },
        mirror: None,
    },
];

/// What a member reads before the first step: the two drives, and what the scan asks.
pub const INTRO: Intro = Intro {
    title: Text {
        nl: "Twee drijfveren, twee manieren van werken",
        en: "Two drives, two ways of working",
    },
    p1: Text {
        nl: "Iedereen heeft in het werk twee drijfveren. De ene is vooruitkomen: resultaat willen boeken, en je daarbij bekwaam, nuttig en vrij voelen. De andere is verbondenheid: erbij willen horen, en onenigheid in de groep klein willen houden. Het zijn twee aparte drijfveren, geen twee kanten van één schuif.",
        en: "Everyone has two drives at work. One is getting ahead: wanting to achieve results, and to feel competent, useful and free while doing so. The other is belonging: wanting to be part of the group, and to keep conflict within it small. They are two separate drives, not two ends of one slider.",
    },
    p2: Text {
        nl: "De Angelsaksische manier van organiseren geeft vooral de eerste drijfveer ruimte: helder, snel, concreet en meetbaar, ieder verantwoordelijk voor het eigen resultaat. De Rijnlandse manier geeft vooral de tweede ruimte: vertrouwen, vakmanschap en naoberschap, ieder verantwoordelijk voor de eigen bijdrage. Elke manier levert iets op en kost iets. Deze scan meet daarom elke kant apart, per thema.",
        en: "The Anglo-Saxon way of organising gives most room to the first drive: clear, fast, concrete and measurable, everyone responsible for their own result. The Rhineland way gives most room to the second: trust, craftsmanship and looking out for each other, everyone responsible for their own contribution. Each way brings something and costs something. That is why this scan measures each side separately, theme by theme.",
    },
    p3: Text {
        nl: "Je krijgt korte zinnen over wat er in je team gebeurt. Geef bij elke zin aan hoe vaak je dat de afgelopen drie maanden zag. De zinnen beschrijven wat mensen doen, niet of dat goed of slecht is: wat in het ene team vaak gebeurt, gebeurt in een ander zelden, en allebei kan goed werken. Waar ‘klant’ staat, lees je: de mensen voor wie jullie werken, zoals cliënten, patiënten of burgers.",
        en: "You will see short sentences about what happens in your team. For each one, say how often you saw it over the past three months. The sentences describe what people do, not whether that is good or bad: what happens often in one team happens rarely in another, and either can work well. Where it says ‘customer’, read: the people your team works for, such as clients, patients or citizens.",
    },
    instruction: Text {
        nl: "Hoe vaak zag je dit de afgelopen drie maanden in je team? Denk aan wat je echt zag gebeuren, ook als je het liever anders zou zien.",
        en: "How often did you see this in your team over the past three months? Think of what you actually saw happen, even if you would rather see it differently.",
    },
    non_answers: Text {
        nl: "‘Weet ik niet’: je kunt het niet beoordelen. ‘Komt bij ons niet voor’ is voor iets wat jullie werk niet kent, zoals een werkoverleg of andere teams; kan het wel, maar gebeurt het (bijna) nooit, kies dan ‘bijna nooit’.",
        en: "‘Don’t know’: you can’t judge it. ‘Doesn’t occur in our team’ is for something your work doesn’t have, such as a team meeting or other teams; if it could happen but (almost) never does, choose ‘almost never’.",
    },
    divide_once: Text {
        nl: "Na elk thema verdeel je 10 punten over twee beschrijvingen van hoe je werkt.",
        en: "After each theme you divide 10 points between two descriptions of how you work.",
    },
};

/// How good each statement sounds to a team member (−2 … +2), by id − 1: the three
/// blind raters of the texts' last round (`docs/instrument-v3/round-9/
/// valence-ratings.json`, which a test keeps equal). Committed before the simulations
/// that answer by it (`score::simulation`).
pub const VALENCE: [[i8; 3]; 72] = [
    [0, 1, 0],
    [1, 0, 0],
    [1, 0, 0],
    [0, 0, 0],
    [1, 1, 1],
    [1, 1, 1],
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
    [-1, 0, 0],
    [2, 2, 1],
    [1, 0, 1],
    [1, 1, 1],
    [0, 0, 0],
    [1, 1, 1],
    [0, 0, 0],
    [1, 1, 1],
    [0, 0, 0],
    [1, 0, 1],
    [0, 0, 1],
    [0, 1, 1],
    [0, 0, 1],
    [1, 1, 1],
    [0, 0, 0],
    [1, 0, 1],
    [1, 1, 1],
    [1, 1, 1],
    [0, 0, 0],
    [1, 1, 1],
    [1, 1, 1],
    [0, 0, 0],
    [1, 1, 1],
    [0, 1, 0],
    [0, 0, 0],
    [1, 1, 1],
    [-1, 0, 0],
    [2, 1, 2],
    [-1, 0, -1],
    [0, 0, 1],
    [0, 0, 0],
    [1, 0, 0],
    [1, 1, 1],
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
    [0, 1, 1],
    [0, 1, 1],
    [0, 1, 1],
    [1, 1, 1],
    [-1, -1, -1],
    [1, 1, 1],
    [1, 0, 1],
    [2, 1, 2],
    [0, 0, 0],
    [1, 1, 1],
    [2, 1, 2],
    [1, 0, 0],
    [1, 1, 1],
    [1, 1, 1],
    [0, 1, 0],
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 0],
    [1, 1, 1],
    [1, 1, 1],
    [0, 0, 0],
    [1, 1, 1],
    [1, 1, 1],
    [0, 0, 0],
    [1, 1, 1],
];

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ids_run_in_questionnaire_order_eight_a_dimension() {
        let ids: Vec<u16> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(ids, (1..=72).collect::<Vec<u16>>());
        for s in STATEMENTS.iter() {
            assert_eq!(
                u16::from(s.dimension),
                (s.id - 1) / 8 + 1,
                "statement {}",
                s.id
            );
        }
        let dims: Vec<u8> = DIMENSIONS.iter().map(|d| d.id).collect();
        assert_eq!(dims, (1..=9).collect::<Vec<u8>>());
    }

    #[test]
    fn statements_say_what_happens_without_a_condition_or_a_negation() {
        for s in STATEMENTS.iter() {
            assert!(s.text.nl.starts_with("Bij ons "), "statement {}", s.id);
            assert!(s.text.en.starts_with("In our team, "), "statement {}", s.id);
            let nl = format!(" {} ", s.text.nl.to_lowercase().replace(['.', ','], " "));
            for word in [
                " pas als ",
                " alleen als ",
                " als ",
                " wanneer ",
                " niet ",
                " geen ",
                " nooit ",
                " zonder ",
                " niemand ",
                " ieder",
                " iedereen ",
                " elke ",
            ] {
                assert!(!nl.contains(word), "statement {} contains {word:?}", s.id);
            }
        }
    }

    #[test]
    fn trade_offs_put_each_pole_first_about_half_the_time() {
        let rhine_first = DIMENSIONS
            .iter()
            .filter(|d| d.trade_off.first == Pole::Rhineland)
            .count();
        assert!((4..=5).contains(&rhine_first), "{rhine_first}");
    }

    #[test]
    fn no_text_or_quote_is_empty_and_the_scale_is_version_3s() {
        for d in DIMENSIONS.iter() {
            for text in [
                d.name,
                d.explanation,
                d.anglo_saxon,
                d.rhineland,
                d.source,
                d.conversation,
                d.trade_off.anglo_saxon,
                d.trade_off.rhineland,
            ] {
                assert!(!text.nl.trim().is_empty() && !text.en.trim().is_empty());
            }
            assert!(!d.passages.is_empty(), "dimension {} passages", d.id);
        }
        for s in STATEMENTS.iter() {
            assert!(!s.passage.quote.trim().is_empty(), "statement {}", s.id);
        }
        let labels: Vec<&str> = RULES.labels.iter().map(|t| t.nl).collect();
        assert_eq!(
            labels,
            [
                "bijna nooit",
                "zelden",
                "soms",
                "vaak",
                "bijna altijd",
                "Weet ik niet",
                "Komt bij ons niet voor"
            ]
        );
    }

    #[test]
    fn valence_is_the_last_rounds_committed_ratings() {
        let json = include_str!("../../../../docs/instrument-v3/round-9/valence-ratings.json");
        for (i, ratings) in VALENCE.iter().enumerate() {
            let id = i + 1;
            let expected = format!(
                "\"{id}\": {{\"1\": {}, \"2\": {}, \"3\": {}}}",
                ratings[0], ratings[1], ratings[2]
            );
            assert!(json.contains(&expected), "statement {id}: {expected}");
        }
    }
}

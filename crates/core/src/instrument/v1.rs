//! Instrument version 1, as plain data in Dutch and English: ten dimensions and forty
//! statements, grounded in the seed articles, in our own words. Released: frozen.

use crate::instrument::answers::{Answer, Level};
use crate::instrument::model::{Dimension, DimensionDef, Pole, Seed, StatementDef, StatementId};
use crate::instrument::rules::{
    Model, OverallMargin, Rules, Scale, Spread, Step, TeamRead, YesSaying,
};
use crate::text::Text;

/// Version 1's answers in display order: one non-answer.
pub const OPTIONS: [Answer; 6] = [
    Answer::Level(Level::NotAtAll),
    Answer::Level(Level::ALittle),
    Answer::Level(Level::Partly),
    Answer::Level(Level::Largely),
    Answer::Level(Level::Completely),
    Answer::Skip,
];

/// Version 1's rules: how far a statement holds, a pole's mean on 0–100, strong from
/// 62.5 (halfway between "partly" and "largely"), shown in whole points. A difference
/// reads as clear from 15 points. The keyed model's fields do not apply.
pub const RULES: Rules = Rules {
    model: Model::PoleMeans,
    scale: Scale::Agreement,
    spread: Spread::Population,
    team_read: TeamRead::FromMeans,
    options: &OPTIONS,
    labels: [
        Text {
            nl: "Helemaal niet",
            en: "Not at all",
        },
        Text {
            nl: "Een beetje",
            en: "A little",
        },
        Text {
            nl: "Deels",
            en: "Partly",
        },
        Text {
            nl: "Grotendeels",
            en: "Largely",
        },
        Text {
            nl: "Helemaal",
            en: "Completely",
        },
        Text {
            nl: "Weet ik niet / sla over",
            en: "Don't know / skip",
        },
        Text {
            nl: "Past niet bij ons team",
            en: "Doesn’t apply to our team",
        },
    ],
    trade_offs: false,
    plain_trade_offs: false,
    cut: 62.5,
    step: Step::One,
    min_answered: 1,
    both_keys: false,
    side_margins: None,
    difference_margins: 0.0,
    difference_at_least: 15.0,
    difference_from_zone: false,
    yes_saying: YesSaying::Measured,
    spread_floor: 0.0,
    yes_saying_from: f64::INFINITY,
    uniform_share: f64::INFINITY,
    reliability_from: usize::MAX,
    agreement_from: 0.0,
    agreeing_share: 1.0,
    overall_needs_both: false,
    overall_margin: OverallMargin::Independent,
    min_overall_dimensions: 1,
    desired_statements: true,
    intro: None,
};

pub const DIMENSIONS: [DimensionDef; 10] = [
    DimensionDef {
        dimension: Dimension::Ownership,
        name: Text { nl: "Eigenaarschap", en: "Ownership" },
        explanation: Text {
            nl: "Waar voel je je verantwoordelijk voor? In de Angelsaksische manier ben je verantwoordelijk voor je resultaat: dat geeft helderheid en je kunt elkaar op prestaties aanspreken, maar kan druk geven zonder dat je je eigenaar voelt. In de Rijnlandse manier ben je verantwoordelijk voor je bijdrage: dat geeft betrokkenheid en trots, maar het resultaat kan uit beeld raken. Een gezond team verbindt die twee, bijvoorbeeld met de vraag wat de klant morgen merkt van jouw werk.",
            en: "What do you feel responsible for? In the Anglo-Saxon way you are responsible for your result: that brings clarity and makes performance something you can be held to, but it can create pressure without a sense of ownership. In the Rhineland way you are responsible for your contribution: that brings commitment and pride, but the result can slip out of view. A healthy team connects the two, for example by asking what the customer will notice of your work tomorrow.",
        },
        anglo_saxon: Text { nl: "Verantwoordelijk voor je resultaat", en: "Responsible for your result" },
        rhineland: Text { nl: "Verantwoordelijk voor je bijdrage", en: "Responsible for your contribution" },
        source: Text {
            nl: "Uit het artikel over de twee systeemmodellen: koppel eigenaarschap aan betekenis in plaats van aan druk.",
            en: "From the article on the two system models: link ownership to meaning rather than to pressure.",
        },
        seed: Seed::TwoSystemModels,
        conversation: Text {
            nl: "Denk aan je laatste werkdag: waar voelde jij je verantwoordelijk voor, en wat merkte de klant daarvan?",
            en: "Think of your last working day: what did you feel responsible for, and what did the customer notice of it?",
        },
    },
    DimensionDef {
        dimension: Dimension::Focus,
        name: Text { nl: "Focus", en: "Focus" },
        explanation: Text {
            nl: "De Angelsaksische kant zoekt de rechte lijn: wat moet er gebeuren en wat eerst? Dat geeft snelheid en eenvoud, maar kan doorslaan in hardheid. De Rijnlandse kant laat ruimte voor twijfel, voor samen leren en evalueren en voor menselijkheid; dat geeft wijsheid en draagvlak, maar kan ten koste gaan van tempo en scherpte. Een gezond team heeft focus én houdt ruimte om te twijfelen en te leren.",
            en: "The Anglo-Saxon side looks for the straight line: what needs to happen, and what comes first? That brings speed and simplicity, but can tip over into hardness. The Rhineland side makes room for doubt, for learning and evaluating together, and for the human side of work; that brings wisdom and support, but can cost pace and sharpness. A healthy team keeps its focus and still leaves room to doubt and to learn.",
        },
        anglo_saxon: Text { nl: "De rechte lijn", en: "The straight line" },
        rhineland: Text { nl: "Ruimte voor twijfel en leren", en: "Room for doubt and learning" },
        source: Text {
            nl: "Uit het artikel over de twee systeemmodellen: gebruik focus, maar maak er nooit een excuus voor hardheid van.",
            en: "From the article on the two system models: use focus, but never let it become an excuse for hardness.",
        },
        seed: Seed::TwoSystemModels,
        conversation: Text {
            nl: "Wanneer sprak iemand hier voor het laatst hardop een twijfel uit, en wat gebeurde er toen?",
            en: "When did someone here last voice a doubt out loud, and what happened next?",
        },
    },
    DimensionDef {
        dimension: Dimension::Discipline,
        name: Text { nl: "Discipline", en: "Discipline" },
        explanation: Text {
            nl: "Aan de Angelsaksische kant komt discipline uit ‘je moet’: heldere afspraken en protocollen, en elkaar aanspreken op gedrag. Dat geeft betrouwbaarheid, maar kan voelen als een keurslijf waarin je vooral regels naleeft. Aan de Rijnlandse kant komt discipline uit vakmanschap: ‘dit wil ik graag bijdragen’, met trots op het vak; dat geeft kwaliteit van binnenuit, maar afspraken kunnen vrijblijvend worden. Een gezond team heeft heldere afspraken die mensen vanuit hun vakmanschap nakomen.",
            en: "On the Anglo-Saxon side, discipline comes from ‘you must’: clear agreements and protocols, and addressing each other on behaviour. That brings reliability, but can feel like a straitjacket in which people mainly comply. On the Rhineland side, discipline comes from craftsmanship: ‘this is what I want to contribute’, with pride in the trade; that brings quality from within, but agreements can become non-committal. A healthy team has clear agreements that people keep out of craftsmanship.",
        },
        anglo_saxon: Text { nl: "Discipline van ‘je moet’", en: "Discipline of ‘you must’" },
        rhineland: Text { nl: "Discipline als vakmanschap", en: "Discipline as craftsmanship" },
        source: Text {
            nl: "Uit het artikel over de twee systeemmodellen: discipline als vorm van vakmanschap, vanuit wat je wilt bijdragen in plaats van wat moet.",
            en: "From the article on the two system models: discipline as a form of craftsmanship, driven by what you want to contribute rather than by obligation.",
        },
        seed: Seed::TwoSystemModels,
        conversation: Text {
            nl: "Welke afspraak kom jij na omdat het moet, en welke omdat je het zelf belangrijk vindt?",
            en: "Which agreement do you keep because you have to, and which because it matters to you?",
        },
    },
    DimensionDef {
        dimension: Dimension::StoriesAndFacts,
        name: Text { nl: "Verhalen en feiten", en: "Stories and facts" },
        explanation: Text {
            nl: "De Angelsaksische kant zegt: stop het verhaal en praat over de feiten en cijfers. Dat voorkomt excuses en ruis, maar je mist wat er onder de oppervlakte speelt. De Rijnlandse kant onderzoekt het verhaal, omdat het vertelt waarom iemand twijfelt of waarom iets schuurt; dat geeft zicht op cultuur en veiligheid, maar gesprekken kunnen blijven hangen zonder conclusie. Een gezond team kijkt naar de feiten én luistert naar de verhalen erachter.",
            en: "The Anglo-Saxon side says: stop the story and talk about the facts and figures. That cuts out excuses and noise, but can miss what is going on beneath the surface. The Rhineland side explores the story, because it tells you why someone hesitates or why something rubs; that gives insight into culture and safety, but conversations can drift without a conclusion. A healthy team looks at the facts and listens to the stories behind them.",
        },
        anglo_saxon: Text { nl: "Terug naar de feiten", en: "Back to the facts" },
        rhineland: Text { nl: "Verhalen als informatie", en: "Stories as information" },
        source: Text {
            nl: "Uit het artikel over de twee systeemmodellen: onderzoek verhalen in plaats van ze als excuus te schrappen, want er zitten cultuur, veiligheid en wijsheid in.",
            en: "From the article on the two system models: explore stories instead of striking them out as excuses, because they hold culture, safety and wisdom.",
        },
        seed: Seed::TwoSystemModels,
        conversation: Text {
            nl: "Neem het laatste overleg waarin iemand ‘ja, maar…’ zei: was dat een excuus of belangrijke informatie?",
            en: "Take the last meeting where someone said ‘yes, but…’: was that an excuse or important information?",
        },
    },
    DimensionDef {
        dimension: Dimension::Goals,
        name: Text { nl: "Doelen", en: "Goals" },
        explanation: Text {
            nl: "De Angelsaksische kant stuurt op financiële doelen: omzet, marge, meetbare cijfers. Dat maakt helder waar je staat, maar geld kan een doel op zich worden in plaats van een middel. De Rijnlandse kant koppelt doelen aan waarden: goed voor de klant zorgen, kortere doorlooptijden, kwaliteit, samenwerking in de keten en leren; dat geeft betekenis, maar de vraag of het financieel klopt kan uit beeld raken. Een gezond team heeft doelen met betekenis én houdt zicht op de cijfers.",
            en: "The Anglo-Saxon side steers by financial targets: revenue, margin, measurable figures. That makes it clear where you stand, but money can become an end in itself rather than a means. The Rhineland side ties goals to values: caring well for the customer, shorter lead times, quality, collaboration along the chain and learning; that gives meaning, but the question of whether it adds up financially can slip out of view. A healthy team has meaningful goals and keeps an eye on the numbers.",
        },
        anglo_saxon: Text { nl: "Financiële doelen", en: "Financial targets" },
        rhineland: Text { nl: "Doelen vanuit waarden", en: "Goals rooted in values" },
        source: Text {
            nl: "Uit ‘Betekenisvolle vooruitgang’, waar geld van middel een doel werd, en uit het artikel over de twee systeemmodellen, dat doelen aan waarden koppelt in plaats van aan ego.",
            en: "From ‘Meaningful progress’, where money turned from a means into an end, and from the article on the two system models, which ties goals to values rather than to ego.",
        },
        seed: Seed::MeaningfulProgress,
        conversation: Text {
            nl: "Als je een klant vraagt wat ons doel is, wat zou die dan zeggen? En wat zeggen onze cijfers?",
            en: "If you asked a customer what our goal is, what would they say? And what do our figures say?",
        },
    },
    DimensionDef {
        dimension: Dimension::Reward,
        name: Text { nl: "Beloning", en: "Reward" },
        explanation: Text {
            nl: "De Angelsaksische kant beloont het individu: eigen targets, een eigen klantenpakket, een persoonlijke bonus. Dat maakt prestaties zichtbaar en motiveert, maar kan ertoe leiden dat collega’s elkaar pas helpen als hun eigen target binnen is. De Rijnlandse kant legt de verantwoordelijkheid bij het team, in de geest van naoberschap: je helpt elkaar voordat je eigen cijfer gehaald is; dat versterkt de samenwerking, maar individuele inzet kan minder zichtbaar worden. Een gezond team erkent individuele inzet én beloont samenwerking, zodat het systeem het gedrag uitlokt dat het team wil zien.",
            en: "The Anglo-Saxon side rewards the individual: personal targets, your own client portfolio, a personal bonus. That makes performance visible and motivates, but can lead colleagues to help each other only once their own target is met. The Rhineland side places responsibility with the team, in a spirit of good neighbourliness: you help each other before your own number is in; that strengthens collaboration, but individual effort can become less visible. A healthy team recognises individual effort and rewards collaboration, so the system invites the behaviour the team wants to see.",
        },
        anglo_saxon: Text { nl: "Individuele targets en bonus", en: "Individual targets and bonus" },
        rhineland: Text { nl: "Gedeelde verantwoordelijkheid", en: "Shared responsibility" },
        source: Text {
            nl: "Uit het verhaal van het klantenteam waarin collega’s elkaar pas hielpen als hun eigen KPI binnen was: het systeem beloonde ander gedrag dan de kernwaarden vroegen.",
            en: "From the story of the customer team whose members only helped each other once their own KPI was met: the system rewarded different behaviour from what the core values asked for.",
        },
        seed: Seed::TwoSystemModels,
        conversation: Text {
            nl: "Wat doe je op een drukke vrijdagmiddag als een collega vastloopt en jouw eigen werk nog niet af is?",
            en: "On a busy Friday afternoon, what do you do when a colleague gets stuck and your own work isn’t finished?",
        },
    },
    DimensionDef {
        dimension: Dimension::Connection,
        name: Text { nl: "Verbinding", en: "Connection" },
        explanation: Text {
            nl: "De Angelsaksische kant zorgt voor een heldere verdeling van taken en afdelingen: ieder doet zijn eigen werk goed. Dat geeft overzicht en vakkennis, maar kan uitmonden in silo’s die langs elkaar heen werken. De Rijnlandse kant zoekt samenwerking over de grenzen van afdelingen heen en deelt wat mensen beweegt en hindert; dat brengt vernieuwing, maar kan onduidelijk maken wie waarvoor staat. Een gezond team kent zijn eigen taak en verbindt zich met anderen rond hetzelfde doel: waarde voor de klant.",
            en: "The Anglo-Saxon side clearly divides tasks and departments: everyone does their own job well. That brings overview and expertise, but can turn into silos that work past each other. The Rhineland side works across departmental boundaries and shares what moves and hinders people; that sparks innovation, but can blur who is responsible for what. A healthy team knows its own task and connects with others around the same goal: value for the customer.",
        },
        anglo_saxon: Text { nl: "Heldere taken en afdelingen", en: "Clear tasks and departments" },
        rhineland: Text { nl: "Samenwerken over grenzen heen", en: "Working across boundaries" },
        source: Text {
            nl: "Uit het artikel over silo’s: resultaten komen in een stroomversnelling als mensen met hetzelfde doel over grenzen heen delen wat hen beweegt en hindert.",
            en: "From the article on silos: results gather pace when people with the same goal share across boundaries what moves and hinders them.",
        },
        seed: Seed::FromSilosToConnection,
        conversation: Text {
            nl: "Met welke afdeling of collega buiten het team zou jij morgen een kop koffie moeten drinken, en waarom?",
            en: "Which department or colleague outside the team should you have a coffee with tomorrow, and why?",
        },
    },
    DimensionDef {
        dimension: Dimension::Direction,
        name: Text { nl: "Richting", en: "Direction" },
        explanation: Text {
            nl: "De Angelsaksische kant legt de richting bovenin vast: heldere besluiten en de durf om te kiezen. Dat geeft duidelijkheid en tempo, maar plannen van boven kunnen botsen met de praktijk op de werkvloer. De Rijnlandse kant vindt de richting samen, over de lagen heen, met inspraak voor wie het werk doet; dat geeft draagvlak, maar kan het kiezen vertragen of vaag maken. Een gezond team koppelt richting aan samenwerking: er wordt gekozen, en die keuze is samen gevormd.",
            en: "The Anglo-Saxon side sets direction at the top: clear decisions and the courage to choose. That brings clarity and pace, but plans from above can clash with everyday practice on the floor. The Rhineland side finds direction together, across the layers, with a say for those who do the work; that builds support, but can slow choices down or blur them. A healthy team ties direction to collaboration: choices get made, and they are shaped together.",
        },
        anglo_saxon: Text { nl: "Richting vanuit de top", en: "Direction set at the top" },
        rhineland: Text { nl: "Samen richting vinden", en: "Direction found together" },
        source: Text {
            nl: "Uit de koppeling van richting aan samenwerking bij de twee systeemmodellen, en uit ‘Kleine dingen’, waar managementlagen elkaars praktijk niet begrepen.",
            en: "From the link between direction and collaboration in the two system models, and from ‘Small things’, where layers of management did not understand each other’s reality.",
        },
        seed: Seed::TwoSystemModels,
        conversation: Text {
            nl: "Welk besluit van de afgelopen maanden werkte goed in de praktijk, en wie had daar invloed op?",
            en: "Which decision of recent months worked well in practice, and who had a say in it?",
        },
    },
    DimensionDef {
        dimension: Dimension::TimeHorizon,
        name: Text { nl: "Tijdshorizon", en: "Time horizon" },
        explanation: Text {
            nl: "De Angelsaksische kant gaat voor snel, zichtbaar resultaat, dit kwartaal. Dat geeft energie en laat zien dat iets werkt, maar snel resultaat kan ten koste gaan van wat blijvend is. De Rijnlandse kant bouwt voor de lange termijn, aan duurzame relaties en aan een bedrijf voor de volgende generatie; dat geeft stabiliteit, maar kan de urgentie wegnemen. Een gezond team boekt vandaag resultaat en durft tegelijk te kiezen voor de lange termijn.",
            en: "The Anglo-Saxon side goes for quick, visible results this quarter. That brings energy and shows that something works, but fast results can come at the expense of what lasts. The Rhineland side builds for the long term, for lasting relationships and for a business that serves the next generation; that brings stability, but can take away the urgency. A healthy team delivers results today and still dares to choose the long term.",
        },
        anglo_saxon: Text { nl: "Snel zichtbaar resultaat", en: "Quick, visible results" },
        rhineland: Text { nl: "Bouwen voor de volgende generatie", en: "Building for the next generation" },
        source: Text {
            nl: "Uit het artikel over de twee systeemmodellen: familie- en maakbedrijven bouwen aan wat ze aan de volgende generatie willen doorgeven.",
            en: "From the article on the two system models: family and manufacturing businesses build what they want to hand on to the next generation.",
        },
        seed: Seed::TwoSystemModels,
        conversation: Text {
            nl: "Waar zijn we nu mee bezig waar een klant of collega over tien jaar nog blij mee is?",
            en: "What are we doing now that a customer or colleague will still be glad of in ten years?",
        },
    },
    DimensionDef {
        dimension: Dimension::Change,
        name: Text { nl: "Verandering", en: "Change" },
        explanation: Text {
            nl: "De Angelsaksische kant verbetert met plannen en programma’s, mijlpalen en gemeten voortgang: de drang om vooruit te komen. Dat maakt verandering zichtbaar en stuurbaar, maar grote programma’s kunnen langs de mensen heen gaan. De Rijnlandse kant verandert door veel kleine persoonlijke stappen en afspraken die mensen nakomen en met elkaar bespreken: de behoefte aan verbinding; dat beklijft, maar kan versnipperd en traag zijn. Een gezond team combineert vooruitgang met verbinding: richting in het plan, beweging in het gedrag van ieder.",
            en: "The Anglo-Saxon side improves through plans and programmes, milestones and measured progress: the drive to get ahead. That makes change visible and manageable, but big programmes can pass people by. The Rhineland side changes through many small personal steps and agreements that people keep and talk about together: the need for connection; that sticks, but can be scattered and slow. A healthy team combines progress with connection: direction in the plan, movement in everyone’s behaviour.",
        },
        anglo_saxon: Text { nl: "Verbeteren met plan en mijlpalen", en: "Improvement by plan and milestones" },
        rhineland: Text { nl: "Veel kleine stappen samen", en: "Many small steps together" },
        source: Text {
            nl: "Uit ‘Kleine dingen’ en ‘Betekenisvolle vooruitgang’: grote verandering groeit uit veel kleine stappen in houding en gedrag, gedragen door vooruitgang én verbinding.",
            en: "From ‘Small things’ and ‘Meaningful progress’: big change grows from many small steps in attitude and behaviour, carried by both progress and connection.",
        },
        seed: Seed::SmallThings,
        conversation: Text {
            nl: "Welke kleine stap heb jij de afgelopen maand gezet, en wie heeft dat gemerkt?",
            en: "What small step did you take this past month, and who noticed?",
        },
    },
];

pub const STATEMENTS: [StatementDef; 40] = [
    // 1. Ownership: AS, RL, RL, AS
    StatementDef {
        id: StatementId(11),
        dimension: Dimension::Ownership,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team weet je precies voor welk resultaat je zelf verantwoordelijk bent.",
            en: "In our team, you know exactly which result you are personally accountable for.",
        },
    },
    StatementDef {
        id: StatementId(12),
        dimension: Dimension::Ownership,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team vragen we ons af wat de klant morgen merkt van ons werk.",
            en: "In our team, we ask ourselves what the customer will notice of our work tomorrow.",
        },
    },
    StatementDef {
        id: StatementId(13),
        dimension: Dimension::Ownership,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team neem je verantwoordelijkheid voor je bijdrage aan wat we samen leveren.",
            en: "In our team, you take responsibility for your part in what we deliver together.",
        },
    },
    StatementDef {
        id: StatementId(14),
        dimension: Dimension::Ownership,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team spreken we elkaar aan op de resultaten die iemand heeft toegezegd.",
            en: "In our team, we hold each other to account for the results people have committed to.",
        },
    },
    // 2. Focus: RL, AS, AS, RL
    StatementDef {
        id: StatementId(21),
        dimension: Dimension::Focus,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team spreken we twijfels hardop uit voordat we verder gaan.",
            en: "In our team, we voice our doubts out loud before we move on.",
        },
    },
    StatementDef {
        id: StatementId(22),
        dimension: Dimension::Focus,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team is voor iedereen duidelijk wat er deze week eerst moet gebeuren.",
            en: "In our team, everyone is clear on what needs to happen first this week.",
        },
    },
    StatementDef {
        id: StatementId(23),
        dimension: Dimension::Focus,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team brengen we een klus terug tot de paar dingen die ertoe doen.",
            en: "In our team, we boil a job down to the few things that matter.",
        },
    },
    StatementDef {
        id: StatementId(24),
        dimension: Dimension::Focus,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team nemen we tijd om samen terug te kijken en ervan te leren.",
            en: "In our team, we take time to look back together and learn from it.",
        },
    },
    // 3. Discipline: AS, RL, AS, RL
    StatementDef {
        id: StatementId(31),
        dimension: Dimension::Discipline,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team houden we ons aan de afspraken en werkwijzen die we hebben vastgelegd.",
            en: "In our team, we stick to the agreements and procedures we have set down.",
        },
    },
    StatementDef {
        id: StatementId(32),
        dimension: Dimension::Discipline,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team zie je dat mensen trots zijn op hun vak.",
            en: "In our team, you can see that people take pride in their craft.",
        },
    },
    StatementDef {
        id: StatementId(33),
        dimension: Dimension::Discipline,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team word je er direct op aangesproken als je van een afspraak afwijkt.",
            en: "In our team, people point it out straight away when you depart from an agreement.",
        },
    },
    StatementDef {
        id: StatementId(34),
        dimension: Dimension::Discipline,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team leggen mensen uit zichzelf de lat hoog voor hun eigen werk.",
            en: "In our team, people set a high bar for their own work of their own accord.",
        },
    },
    // 4. Stories and facts: RL, AS, RL, AS
    StatementDef {
        id: StatementId(41),
        dimension: Dimension::StoriesAndFacts,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team vragen we door als iemand twijfelt: waar komt dat vandaan?",
            en: "In our team, when someone hesitates, we ask what lies behind it.",
        },
    },
    StatementDef {
        id: StatementId(42),
        dimension: Dimension::StoriesAndFacts,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team laten we de cijfers spreken als we een probleem bespreken.",
            en: "In our team, we let the numbers speak when we discuss a problem.",
        },
    },
    StatementDef {
        id: StatementId(43),
        dimension: Dimension::StoriesAndFacts,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team bespreken we openlijk waar het schuurt en waarom.",
            en: "In our team, we talk openly about where the friction is and why.",
        },
    },
    StatementDef {
        id: StatementId(44),
        dimension: Dimension::StoriesAndFacts,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team brengen we een discussie snel terug naar de feiten.",
            en: "In our team, we quickly bring a discussion back to the facts.",
        },
    },
    // 5. Goals: RL, AS, AS, RL
    StatementDef {
        id: StatementId(51),
        dimension: Dimension::Goals,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team meten we succes af aan hoe goed we voor de klant zorgen.",
            en: "In our team, we judge success by how well we look after the customer.",
        },
    },
    StatementDef {
        id: StatementId(52),
        dimension: Dimension::Goals,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team kent iedereen de financiële doelen van dit jaar.",
            en: "In our team, everyone knows this year’s financial targets.",
        },
    },
    StatementDef {
        id: StatementId(53),
        dimension: Dimension::Goals,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team volgen we elke week de cijfers ten opzichte van ons financiële doel.",
            en: "In our team, we track our figures against our financial target every week.",
        },
    },
    StatementDef {
        id: StatementId(54),
        dimension: Dimension::Goals,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team stellen we doelen voor zaken als kwaliteit, doorlooptijd en samenwerking in de keten.",
            en: "In our team, we set goals for things like quality, lead time and collaboration along the chain.",
        },
    },
    // 6. Reward: AS, RL, RL, AS
    StatementDef {
        id: StatementId(61),
        dimension: Dimension::Reward,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team heb je persoonlijke targets waarop je wordt beoordeeld.",
            en: "In our team, you have personal targets that you are assessed on.",
        },
    },
    StatementDef {
        id: StatementId(62),
        dimension: Dimension::Reward,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team help je een collega, ook als je zelf nog volop werk hebt liggen.",
            en: "In our team, you help a colleague even when you still have plenty on your own plate.",
        },
    },
    StatementDef {
        id: StatementId(63),
        dimension: Dimension::Reward,
        pole: Pole::Rhineland,
        text: Text {
            nl: "Bij ons worden we beoordeeld op wat we als team samen bereiken.",
            en: "In our team, we are judged on what we achieve together as a team.",
        },
    },
    StatementDef {
        id: StatementId(64),
        dimension: Dimension::Reward,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team wordt goed individueel werk zichtbaar beloond.",
            en: "In our team, strong individual performance is visibly rewarded.",
        },
    },
    // 7. Connection: RL, AS, RL, AS
    StatementDef {
        id: StatementId(71),
        dimension: Dimension::Connection,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team stappen we makkelijk over de grens van onze afdeling heen.",
            en: "In our team, we readily step across the boundaries of our department.",
        },
    },
    StatementDef {
        id: StatementId(72),
        dimension: Dimension::Connection,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team is de taakverdeling met andere afdelingen helder geregeld.",
            en: "In our team, the division of work with other departments is clearly arranged.",
        },
    },
    StatementDef {
        id: StatementId(73),
        dimension: Dimension::Connection,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team vertellen we andere afdelingen waar we in ons werk tegenaan lopen.",
            en: "In our team, we tell other departments what we are struggling with in our work.",
        },
    },
    StatementDef {
        id: StatementId(74),
        dimension: Dimension::Connection,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team kun je je volledig richten op je eigen taak.",
            en: "In our team, you can focus fully on your own task.",
        },
    },
    // 8. Direction: AS, RL, AS, RL
    StatementDef {
        id: StatementId(81),
        dimension: Dimension::Direction,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team bepaalt de leiding duidelijk welke kant we op gaan.",
            en: "In our team, leadership clearly sets the direction we take.",
        },
    },
    StatementDef {
        id: StatementId(82),
        dimension: Dimension::Direction,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team hebben de mensen die het werk doen inspraak in de koers.",
            en: "In our team, the people who do the work have a say in our course.",
        },
    },
    StatementDef {
        id: StatementId(83),
        dimension: Dimension::Direction,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team hakken we knopen door als er een keuze nodig is.",
            en: "In our team, we make the call when a choice is needed.",
        },
    },
    StatementDef {
        id: StatementId(84),
        dimension: Dimension::Direction,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team toetst de leiding plannen eerst bij de mensen die ze moeten uitvoeren.",
            en: "In our team, leadership first tests plans with the people who will carry them out.",
        },
    },
    // 9. Time horizon: AS, RL, RL, AS
    StatementDef {
        id: StatementId(91),
        dimension: Dimension::TimeHorizon,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team sturen we op resultaten die dit kwartaal zichtbaar zijn.",
            en: "In our team, we aim for results that are visible this quarter.",
        },
    },
    StatementDef {
        id: StatementId(92),
        dimension: Dimension::TimeHorizon,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team maken we keuzes waar de volgende generatie nog iets aan heeft.",
            en: "In our team, we make choices that will still serve the next generation.",
        },
    },
    StatementDef {
        id: StatementId(93),
        dimension: Dimension::TimeHorizon,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team investeren we in relaties met klanten en partners voor de lange termijn.",
            en: "In our team, we invest in long-term relationships with customers and partners.",
        },
    },
    StatementDef {
        id: StatementId(94),
        dimension: Dimension::TimeHorizon,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team grijpen we kansen aan die snel iets opleveren.",
            en: "In our team, we seize opportunities that pay off quickly.",
        },
    },
    // 10. Change: RL, AS, RL, AS
    StatementDef {
        id: StatementId(101),
        dimension: Dimension::Change,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team veranderen dingen door kleine stappen die ieder zelf zet.",
            en: "In our team, things change through small steps that each of us takes.",
        },
    },
    StatementDef {
        id: StatementId(102),
        dimension: Dimension::Change,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team pakken we verbeteringen aan met een plan met duidelijke mijlpalen.",
            en: "In our team, we tackle improvements with a plan that has clear milestones.",
        },
    },
    StatementDef {
        id: StatementId(103),
        dimension: Dimension::Change,
        pole: Pole::Rhineland,
        text: Text {
            nl: "In ons team vragen we elkaar na een tijdje wat we met onze afspraken hebben gedaan.",
            en: "In our team, after a while we ask each other what we have done with our agreements.",
        },
    },
    StatementDef {
        id: StatementId(104),
        dimension: Dimension::Change,
        pole: Pole::AngloSaxon,
        text: Text {
            nl: "In ons team meten we of een verbetering het beoogde effect heeft.",
            en: "In our team, we measure whether an improvement has the intended effect.",
        },
    },
];

"""Hand-written content of the demo community, Kestrel Street Roost: people, birds, threads and posts.

Everything here is fiction written for roost. `build_demo.py` turns these lists into X archives. Threads are
lists of turns `(speaker, text)`; the speaker "O" is the collective's own account (the archive owner), any other
speaker is a member's handle. Leading reply mentions are added by the builder, as X adds them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    handle: str
    name: str
    user_id: str
    ships_archive: bool  # False: appears only as a mention or reply target, like most people in a real archive


OWNER = Person("kestrelroost", "Kestrel Street Roost 🐦", "1712044508321947648", True)
MEMBERS = [
    Person("mira_finch", "Mira Castellanos", "1598203344120815617", True),
    Person("jonas_im_garten", "Jonas Brehm", "1466023391857029121", True),
    Person("lucie_martinet", "Lucie Martinet", "1301922871450402816", True),
    Person("tobi_fixes_bikes", "Tobi Okonkwo", "1533877060239339520", True),
    Person("hazel_nests", "Hazel Pryce", "1290443171800051712", True),
    Person("dev_sparrow", "Dev Raman", "1687730195513597952", True),
    Person("gran_at_no9", "Maureen at No. 9", "1132908455173111808", False),
    Person("millbrook_library", "Millbrook Library", "2839154460", False),
    Person("ravi_paints", "Ravi Desai", "1409988012350734336", False),
]

# Birds of the street. Each entry: name, what people describe, a fact, a tip. Used for identification threads
# and sighting posts.
SPECIES = [
    (
        "house sparrow",
        "small brown bird with a grey cap and a black bib",
        "House sparrows nest in gaps under roof tiles and they love a dust bath.",
        "Leave a patch of dry soil in a sunny corner and watch them bathe.",
    ),
    (
        "blackbird",
        "all-black bird with a bright orange-yellow beak",
        "Only the males are black, the females are dark brown, so you probably saw a pair.",
        "They love windfall apples in winter, just cut a few in half on the lawn.",
    ),
    (
        "robin",
        "little round bird with an orange face and chest",
        "Robins sing all winter long because they hold territories even in the cold months.",
        "A few mealworms on a low tray and it will visit every morning.",
    ),
    (
        "blue tit",
        "tiny blue and yellow bird hanging upside down",
        "Blue tits weigh about as much as a pound coin and still raise up to ten chicks.",
        "A nest box with a 25 mm hole is exactly their size.",
    ),
    (
        "great tit",
        "yellow bird with a black stripe down its chest",
        "The width of that black stripe tells you a lot: males have a broad one.",
        "Listen for the 'teacher-teacher' call on bright mornings from January on.",
    ),
    (
        "goldfinch",
        "bird with a red face and flashes of gold on its wings",
        "Goldfinches have fine beaks made for teasing seeds out of teasels and thistles.",
        "Nyjer seed in a proper nyjer feeder brings them in within a week or two.",
    ),
    (
        "starling",
        "glossy dark bird with speckles that shimmer green and purple",
        "Starlings are brilliant mimics, ours on the roof does a perfect car alarm.",
        "Watch the evening murmurations over the canal from late October.",
    ),
    (
        "swift",
        "dark sickle-shaped bird screaming round the rooftops",
        "Swifts spend almost their whole life in the air, they even sleep on the wing.",
        "They arrive in early May, look up around the church tower at dusk.",
    ),
    (
        "kestrel",
        "small falcon hovering over the verge",
        "Kestrels can see ultraviolet light, which helps them spot the urine trails of voles.",
        "Check the railway embankment, it hovers there most afternoons.",
    ),
    (
        "peregrine",
        "big grey falcon sitting on the tower ledge",
        "Peregrines are the fastest animals on earth when they dive.",
        "The pair on the mill chimney is easiest to see with a scope from the bridge.",
    ),
    (
        "wren",
        "tiny brown bird with a cocked tail and a huge voice",
        "Wrens are among our smallest birds but their song is louder than most.",
        "Leave a messy corner of brush, that's wren heaven.",
    ),
    (
        "dunnock",
        "plain brown and grey bird shuffling under the feeder",
        "Dunnocks look like sparrows but have a thin, insect-eating beak.",
        "Sprinkle a little seed on the ground, they rarely use hanging feeders.",
    ),
    (
        "chaffinch",
        "bird with a pinkish chest and white wing bars",
        "Chaffinches have regional song dialects, birds across town sing slightly differently.",
        "They feed on the ground under feeders, so keep that area clean.",
    ),
    (
        "magpie",
        "black and white bird with a long tail",
        "Magpies are one of the few birds known to recognise themselves in a mirror.",
        "They're clever, so put small-bird food in a caged feeder.",
    ),
    (
        "jay",
        "pinkish bird with a flash of bright blue on the wing",
        "A single jay can bury thousands of acorns in autumn and remembers most of them.",
        "Unsalted peanuts on a tray bring them in, but they are shy.",
    ),
    (
        "black redstart",
        "dark grey bird with a rusty red tail that keeps quivering",
        "Black redstarts love industrial rooftops and building sites, they are rare breeders here.",
        "Please don't share the exact location, they are sensitive to disturbance.",
    ),
    (
        "long-tailed tit",
        "tiny pink and white ball with a very long tail",
        "Long-tailed tits huddle together in a row at night to stay warm.",
        "They move around in little flocks, if you see one, wait for the other ten.",
    ),
    (
        "grey wagtail",
        "yellow-bellied bird bobbing its tail by the canal",
        "Despite the name, grey wagtails are the yellowest of our wagtails.",
        "Walk the canal path by the lock, they feed on the stones there.",
    ),
    (
        "collared dove",
        "soft beige dove with a thin black collar",
        "Collared doves only arrived in this country in the 1950s and now they're everywhere.",
        "Their 'coo-COO-coo' is the soundtrack of the street, try counting the calls.",
    ),
    (
        "greenfinch",
        "chunky olive-green finch with yellow in its wings",
        "Greenfinches suffered badly from a disease spread at dirty feeders.",
        "Clean your feeders every week, it really does save them.",
    ),
]

PLACES = [
    "on the roof garden",
    "by the water butts",
    "on the TV aerial at No. 14",
    "in the hawthorn by the bus stop",
    "on the library gutter",
    "along the canal path",
    "in the churchyard yew",
    "on the allotment fence",
    "at the feeder by the lift",
    "in the ivy on the old mill",
    "on the railway bridge",
    "in the park by the pond",
]

TIMES = ["this morning", "at lunchtime", "just now", "around 7am", "at dusk", "yesterday evening"]

# A second thing to say about each bird, for the second time someone asks (answers differ, as a person's would).
SECOND_FACTS = {
    "house sparrow": "They live in little colonies, so where there's one, there are usually a dozen chatting in a hedge.",
    "blackbird": "That loud rattling alarm at dusk is a blackbird telling everyone it's bedtime, or that a cat is about.",
    "robin": "Both males and females sing, and they'll defend a garden against their own reflection in a window.",
    "blue tit": "They time their nesting so the chicks hatch right when the oak caterpillars are at their peak.",
    "great tit": "They have dozens of different calls, and a sharp 'chink' usually means a predator is near.",
    "goldfinch": "A group of goldfinches is called a charm, which seems about right.",
    "starling": "Up close, a winter starling is covered in white spots, like stars, hence the name.",
    "swift": "A young swift can fly non-stop for two or three years before it lands to nest for the first time.",
    "kestrel": "It holds its head perfectly still while hovering, even in a strong wind. Lovely to watch.",
    "peregrine": "The pair on the chimney has raised chicks there three years running.",
    "wren": "The male builds several nests and the female picks the one she likes best.",
    "dunnock": "They have a surprisingly complicated family life, often with two males sharing one female.",
    "chaffinch": "Their song ends with a little flourish, like a bowler's run-up and the ball at the end.",
    "magpie": "They collect twigs for huge domed nests, and a pair often reuses the same tree for years.",
    "jay": "It's actually a member of the crow family, just a very colourful one.",
    "black redstart": "Fewer than a hundred pairs breed in the whole country, so this one is a real treat.",
    "long-tailed tit": "Their nest is a ball of moss, cobwebs and up to two thousand feathers.",
    "grey wagtail": "It catches tiny flies over the water with quick little jumps.",
    "collared dove": "They can breed almost all year round, which is how they spread so fast.",
    "greenfinch": "Listen for a long wheezy 'dzweee', that's a greenfinch singing in spring.",
}

REACTIONS = [
    "thank you!! 😍",
    "ah that makes sense, cheers",
    "amazing, I had no idea 🐦",
    "brilliant, will try that",
    "you lot know everything 😄",
    "thanks, mystery solved!",
    "oh wow. learning so much here",
    "ha, I'd never have guessed",
    "cheers! adding it to my list",
    "that's so cool, thanks",
    "no way, right outside my window?",
    "lovely, thank you 💚",
    "ok now I need to see it again",
    "thanks! my kids will be thrilled",
    "you're the best, thanks",
    "aha, that's the one!",
    "good to know, ta",
    "wow, nature is wild",
    "brilliant, thanks so much",
    "perfect answer, thank you",
    "so that's what it was! thanks",
    "ooh, exciting 🐦",
]

CLOSINGS = [
    "Happy watching! 🔭",
    "Post a photo if it comes back!",
    "Welcome to the obsession 😄",
    "Any time!",
    "Bring it up on Saturday's walk, we'll look together.",
    "That's what we're here for 💚",
]

# Multi-turn threads written out in full. "O" is the collective; replies get their leading @mentions added.
THREADS: list[list[tuple[str, str]]] = [
    [
        (
            "dev_sparrow",
            "@kestrelroost hi! new to the street and to birds in general. is there a beginner walk or is it all experts?",
        ),
        (
            "O",
            "Welcome Dev! Every Saturday walk is for beginners, most of us were beginners two years ago. Meet at the library steps at 8:30, we have spare binoculars.",
        ),
        ("dev_sparrow", "perfect. do I need to bring anything?"),
        (
            "O",
            "Warm layers, something hot to drink, and curiosity. A notebook helps if you like writing down what you see.",
        ),
    ],
    [
        (
            "hazel_nests",
            "@kestrelroost where's the best place to hang the new nest boxes on the roof? the wall by the stairs gets full sun",
        ),
        (
            "O",
            "Avoid full sun, chicks can overheat. Face them somewhere between north and east, 2 to 4 metres up, with a clear flight path in.",
        ),
        ("hazel_nests", "so the north side by the water tank?"),
        (
            "O",
            "Exactly there. Tilt them slightly forward so rain runs off the roof of the box, and keep them away from the feeders.",
        ),
        ("hazel_nests", "done, four boxes up! 🐦🏠"),
    ],
    [
        ("mira_finch", "@kestrelroost how often should we clean the feeders? mine look a bit grim"),
        (
            "O",
            "Once a week is the goal. Hot soapy water, a bottle brush, rinse well and let them dry completely before refilling.",
        ),
        ("mira_finch", "even in winter?"),
        (
            "O",
            "Especially in winter, when lots of birds crowd the same feeder. Dirty feeders spread disease, it's the single best thing you can do.",
        ),
    ],
    [
        (
            "dev_sparrow",
            "@kestrelroost found a baby bird on the pavement, it's hopping and has feathers but can't really fly. should I take it inside??",
        ),
        (
            "O",
            "Please don't! That's a fledgling, it's supposed to be out of the nest. The parents are almost certainly nearby and still feeding it.",
        ),
        ("dev_sparrow", "oh no I was about to pick it up. what should I do then"),
        (
            "O",
            "If it's in danger (road, cats) move it gently to the nearest bush, then walk away and watch from a distance. Parents come back fast.",
        ),
        ("dev_sparrow", "moved it under the hedge, mum showed up after 5 minutes with a caterpillar 😭💚"),
    ],
    [
        (
            "tobi_fixes_bikes",
            "@kestrelroost is the bike repair night still on for Thursday? I've got a pile of donated wheels",
        ),
        (
            "O",
            "Yes! Thursday 6 to 8pm in the bike shed under the roof garden. Bring the wheels, we'll sort spokes while the swifts scream overhead.",
        ),
        ("tobi_fixes_bikes", "amazing, I'll bring the truing stand too"),
    ],
    [
        ("jonas_im_garten", "@kestrelroost was kann man im Winter auf dem Dachgarten für die Vögel tun?"),
        (
            "O",
            "Samenstände stehen lassen! Karde, Sonnenblumen und Fetthenne sind im Winter ein Buffet für Stieglitze und Meisen.",
        ),
        ("jonas_im_garten", "und Wasser? bei Frost ist die Tränke immer zugefroren"),
        (
            "O",
            "Morgens warmes (nicht heißes) Wasser nachfüllen und einen Tischtennisball hineinlegen, dann friert es langsamer zu.",
        ),
    ],
    [
        ("mira_finch", "@kestrelroost ¿es verdad que no hay que dar pan a los patos del canal?"),
        (
            "O",
            "Es verdad. El pan les llena sin alimentar y ensucia el agua. Mejor guisantes descongelados, maíz dulce o avena.",
        ),
        ("mira_finch", "¡gracias! mañana llevo guisantes con los niños 🦆"),
    ],
    [
        ("lucie_martinet", "@kestrelroost est-ce que vous faites encore le comptage des oiseaux ce week-end ?"),
        (
            "O",
            "Oui ! Samedi de 9h à 10h sur le toit. Une heure, on compte tout ce qui se pose. Café et croissants offerts ☕",
        ),
        ("lucie_martinet", "parfait, je viens avec ma voisine"),
    ],
    [
        ("dev_sparrow", "@kestrelroost which binoculars should a beginner get? the internet is overwhelming"),
        (
            "O",
            "8x42 is the classic all-rounder: bright, steady, wide view. You don't need to spend a fortune, a decent mid-range pair lasts years.",
        ),
        ("dev_sparrow", "what do the numbers mean?"),
        (
            "O",
            "8 is the magnification, 42 is the lens diameter in mm. Bigger lens, brighter image. Higher magnification shakes more in your hands.",
        ),
        ("dev_sparrow", "ok that actually makes sense now, thank you"),
    ],
    [
        (
            "hazel_nests",
            "@kestrelroost a cat keeps sitting under the feeder on the roof. any ideas that don't hurt the cat?",
        ),
        (
            "O",
            "Move the feeder at least two metres from any cover the cat can hide behind, and put a bit of prickly pruning underneath it.",
        ),
        ("hazel_nests", "it belongs to No. 9 I think"),
        (
            "O",
            "A friendly word with the neighbour works wonders too. A collar with a bell and keeping the cat in at dawn helps the most.",
        ),
    ],
    [
        (
            "gran_at_no9",
            "@kestrelroost a bird flew into my kitchen window and it's sitting stunned on the sill. what do I do",
        ),
        (
            "O",
            "Keep cats away and leave it somewhere quiet. Most stunned birds recover within an hour. If it's still there later, put it in a box with air holes, in a dark warm place.",
        ),
        ("gran_at_no9", "it flew off!! thank goodness"),
        ("O", "Wonderful. Stickers or a few strings on the outside of that window stop it happening again."),
    ],
    [
        (
            "tobi_fixes_bikes",
            "@kestrelroost could we put a couple of bike racks on the roof terrace? people keep carrying bikes up the stairs for the repair night",
        ),
        (
            "O",
            "Good idea, but the lift is tiny and the roof load is limited. Let's keep repairs in the shed and bring only the tools up.",
        ),
        ("tobi_fixes_bikes", "fair enough, shed it is 🔧"),
    ],
    [
        ("mira_finch", "@kestrelroost what can we plant on the roof for pollinators that survives the wind up there?"),
        (
            "O",
            "Thyme, lavender, marjoram and sedum love wind and poor soil. Add some native wildflowers in the deeper troughs.",
        ),
        ("mira_finch", "and something for late in the year?"),
        (
            "O",
            "Ivy flowers in October feed the last bees and hoverflies, and Michaelmas daisies keep going into November.",
        ),
    ],
    [
        ("jonas_im_garten", "@kestrelroost wann ist die beste Zeit, Nistkästen aufzuhängen?"),
        (
            "O",
            "Am besten im Herbst oder Winter. Dann gewöhnen sich die Vögel daran, und manche nutzen sie schon als Schlafplatz.",
        ),
        ("jonas_im_garten", "danke, dann bauen wir am Samstag noch zwei"),
    ],
    [
        ("dev_sparrow", "@kestrelroost is there an app that tells you which bird is singing?"),
        (
            "O",
            "Yes, sound ID apps are surprisingly good now. Use them as a hint, then try to see the bird. Your ears will learn fast.",
        ),
        ("dev_sparrow", "I recorded something this morning and it said wren. tiny bird, enormous noise?"),
        ("O", "That's a wren all right. Loudest thing per gram on the whole street 😄"),
    ],
    [
        ("lucie_martinet", "@kestrelroost les enfants peuvent venir aux balades du samedi ?"),
        ("O", "Bien sûr ! Les enfants sont les meilleurs observateurs. On a même des jumelles plus petites pour eux."),
        ("lucie_martinet", "super, mon fils va être ravi 🐦"),
    ],
    [
        ("hazel_nests", "@kestrelroost when do we clear out the old nests from the boxes?"),
        ("O", "Between October and January, once you're sure they're empty. Old nests carry fleas and mites."),
        ("hazel_nests", "boiling water or just brush them out?"),
        ("O", "Brush them out and pour boiling water in, let it dry. No insecticides or sprays, please."),
    ],
    [
        ("mira_finch", "@kestrelroost how did the winter bird count go?"),
        ("O", "Great turnout: 23 people, 19 species in one hour. Top three were house sparrow, starling and blue tit."),
        ("mira_finch", "any surprises?"),
        (
            "O",
            "A grey wagtail on the roof gutter, a first for the count, and a sparrowhawk that cleared the whole roof for ten minutes 😅",
        ),
    ],
    [
        ("dev_sparrow", "@kestrelroost is it ok to take photos of nests?"),
        (
            "O",
            "Best not to get close to active nests at all. Disturbance can make parents abandon them, and for some species it's illegal.",
        ),
        ("dev_sparrow", "got it, long lens and distance only"),
    ],
    [
        ("tobi_fixes_bikes", "@kestrelroost the roof door key is missing from the hook again 🙃"),
        ("O", "Thanks for the heads up. The spare is with Hazel at No. 12 and we're putting a key safe in next week."),
    ],
    [
        ("hazel_nests", "@kestrelroost how is the swift tower project going?"),
        (
            "O",
            "The council said yes! 24 nest chambers on the old mill wall, installation in March, before the swifts return in May.",
        ),
        ("hazel_nests", "that's wonderful news 💙"),
        (
            "O",
            "We'll play swift calls from a little speaker to attract them. It can take a few years before they move in, so patience.",
        ),
    ],
    [
        ("jonas_im_garten", "@kestrelroost unsere Tomaten auf dem Dach sind geplatzt. zu viel Wasser?"),
        (
            "O",
            "Meist ist es ungleichmäßiges Gießen: erst trocken, dann viel Wasser. Lieber regelmäßig und morgens gießen.",
        ),
        ("jonas_im_garten", "ok, dann machen wir einen Gießplan für alle"),
    ],
    [
        ("mira_finch", "@kestrelroost can we compost on the roof or is it too windy?"),
        (
            "O",
            "We can, with a closed bin in the sheltered corner by the lift. Mix greens and browns and keep it damp like a wrung sponge.",
        ),
        ("mira_finch", "I'll bring cardboard from the shop"),
        ("O", "Perfect, cardboard is the best brown there is. Rip it small."),
    ],
    [
        (
            "dev_sparrow",
            "@kestrelroost what's the difference between a sparrow and a dunnock? they look the same to me",
        ),
        (
            "O",
            "Look at the beak. Sparrows have a thick seed-cracking beak, dunnocks have a thin one for insects. Dunnocks also shuffle about like mice.",
        ),
        ("dev_sparrow", "the mouse shuffle!! now I see it everywhere"),
    ],
    [
        ("lucie_martinet", "@kestrelroost on peut donner des graines de tournesol toute l'année ?"),
        (
            "O",
            "Oui, les graines de tournesol décortiquées sont parfaites toute l'année. Pas de graines salées, jamais.",
        ),
        ("lucie_martinet", "noté, merci !"),
    ],
    [
        ("hazel_nests", "@kestrelroost is it true that we shouldn't cut the hedges in spring?"),
        ("O", "Yes, avoid cutting from March to August when birds are nesting. Trim in late winter instead."),
        ("hazel_nests", "I'll tell the building manager, they had the hedge trimmer out last April"),
    ],
    [
        ("tobi_fixes_bikes", "@kestrelroost anyone know how to fix a slow puncture that keeps coming back?"),
        (
            "O",
            "Check the inside of the tyre with a cloth, there's usually a tiny bit of glass still stuck in it. Then check the rim tape.",
        ),
        ("tobi_fixes_bikes", "found a thorn. three tubes later 🙈"),
        ("O", "Classic. Bring it Thursday and we'll fit a new rim tape too."),
    ],
    [
        ("dev_sparrow", "@kestrelroost how do I join the collective properly? is there a fee?"),
        ("O", "No fee. Come to a walk or a garden afternoon, add your name to the list in the shed, and you're in."),
        ("dev_sparrow", "that's lovely. see you saturday"),
    ],
    [
        ("mira_finch", "@kestrelroost ¿a qué hora es la charla sobre vencejos en la biblioteca?"),
        ("O", "El jueves a las 19h en la sala de arriba. Entrada libre, y habrá grabaciones de vencejos 🔊"),
        ("mira_finch", "¡allí estaré!"),
    ],
    [
        ("hazel_nests", "@kestrelroost what's the rule with mealworms? I heard dried ones are bad"),
        (
            "O",
            "Dried are fine if you soak them first. In breeding season, live or soaked mealworms help parents feed chicks.",
        ),
        ("hazel_nests", "soaking them now, the robin is already waiting 😂"),
    ],
    [
        ("gran_at_no9", "@kestrelroost the starlings are making such a racket in my roof. is that allowed?"),
        (
            "O",
            "They're nesting, and active nests are protected, so we leave them until the chicks fledge in a few weeks.",
        ),
        ("gran_at_no9", "ah well. they are rather cheerful"),
        (
            "O",
            "They are! And they'll be gone by July. If you want, we can put up a starling box on your wall for next year.",
        ),
    ],
    [
        ("jonas_im_garten", "@kestrelroost gibt es am Samstag auch eine Führung auf Deutsch?"),
        ("O", "Ja, Jonas führt um 10 Uhr eine kleine Gruppe auf Deutsch. Treffpunkt wie immer an der Bibliothek."),
        ("jonas_im_garten", "ich weiß 😄 ich bin Jonas"),
    ],
    [
        ("dev_sparrow", "@kestrelroost is it bad to feed birds in summer?"),
        (
            "O",
            "Not at all, just go easy on fat balls in hot weather and avoid whole peanuts in spring, chicks can choke on them.",
        ),
        ("dev_sparrow", "ok, seed and water it is"),
    ],
    [
        ("lucie_martinet", "@kestrelroost j'ai vu un faucon sur la cheminée du moulin ce matin !"),
        ("O", "C'est sûrement un des faucons pèlerins ! Le couple est là depuis trois ans. Quelle chance 🦅"),
        ("lucie_martinet", "il mangeait un pigeon... la nature 😬"),
    ],
    [
        ("hazel_nests", "@kestrelroost should bird baths be cleaned as often as feeders?"),
        ("O", "More often if you can. Change the water every day or two in summer and scrub it weekly."),
        ("hazel_nests", "daily water on the rota then"),
    ],
    [
        ("tobi_fixes_bikes", "@kestrelroost can I leave the donated bikes in the shed over winter?"),
        ("O", "Yes, just keep the swift box corner clear, and label each one so we know which are ready to give away."),
        ("tobi_fixes_bikes", "labels printed 🏷️"),
    ],
    [
        ("mira_finch", "@kestrelroost any tips for the rooftop in a heatwave?"),
        (
            "O",
            "Water early, mulch the troughs, put out shallow water with stones in it for bees and birds, and shade the nest boxes if you can.",
        ),
        ("mira_finch", "shade cloth going up tonight"),
    ],
    [
        ("dev_sparrow", "@kestrelroost why do the magpies keep chasing the crows?"),
        ("O", "It's mostly about nests and territory. Crows take eggs, so magpies mob them to chase them off."),
        ("dev_sparrow", "birds have so much drama 😂"),
        ("O", "More than any soap opera. Wait until you see the sparrows arguing over the gutter."),
    ],
]

# Threads the collective starts itself: a post of its own, then members reply and it answers.
OWNER_STARTED_THREADS: list[list[tuple[str, str]]] = [
    [
        (
            "O",
            "Bird count this Saturday, 9 to 10am on the roof. One hour, everything that lands gets counted. Tea provided. #BirdCount",
        ),
        ("dev_sparrow", "is it still on if it rains?"),
        ("O", "Rain or shine! Birds don't stop for rain and neither do we. There's a gazebo by the water tank."),
    ],
    [
        (
            "O",
            "We're building nest boxes in the shed on Sunday afternoon. Wood and tools provided, just bring yourselves. 🔨",
        ),
        ("hazel_nests", "I can bring the hole saws, 25, 28 and 32 mm"),
        ("O", "Perfect, that covers blue tits, great tits and sparrows. Thank you Hazel!"),
        ("mira_finch", "can the kids come?"),
        ("O", "Absolutely, kids are the best builders. We'll have a sanding table just for them."),
    ],
    [
        ("O", "The roof garden needs a new watering rota for the summer. Who's in? 💧 #RoofGarden"),
        ("jonas_im_garten", "ich mache montags und donnerstags"),
        ("O", "Danke Jonas! Montag und Donnerstag sind deine. Wer nimmt das Wochenende?"),
        ("lucie_martinet", "moi le samedi !"),
    ],
    [
        ("O", "Question for the street: would you come to a bird song evening at the library in February? 🎶"),
        ("dev_sparrow", "yes!! I still can't tell a great tit from a blue tit by song"),
        (
            "O",
            "Then you're exactly who it's for. Great tit goes 'tea-cher, tea-cher', blue tit is a thin trill. We'll practise together.",
        ),
    ],
    [
        ("O", "Swift tower: installation moved to the first week of March because of the scaffolding. #SwiftTower"),
        ("tobi_fixes_bikes", "need a hand carrying stuff? the bike trailer can take a lot"),
        ("O", "That would be brilliant, the chambers are heavy. Can you do Saturday the 7th, 9am at the mill gate?"),
        ("tobi_fixes_bikes", "I'll be there with the trailer 🚲"),
    ],
]

# The collective's own posts: announcements, tips, garden diary, plain chatter.
OWNER_TIPS = [
    "Feeder tip: clean them weekly with hot soapy water. A clean feeder saves more birds than a full one. #KestrelTips",
    "Water is as important as food in winter. A shallow dish, topped up every morning, makes your balcony a hotspot. #KestrelTips",
    "Please don't cut hedges between March and August. Nests are hard to spot and easy to destroy. #KestrelTips",
    "Fat balls: take them out of the plastic nets! Birds can catch their feet in them. Use a proper wire holder. #KestrelTips",
    "If you find a fledgling on the ground, leave it. Its parents are close. Only move it if it's in immediate danger. #KestrelTips",
    "Window strikes are common in spring. A few stickers or vertical strings on the outside of the glass help a lot. #KestrelTips",
    "Never feed bread to birds or ducks. Frozen peas, oats and sweetcorn are much better. #KestrelTips",
    "Leave some seed heads standing over winter. Sunflowers and teasels are a free buffet for finches. #KestrelTips",
    "A messy corner is a gift: a pile of sticks and leaves is home for insects, and insects are food for wrens and robins. #KestrelTips",
    "Nest boxes: hang them facing north to east, out of the afternoon sun, at least 2 metres up. #KestrelTips",
    "Keep cats in at dawn and dusk in spring. That's when birds feed most and fledglings are most at risk. #KestrelTips",
    "Soak dried mealworms before you put them out. Dry ones can dehydrate chicks. #KestrelTips",
    "Binoculars: focus on something far away first, then adjust the right eyepiece for your right eye. Game changer. #KestrelTips",
    "Learn one bird song a week. By summer you'll know the whole street by ear. This week: the robin. #KestrelTips",
    "No pesticides on the roof garden please. Aphids are food for blue tit chicks, they'll sort them out. #KestrelTips",
]

OWNER_GARDEN = [
    "Garden diary: the sunflowers on the roof are taller than Tobi now 🌻 #RoofGarden",
    "Garden diary: first ripe tomatoes from the south troughs. Hazel says they taste of sunshine. #RoofGarden",
    "Garden diary: the wind took two bean poles last night. Lesson learned, we're tying everything down. #RoofGarden",
    "Garden diary: lavender is buzzing. Counted 14 bees and 3 hoverflies in five minutes. #RoofGarden",
    "Garden diary: compost bin is finally warm! Thanks to everyone who brought cardboard. #RoofGarden",
    "Garden diary: planted 200 crocus bulbs in the troughs for early bees next spring. #RoofGarden",
    "Garden diary: the goldfinches found the teasels. Best seat in the house is by the water tank. #RoofGarden",
    "Garden diary: frost on the roof this morning, covered the herbs with fleece. Robin supervised. #RoofGarden",
    "Garden diary: seed swap table is up in the library foyer. Take some, leave some. #RoofGarden",
    "Garden diary: the water butts are full again after the storm. 800 litres of free rain 💧 #RoofGarden",
    "Garden diary: sedum mats are flowering, the roof looks like a pink carpet from the lift. #RoofGarden",
    "Garden diary: we harvested the last beans and left the stems for the ladybirds to overwinter in. #RoofGarden",
]

OWNER_CHATTER = [
    "Morning from the roof ☀️ Kettle's on, feeders are full, the sparrows are already shouting.",
    "Quiet day on the roof. Sometimes the best birdwatching is just sitting still with a cup of tea.",
    "Thank you to everyone who came out in the rain today. 11 species and a lot of soggy sandwiches 🌧️",
    "The street has 6 new nest boxes this year. Every single one built by neighbours. That's community.",
    "Reminder that the roof garden is open to everyone in the building, not just members. Come up and say hi!",
    "We are 100 members today! From three people and a bird feeder to this. Thank you all 💚🐦",
    "Fog over the canal this morning and a heron standing in it like a ghost. Millbrook, you are beautiful.",
    "Lost: one green woolly hat, last seen at Saturday's walk. Found: far too many spare gloves. Shed box!",
    "Bird of the month poll is open in the shed. Current leader: the robin, as always.",
    "The kids' nest box workshop was chaos and joy. 15 boxes built, zero fingers hammered. Mostly.",
    "Happy new year from the roof! First bird of 2026: a blackbird singing on the aerial at 8am. 🎆",
    "Frost, blue sky, and a wren singing its heart out on the railing. Perfect start to the day.",
]

OWNER_MULTILINGUAL = [
    (
        "de",
        "Samstag Vogelspaziergang auf Deutsch mit Jonas, 10 Uhr an der Bibliothek. Alle willkommen! 🐦 #KestrelWalk",
    ),
    (
        "de",
        "Tipp: Futterhäuschen einmal pro Woche mit heißem Wasser reinigen. Das schützt die Grünfinken. #KestrelTips",
    ),
    (
        "es",
        "¡Hola vecinos! Este sábado hay paseo de aves en español con Mira. Nos vemos en la biblioteca a las 10. #KestrelWalk",
    ),
    (
        "es",
        "Consejo: en invierno el agua es tan importante como la comida. Un plato poco hondo y agua fresca cada mañana. 💧",
    ),
    ("fr", "Samedi, balade ornithologique en français avec Lucie. Rendez-vous à la bibliothèque à 10h ! #KestrelWalk"),
    ("fr", "Merci à tous pour le comptage d'hier : 21 espèces sur le toit en une heure. Bravo l'équipe 🐦"),
    ("de", "Heute auf dem Dach: zwei Stieglitze an den Karden und ein Rotkehlchen, das uns beim Unkrautjäten zusieht."),
    ("es", "Los vencejos vuelven en mayo. ¡La torre de nidos en el viejo molino estará lista para ellos! 🏗️"),
]

# The weekly walk announcement: posted most weeks with small changes, the near-duplicates a cleaner must catch.
WALK_ANNOUNCEMENTS = [
    "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome. #KestrelWalk",
    "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome 🐦 #KestrelWalk",
    "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot tea and beginners very welcome. #KestrelWalk",
    "This Saturday's walk: meet at the library steps at 8:30. Spare binoculars, hot tea, beginners very welcome. #KestrelWalk",
    "Saturday walk! Meet at the library steps at 8:30. Spare binoculars, hot coffee, beginners very welcome. #KestrelWalk",
]

# Posts carrying contact details, for the cleaner's PII masking (addresses and numbers are fictional/reserved).
OWNER_CONTACT_POSTS = [
    "Nest box building kits are back! Write to nestboxes@kestrelroost.example to reserve one, £5 covers the wood.",
    "Found an injured bird and not sure what to do? Call our volunteer line on 020 7946 0321 (9am to 6pm).",
    "Want to host a garden afternoon? Email hello@kestrelroost.example or ring Hazel on 020 7946 0788.",
]

OWNER_LINK_POSTS = [
    (
        "Our winter count results are up, with a map of every sighting: {url} #BirdCount",
        "https://kestrelroost.example/count/winter-2025",
    ),
    ("The nest box plans we use, free to download and print: {url}", "https://kestrelroost.example/nestbox-plans"),
    (
        "Lovely piece in the local paper about the roof garden 🌻 {url}",
        "https://millbrook-gazette.example/news/rooftop-garden-kestrel-street",
    ),
    ("Swift tower update and how you can help: {url} #SwiftTower", "https://kestrelroost.example/swift-tower"),
    (
        "A guide to bird song for complete beginners, recorded on our own roof: {url}",
        "https://kestrelroost.example/songs",
    ),
    ("Seed swap list for the spring, add yours: {url} #RoofGarden", "https://kestrelroost.example/seed-swap"),
    ("Bike repair night sign-up sheet for volunteers: {url}", "https://kestrelroost.example/bikes"),
]

# Long posts (over 280 characters): stored whole in note-tweet.js, truncated with a link in tweets.js.
OWNER_NOTES = [
    "A year of Kestrel Street Roost. When we started, it was three of us and a bird feeder on the roof. Now there are more than a hundred of us, a garden that feeds bees from March to November, six new nest boxes on the street, a bike repair night, a seed swap, and a swift tower on the way. We have counted 47 species from the roof, including a black redstart that we still can't quite believe. Thank you for every walk in the rain, every bag of compost, every cup of tea. Here's to the next year. 🐦💚",
    "Why we count birds. A single count tells you very little. But the same hour, on the same roof, every season, for years, tells a story: which birds are arriving, which ones are quietly disappearing, and whether the things we do, the nest boxes, the clean feeders, the wild corners, actually help. Our greenfinch numbers are creeping back up since we started the weekly feeder cleaning. That's not luck, that's all of you. Please join the next count, one hour is all it takes.",
    "Some house rules for the roof garden, because we keep getting asked: it's open to everyone in the building from 8am to 9pm. Please close the roof door behind you, it slams in the wind. No pesticides, no slug pellets. Water the troughs on your rota day. Feeders get cleaned on Sundays. If you see a nest, enjoy it from a distance and tell nobody where it is. Dogs are welcome on a lead, cats stay downstairs. And if you pick a tomato, tell Hazel, she counts them.",
    "Swift tower, the full story. Swifts have nested in the gaps under Millbrook's old roofs for as long as anyone remembers. Every renovation closes those gaps, and the birds that come back from Africa each May find their homes gone. So we asked the council for the old mill wall, and they said yes. 24 nest chambers go up in March. Swifts are loyal to a site once they find it, but finding it can take a few seasons, so we'll play their calls from a small speaker to invite them in. If you hear screaming over the mill next summer, that's the sound of it working.",
]

OWNER_DELETED = [
    "Saturday walk! Meet at the libary steps at 8:30. #KestrelWalk",
    "test post please ignore",
    "Roof garden is closed today because of the wind, sory!",
]

# Members' own posts that are not part of a thread with the collective.
MEMBER_POSTS = {
    "mira_finch": [
        "Goldfinches on the teasels again, I could watch them all day 💛",
        "Took the kids to feed the ducks with peas. They were very disappointed it wasn't bread. The ducks were not.",
        "¡Por fin he visto un martín pescador en el canal! Medio segundo de azul eléctrico y desapareció 💙",
        "Rooftop sunset, a cup of tea and 300 starlings going to bed over the canal. Not a bad Tuesday.",
        "Cardboard delivered to the compost bin. My shop has never been so tidy.",
        "Mis hijos ya distinguen un gorrión de un acentor. Orgullosa 🥹",
        "New feeder on my balcony and the first customer is... a pigeon. Of course.",
        "If anyone needs spare seed trays for the swap, I've got about twenty. Text me on 07700 900461.",
    ],
    "jonas_im_garten": [
        "Die ersten Krokusse auf dem Dach sind offen und schon die erste Hummel dran 🐝",
        "Zwei neue Nistkästen fertig. Meine Nachbarn fanden das Hämmern um 8 Uhr weniger toll.",
        "Heute 14 Arten auf dem Morgenspaziergang. Highlight: Gebirgsstelze an der Schleuse.",
        "Gießplan für den Dachgarten hängt im Schuppen. Bitte eintragen!",
        "Karde, Sonnenblume, Fetthenne: mein Wintergarten ist ein Vogelbuffet.",
        "Wer hat meine Gartenschere ausgeliehen? Grüner Griff, bitte zurück in den Schuppen 😅",
    ],
    "lucie_martinet": [
        "Premier rouge-gorge de l'hiver sur mon balcon. Il me regarde comme si je lui devais de l'argent.",
        "Balade du samedi sous la pluie, mais on a vu un héron et deux martins-pêcheurs. Ça valait le coup 🌧️",
        "Mon fils a dessiné tous les oiseaux du toit. Le pigeon est très réussi.",
        "Les étourneaux au-dessus du canal ce soir... incroyable. Des milliers. 🐦🐦🐦",
        "J'ai planté de la lavande et du thym sur le toit, les abeilles ont trouvé en dix minutes.",
    ],
    "tobi_fixes_bikes": [
        "Repair night tally: 9 punctures, 4 brake cables, 2 wheels trued, 1 bike that was beyond saving. Good night.",
        "Donated bikes ready to go to new homes: 5 kids' bikes and 2 adult ones. Come to the shed Thursday.",
        "PSA: check your tyre pressure. Half the 'broken' bikes I see just need air.",
        "Swifts screaming over the shed while I fixed a chain. Summer is officially here.",
        "Chain oil is not a salad dressing. Wipe off the excess. Your trousers will thank you.",
        "New truing stand in the shed thanks to a donation from the library. 🔧💚",
    ],
    "hazel_nests": [
        "Nest box check: blue tits in box 2, great tits in box 4, box 1 and 3 empty. Fingers crossed for next year.",
        "Sunday feeder cleaning done. Seven feeders, one bottle brush, a lot of hot water.",
        "Counted the tomatoes. 212. Someone has been taking them without telling me 🍅",
        "Robin followed me round the roof the whole time I was weeding. Best colleague I've ever had.",
        "Built three starling boxes from old floorboards. Bigger hole, 45 mm, deeper box.",
        "First swift of the year over the mill! 🎉",
        "Sunday feeder cleaning done. Seven feeders, one bottle brush, a lot of hot water. Same time next week.",
    ],
    "dev_sparrow": [
        "Three weeks into birdwatching and I now stop mid-sentence whenever something flies past. Send help.",
        "Identified my first bird by song alone. It was a wren. I am unreasonably proud.",
        "bought binoculars. 8x42. I get it now, I get everything",
        "the dunnock mouse shuffle is real and I will never unsee it",
        "Saw a kestrel hovering over the railway and nearly missed my bus. Worth it.",
        "spent my lunch break watching sparrows have a dust bath. 10/10 lunch",
    ],
}

# The collective's replies to people whose posts are not in any shipped archive (reply parents absent).
OWNER_REPLIES_TO_OUTSIDERS = [
    ("millbrook_library", "Thank you for hosting the swift talk! The upstairs room was packed 🐦"),
    ("millbrook_library", "We'd love to put a feeder by the reading room window, shall we talk on Thursday?"),
    ("ravi_paints", "This painting of the roof garden is gorgeous. Can we put it up in the shed? 🎨"),
    ("ravi_paints", "The goldfinch mural is finished and it looks incredible. Thank you Ravi!"),
    ("gran_at_no9", "Of course, we'll bring a nest box round on Saturday after the walk."),
    (
        "gran_at_no9",
        "That was a song thrush, lucky you! They smash snails on stones, look for a stone with shells around it.",
    ),
]

# Retweets of members' posts ("RT @handle: text"), the way an archive records them.
RETWEETED = [
    ("hazel_nests", "First swift of the year over the mill! 🎉"),
    (
        "tobi_fixes_bikes",
        "Repair night tally: 9 punctures, 4 brake cables, 2 wheels trued, 1 bike that was beyond saving. Good night.",
    ),
    ("dev_sparrow", "Identified my first bird by song alone. It was a wren. I am unreasonably proud."),
    ("mira_finch", "Rooftop sunset, a cup of tea and 300 starlings going to bed over the canal. Not a bad Tuesday."),
    ("lucie_martinet", "Les étourneaux au-dessus du canal ce soir... incroyable. Des milliers. 🐦🐦🐦"),
    (
        "hazel_nests",
        "Nest box check: blue tits in box 2, great tits in box 4, box 1 and 3 empty. Fingers crossed for next year.",
    ),
    ("jonas_im_garten", "Die ersten Krokusse auf dem Dach sind offen und schon die erste Hummel dran 🐝"),
]
